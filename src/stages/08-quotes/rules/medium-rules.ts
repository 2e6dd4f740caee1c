/** A channel the text names for a statement; the named group `medium` is the channel as printed. */
export interface MediumRule {
  id: string;
  reason: string;
  pattern: RegExp;
  examples: readonly { text: string; medium: string }[];
  counterExamples: readonly string[];
}

const PLATFORMS = ['Truth Social', 'X', 'Twitter', 'Facebook', 'Telegram', 'Instagram', 'TikTok', 'YouTube', 'Threads', 'Bluesky', 'Weibo', 'social media', 'state television', 'national television', 'television', 'radio'];
const MEDIA_NOUNS = String.raw`(?:media|news agency|agency|newspaper|broadcaster|television|TV|radio|network|outlet|daily|magazine)`;
const CAP = String.raw`\p{Lu}[\p{L}\p{N}.&’'\-]*`;

/** Channels of speech, tried in order on the frame around a quote (never on the quoted words). */
export const MEDIUM_RULES: readonly MediumRule[] = [
  {
    id: 'medium-programme',
    reason: 'A programme named with its network: on Fox News’ “Sunday Morning Futures”.',
    pattern: new RegExp(String.raw`\bon\s+(?<medium>(?:${CAP}\s+){0,3}${CAP}(?:’s|'s|’|')\s+[“"][^”"]{2,60}[”"])`, 'u'),
    examples: [{ text: 'Witkoff confirmed Sunday on Fox News’ “Sunday Morning Futures” that he will travel to Saudi Arabia.', medium: 'Fox News’ “Sunday Morning Futures”' }],
    counterExamples: ['He spoke on Monday about it.'],
  },
  {
    id: 'medium-interview',
    reason: 'An occasion of speech: in a Fox News Radio interview, in his nightly address.',
    pattern: /\b(?:in|during)\s+(?:an?|his|her|their|the|its|a\s+recent)\s+(?<medium>(?:[^\s,.;:]+\s+){0,5}?(?:interview|address|statement|speech|post|video|podcast|op-ed|letter|briefing|press conference|news conference|broadcast|appearance|remarks|message|phone call|call))\b/iu,
    examples: [
      { text: '“I wanted this deal done already,” Trump said in a Fox News Radio interview.', medium: 'Fox News Radio interview' },
      { text: 'Zelensky said in a “Meet the Press” interview aired Sunday that he would “never accept” the decisions.', medium: '“Meet the Press” interview' },
    ],
    counterExamples: ['He said in the end that the deal was fair.'],
  },
  {
    id: 'medium-platform',
    reason: 'A platform: wrote on Truth Social, took to X.',
    pattern: new RegExp(String.raw`\b(?:on|to|via)\s+(?<medium>${PLATFORMS.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|')})\b`, 'u'),
    examples: [{ text: 'Trump accused Moscow of stalling, writing on Truth Social on Friday: "Russia has to get moving."', medium: 'Truth Social' }],
    counterExamples: ['He said X was the answer.'],
  },
  {
    id: 'medium-by-agency',
    reason: 'Second-hand quotes credit the outlet that carried them: quoted as saying by Anadolu news agency.',
    pattern: new RegExp(String.raw`\bby\s+(?<medium>(?:state-owned\s+|state\s+|the\s+)?(?:${CAP}\s+){1,3}${MEDIA_NOUNS})\b`, 'u'),
    examples: [{ text: '“We have to receive something,” he was quoted as saying by state-owned Anadolu news agency.', medium: 'state-owned Anadolu news agency' }],
    counterExamples: ['It was signed by President Zelensky.'],
  },
  {
    id: 'medium-outlet-hearer',
    reason: 'Telling an outlet is speaking through it: tell Axios, told the Daily Mail, told state broadcaster Suspilne, telling Turkish media.',
    pattern: new RegExp(
      String.raw`\b(?:tell|tells|told|telling|to)\s+(?<medium>(?:some\s+|the\s+)?(?:(?:${CAP}|[\p{Ll}\-]+)\s+){0,3}?${MEDIA_NOUNS}(?:\s+${CAP}(?:\s+${CAP}){0,2})?|the\s+${CAP}(?:\s+${CAP}){0,3}|(?<=\btells?\s+)${CAP})(?=[\s,.;:]|$)`,
      'u',
    ),
    examples: [
      { text: 'The deal is improved, a Ukrainian official and three sources with knowledge tell Axios.', medium: 'Axios' },
      { text: 'An official told Ukrainian state broadcaster Suspline that there would be no signing.', medium: 'Ukrainian state broadcaster Suspline' },
      { text: 'Vance criticized the retort, telling the Daily Mail on Wednesday, “That is an atrocious way to deal with us.”', medium: 'the Daily Mail' },
      { text: '“You continue to work on this document,” Zelenskiy was quoted as telling some Turkish media after talks.', medium: 'some Turkish media' },
    ],
    counterExamples: ['Zelensky told President Trump during a phone call that Putin is afraid.'],
  },
];
