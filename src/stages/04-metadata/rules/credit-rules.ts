import { defineRule, type TextRule } from './text-rule.js';

/** One word of a company or site name: capitalised, or an ampersand ("Guardian News & Media"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\d'’.\-]*|&)`;

/** A capitalised word of a site name; a dot only inside it ("U.S"), never the sentence's full stop. */
const SITE_WORD = String.raw`\p{Lu}[\p{L}\d&'’\-]*(?:\.(?=\p{L})[\p{L}\d&'’\-]*)*`;

/** Copyright lines: who holds the rights to the page, and the years printed with them. */
export const copyrightRules: readonly TextRule<'years' | 'holder' | 'trailingYear'>[] = [
  defineRule({
    id: 'copyright-holder',
    reason: 'A copyright line names the site or the company that publishes the page',
    pattern: new RegExp(
      String.raw`^\s*(?:Copyright\b|COPYRIGHT\b|©|\([cC]\))(?:\s*(?:Copyright\b|©|\([cC]\)))*\s*(?<years>\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:[Bb][Yy]\s+)?` +
      String.raw`(?<holder>(?!All\s+[Rr]ights|ALL\s+RIGHTS)\p{Lu}[\p{L}\d'’.\-]*(?:\s+(?!All\s+[Rr]ights|ALL\s+RIGHTS)${NAME_WORD})*)` +
      String.raw`(?:,?\s*(?<trailingYear>\d{4}))?`,
      'u',
    ),
    examples: [
      { text: 'Copyright Axios Media, 2024', captures: { holder: 'Axios Media', trailingYear: '2024' } },
      { text: 'Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published', captures: { years: '2024', holder: 'Nexstar Media Inc.' } },
      { text: '© 1998 – 2025 NEXSTAR MEDIA INC. | ALL RIGHTS RESERVED.', captures: { years: '1998 – 2025', holder: 'NEXSTAR MEDIA INC.' } },
      { text: '© 2025 Guardian News & Media Limited or its affiliated companies.', captures: { years: '2025', holder: 'Guardian News & Media Limited' } },
      { text: '© Copyright 2020 by Creators Syndicate Inc.', captures: { years: '2020', holder: 'Creators Syndicate Inc.' } },
    ],
    counterExamples: [
      'Copyright law in Ukraine changed in 2024.',
      'The copyright on the photo belongs to AP.',
      '© ALL RIGHTS RESERVED',
    ],
  }),
];

/** Sign-up and terms notices that name the site the reader is signing up with. */
export const signupRules: readonly TextRule<'site'>[] = [
  defineRule({
    id: 'signup-from-site',
    reason: 'Sign-up consent text says whose emails the reader will get: "… my email address from The Hill, Nexstar Media Inc. …"',
    pattern: new RegExp(
      String.raw`^(?=.*\b(?:[Ss]ign(?:ing)?\s+up|[Ss]ubscrib\w*|I agree|you agree|[Bb]y (?:clicking|submitting|entering))\b)` +
      String.raw`.*?\b(?:e-?mails?|newsletters?|updates|offers|communications|alerts)\b[^.]*?\bfrom\s+` +
      String.raw`(?<site>(?:The\s+)?${SITE_WORD}(?:\s+${SITE_WORD}){0,3}?)\s*(?:,|\band\b|\.|$)`,
      'u',
    ),
    examples: [
      { text: 'By signing up, I agree to the Terms of Use, have reviewed the Privacy Policy, and to receive personalized offers and communications via email, on-site notifications, and targeted advertising using my email address from The Hill, Nexstar Media Inc., and its affiliates', captures: { site: 'The Hill' } },
      { text: 'Sign up to receive the latest updates from Newsweek.', captures: { site: 'Newsweek' } },
    ],
    counterExamples: [
      'An email from Trump, the White House said, was sent on Friday.',
      'Sign up to receive updates from us.',
      'Officials received emails from Ukrainian negotiators.',
    ],
  }),
  defineRule({
    id: 'signup-site-newsletter',
    reason: 'A sign-up prompt for a named newsletter names its site in the possessive: "Sign up for The Hill’s Morning Report"',
    pattern: new RegExp(String.raw`^\s*(?:Sign up|Subscribe) (?:to|for) (?<site>(?:The\s+)?\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,2})['’]s\b`, 'u'),
    examples: [
      { text: 'Sign up for The Hill’s Morning Report newsletter', captures: { site: 'The Hill' } },
      { text: "Subscribe to Politico's Playbook", captures: { site: 'Politico' } },
    ],
    counterExamples: ['Subscribe to our newsletter', 'Sign up for updates'],
  }),
];

/** Street-address footers that start with the outlet's name. */
export const addressRules: readonly TextRule<'name'>[] = [
  defineRule({
    id: 'address-footer-capitals',
    reason: 'Footers print the outlet in capitals before its street address: "THE HILL 400 N CAPITOL STREET NW …"',
    pattern: new RegExp(
      String.raw`^\s*(?<name>\p{Lu}[\p{Lu}&'’.]*(?:\s+\p{Lu}[\p{Lu}&'’.]*){0,4}),?\s+\d{1,5}\s+(?:[NSEW]\.?\s+)?[\p{Lu}\d .'’\-]*?` +
      String.raw`\b(?:STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|PLACE|PL|SQUARE|SQ|WAY|DRIVE|DR|LANE|LN|PLAZA)\b`,
      'u',
    ),
    examples: [
      { text: 'THE HILL 400 N CAPITOL STREET NW, SUITE 650 WASHINGTON DC 20002', captures: { name: 'THE HILL' } },
      { text: 'DAILY NEWS, 4 NEW YORK PLAZA, NEW YORK, NY 10004', captures: { name: 'DAILY NEWS' } },
    ],
    counterExamples: [
      'WASHINGTON (Reuters) – 400 troops moved down the road',
      'NATO 2030 STRATEGY',
      'Protesters gathered at 1600 Pennsylvania Avenue.',
    ],
  }),
  defineRule({
    id: 'address-footer-name-comma',
    reason: 'A footer line "Name, number street …" with no lower-case word names the outlet at that address',
    pattern: new RegExp(
      String.raw`^(?!.*\b\p{Ll}{2,}\b)\s*(?<name>(?:The\s+)?\p{Lu}[\p{L}&'’.]*(?:\s+\p{Lu}[\p{L}&'’.]*){0,4}),\s+\d{1,5}\s+(?:[NSEW]\.?\s+)?` +
      String.raw`(?:[\p{Lu}\d][\p{L}\d.'’\-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Place|Square|Way|Drive|Lane|Plaza)\b`,
      'u',
    ),
    examples: [
      { text: 'The Hill, 1625 K Street NW, Washington DC 20006', captures: { name: 'The Hill' } },
    ],
    counterExamples: [
      'In Washington, 400 Pennsylvania Avenue was closed on Friday.',
      'Goodyear City Hall, 190 N. Litchfield Road in Goodyear (8 a.m. - 5 p.m.).',
      'Trump Tower 725 Fifth Avenue',
    ],
  }),
];
