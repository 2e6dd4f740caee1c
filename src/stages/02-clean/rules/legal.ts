import type { LineRule } from './rule-types.js';

/** Copyright and postal-address lines of the page footer; metadata reads the outlet from them later. */
export const LEGAL_RULES: LineRule[] = [
  {
    id: 'copyright-notice',
    kind: 'copyright',
    reason: 'A footer line that starts with a copyright mark or word and a year or owner.',
    pattern: /^(?:Copyright|COPYRIGHT|©|\([cC]\))\s?(?:©\s?)?(?:\d{4}|\p{Lu}|by\b)/u,
    maxLength: 300,
    examples: [
      'Copyright Axios Media, 2024',
      'Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
      '© 1998 – 2025 NEXSTAR MEDIA INC. | ALL RIGHTS RESERVED.',
      'Copyright © 2020 The Washington Times, LLC. Click here for reprint permission.',
      '© 2020 by King Features Syndicate',
    ],
    counterExamples: ['Copyright infringement claims rose sharply in 2019.', 'Copyright law gives authors control over copies.'],
  },
  {
    id: 'copyright-rights-reserved',
    kind: 'copyright',
    reason: 'A short line asserting rights: "All rights reserved", "may not be published, broadcast, rewritten".',
    pattern: /\b(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED|may not be (?:published|reproduced), broadcast, rewritten)\b/u,
    maxLength: 250,
    guard: ['ights', 'IGHTS', 'may not be'],
    examples: ['Nexstar Media Inc. All rights reserved.', 'This material may not be published, broadcast, rewritten, or redistributed.'],
    counterExamples: ['The union said all rights reserved to workers under the old contract would survive the merger, a claim the company disputed in a filing on Monday.'],
  },
  {
    id: 'postal-address',
    kind: 'address',
    reason: 'A street address with a suite or postcode and no closing full stop: the publisher’s footer.',
    pattern: /\b\d{1,6}\s(?:[NSEW]\.?\s)?(?:[\p{L}\d.’'-]+\s){1,4}(?:STREET|Street|ST|St|AVENUE|Avenue|AVE|Ave|ROAD|Road|RD|Rd|BOULEVARD|Boulevard|BLVD|Blvd|DRIVE|Drive|LANE|Lane|WAY|Way|PLACE|Place|PLAZA|Plaza|SQUARE|Square)\b\.?.*(?:\b[A-Z]{2}\s\d{5}(?:-\d{4})?|\b(?:SUITE|Suite|FLOOR|Floor)\s\d+)[^.]*$/u,
    maxLength: 200,
    examples: ['THE HILL 400 N CAPITOL STREET NW, SUITE 650 WASHINGTON DC 20002', '1500 K Street NW, Suite 300, Washington, DC 20005'],
    counterExamples: ['Police said the shooting happened at 1200 Main Street, Suite 4, in Dallas, TX 75201.'],
  },
];
