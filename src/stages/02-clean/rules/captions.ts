import type { LineRule } from './rule-types.js';
import { PHOTO_AGENCIES, alternation } from './word-lists.js';

const AGENCY = alternation(PHOTO_AGENCIES);
const CAP_WORD = String.raw`\p{Lu}[\p{L}.’'-]*`;
// A photographer's name: at least two capitalised words ("Mystyslav Chernov", "J. Scott Applewhite").
const PERSON = String.raw`${CAP_WORD}(?:\s${CAP_WORD}){1,4}`;
// After an agency the name may hold lower-case particles ("Reuters/Khalid al-Mousily").
const PARTICLE = String.raw`(?:al|el|de|da|di|du|van|von|bin|ibn|le|la)(?:-\p{L}+)?`;
const NAME_AFTER_AGENCY = String.raw`${CAP_WORD}(?:\s(?:${CAP_WORD}|${PARTICLE})){1,3}`;
const CREDIT_TAIL = String.raw`${CAP_WORD}(?:[\s/]${CAP_WORD}){0,4}`;

/** Photo captions and credits: dropped, the people in them are not the article's actors. */
export const CAPTION_RULES: LineRule[] = [
  {
    id: 'caption-toggle',
    kind: 'caption',
    reason: 'Image widgets leak their controls: "Enlarge this image toggle caption Name/AP Name/AP".',
    pattern: /^(?:Enlarge this image\b|toggle caption\b|Hide caption\b|Show caption\b)/iu,
    maxLength: 400,
    examples: ['Enlarge this image toggle caption John Minchillo/AP John Minchillo/AP'],
    counterExamples: ['Enlarge the committee, the senator proposed, and the deadlock ends.'],
  },
  {
    id: 'caption-photo-label',
    kind: 'caption',
    reason: 'A caption ends with its credit after a "Photo:" or "Photograph:" label.',
    pattern: /\b(?:Photo|Photograph|Image|Picture)s?(?: credit)?:\s?[^.!?“”"]{2,90}\)?$/u,
    maxLength: 600,
    guard: ['Photo', 'Image', 'Picture'],
    tail: 130,
    examples: [
      'Ukraine’s President Volodymyr Zelensky (R) with US Secretary of Treasury Scott Bessent. Photo: Tetiana Dzhafarova/AFP via Getty',
      'A minister arrives at the summit in Munich, Germany. Photo: Sean Gallup/Getty Images)',
      'An engine lies on the ground after the crash. Photograph: AFP via Getty Images',
      'A worker on the assembly line in Flint. (Photo: Kathleen Galligan, Detroit Free Press)',
    ],
    counterExamples: [
      'The photo: a crowd outside the embassy, which the ministry later said was staged.',
      'He posted the image on social media on Tuesday.',
    ],
  },
  {
    id: 'caption-photo-by',
    kind: 'caption',
    reason: 'Credits in parentheses: "(Photo by …)", "(AP Photo/…)", "(Reuters/Files)".',
    pattern: new RegExp(String.raw`\((?:(?:Photo|Photograph|Image)s? (?:by|courtesy of)\s[^)]{2,90}|(?:${AGENCY}\s)?Photo(?:\s?\/\s?[^)]{2,90})?|${AGENCY}\s?\/\s?[^)]{2,60}|[^()]{2,90}\svia ${AGENCY})\)?$`, 'u'),
    maxLength: 800,
    guard: ['('],
    tail: 140,
    examples: [
      'The president speaks at the White House, Wednesday, Jan. 8, 2020, in Washington. (AP Photo/ Evan Vucci)',
      'Protesters gather outside the court. (Photo by Jane Smith/Getty Images)',
      'A file photo of the port. (Reuters/Files)',
      'The singer performs in Rosemont, Ill., on Oct. 6, 2017. (AP Photo)',
      'People line up to vote at a high school in Milwaukee on Tuesday. (Mike De Sisti/Milwaukee Journal-Sentinel via AP)',
    ],
    counterExamples: [
      'The agency (AP) reported the figures on Monday.',
      'She showed the photo by the window to reporters.',
    ],
  },
  {
    id: 'caption-trailing-credit',
    kind: 'caption',
    reason: 'A caption line ends with "Photographer Name/Agency", with no full stop after it.',
    pattern: new RegExp(String.raw`(?:^|[\s.|(])(?:${PERSON}\s?\/\s?${CREDIT_TAIL}|${PERSON}\s\|\s${AGENCY}|${AGENCY}\s?\/\s?${NAME_AFTER_AGENCY}(?:\/${CREDIT_TAIL})?)\)?$`, 'u'),
    maxLength: 800,
    guard: ['/', ' | '],
    tail: 140,
    examples: [
      'Vice President speaks with the prime minister in the Oval Office on February 28 in Washington, D.C. Mystyslav Chernov/AP',
      'Speaker of the House at the U.S. Capitol on Nov. 12. Drew Angerer/Getty Images',
      'President delivers remarks at the summit in West Palm Beach, Florida. REUTERS/Marco Bello/File Photo',
      'A protester holds a placard outside the embassy in Baghdad. Reuters/Khalid al-Mousily',
      'A demonstrator runs during a protest in Oakland, California, May 29, 2020. Stephen Lam | Reuters',
    ],
    counterExamples: [
      'The band played AC/DC.',
      'Support for the plan stood at 40 percent in the latest Reuters/Ipsos poll.',
      'Poll: voters split on tariffs, Reuters/Ipsos',
      'Voters split on tariffs, Reuters/Ipsos survey shows',
    ],
  },
  {
    id: 'caption-dated-credit',
    kind: 'caption',
    reason: 'A dated caption closed by the photographer’s name in parentheses: "…, August 9, 2019. (Jane Doe)".',
    pattern: /\b\d{4}\.?\s\(\p{Lu}[\p{L}.’'-]+(?:\s\p{Lu}[\p{L}.’'-]+){1,3}\)$/u,
    maxLength: 600,
    guard: [')'],
    tail: 90,
    examples: ['The candidate walks with supporters at a march in Clear Lake, Iowa, August 9, 2019. (Gage Skidmore)'],
    counterExamples: ['The bill passed in 2019 (Senate Bill 12).', 'He was elected in 2018 (R-Texas).'],
  },
  {
    id: 'caption-getty-ending',
    kind: 'caption',
    reason: 'Getty credits close many captions: "… via Getty Images", "| Getty Images)".',
    pattern: /\bGetty(?: Images)?\)?$/u,
    maxLength: 800,
    guard: ['Getty'],
    tail: 30,
    examples: [
      'The minister during a meeting in Kyiv. Andrew Kravchenko/Bloomberg via Getty Images',
      'A man holds a placard in Tehran on January 11, 2020. Morteza Nikoubazl | NurPhoto | Getty Images)',
    ],
    counterExamples: ['The museum bought the photographs from Getty.', 'Getty Images reported higher sales this quarter.'],
  },
  {
    id: 'caption-leading-credit',
    kind: 'caption',
    reason: 'Some sites put the credit first: "Name/AP Students walk on the campus …".',
    pattern: new RegExp(String.raw`^(?:${PERSON}\s?\/\s?${AGENCY}(?:\/File)?|Getty Images|AP Photo)\s+\p{Lu}`, 'u'),
    maxLength: 800,
    guard: ['/', 'Getty Images', 'AP Photo'],
    examples: [
      'Damian Dovarganes/AP/File Students walk on the University of California, Los Angeles campus.',
      'Getty Images Trucks line up near the border fence to cross to the United States.',
    ],
    counterExamples: ['Reuters reported the figures on Monday.', 'Getty said its images were licensed.'],
  },
  {
    id: 'caption-provided-photo',
    kind: 'caption',
    reason: 'Wire captions of handout pictures: "This April 6 photo provided by X shows …", "In this image …".',
    pattern: /^(?:In this|This) (?:(?:[\p{L}\d,. ]{0,40} )?(?:image|photo|photograph|picture|frame grab|video image|handout photo)\b.{0,80}?\b(?:provided by|released by|taken (?:on|in|by)|obtained by)\b|(?:combination|file|handout|undated|composite) (?:photo|image|picture)s? (?:shows?|of)\b)/u,
    maxLength: 1000,
    examples: [
      'This image from video provided by the campaign shows the senator as he announces he is ending his campaign.',
      'This April 6, 2020 photo provided by a resident shows one of the tables at the sole polling location.',
      'In this image provided by the university, the senator sits with his parents in the mid 1940s.',
      'This combination photo shows the singer performing at a theatre in 2017, left, and his bandmate in 2014.',
    ],
    counterExamples: ['This photo of the ballot, the clerk said, proves nothing.', 'In this image-conscious city, the mayor said, looks matter.'],
  },
  {
    id: 'caption-file-photo',
    kind: 'caption',
    reason: 'Wire captions of archive pictures open with "FILE -" or "FILE PHOTO:".',
    pattern: /^FILE(?: PHOTO)?\s?[-–—:]\s/u,
    examples: [
      'FILE - In this July 8, 2018, file photo, clouds are reflected above the company logo on the hood of a car.',
      'FILE PHOTO: The president delivers remarks at a summit in Florida.',
    ],
    counterExamples: ['Files released on Monday showed the deal had been drafted in January.'],
  },
];
