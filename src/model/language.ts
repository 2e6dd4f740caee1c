import { z } from 'zod';
import { Offset } from './primitives.js';

/** A half-open character range into `article.text`. */
export const Span = z.object({ start: Offset, end: Offset });
export type Span = z.infer<typeof Span>;

/** One token as wink-nlp cut it (possessive "'s" split off), located in the article text. */
export const Token = Span.extend({
  /** wink-nlp's universal part-of-speech tag (stage 06 tags in its one parse). */
  pos: z.string().optional(),
});
export type Token = z.infer<typeof Token>;

/** One sentence; never runs across a paragraph break or a scraped line. */
export const Sentence = Span.extend({
  /** Index of its first token in `tokens`, and one past its last. */
  tokenStart: z.number().int().nonnegative(),
  tokenEnd: z.number().int().nonnegative(),
  /** The rule that ended it (wink's own boundary, a paragraph break, a line break). */
  rule: z.string(),
});
export type Sentence = z.infer<typeof Sentence>;

export const MentionKind = z.enum([
  'person', 'organization', 'country', 'nationality', 'place', 'group', 'anonymous',
  'title', 'pronoun', 'name', 'date', 'time', 'money', 'quantity',
]);
export type MentionKind = z.infer<typeof MentionKind>;

/** Where on the page a mention sits: captions and credits name people who are not the story's actors. */
export const TextContext = z.enum(['body', 'headline', 'caption', 'credit']);
export type TextContext = z.infer<typeof TextContext>;

/** A country or international body that a word ties a mention to ("U.S.", "Ukrainian", "White House"). */
export const Qualifier = Span.extend({
  code: z.string(),
  rule: z.string(),
});
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * Something the text names or describes, with the rule that found it. Optional fields are set
 * only by the kinds that need them.
 */
export const Mention = Span.extend({
  kind: MentionKind,
  text: z.string(),
  rule: z.string(),
  sentence: z.number().int().nonnegative(),
  context: TextContext,
  /** ISO 3166-1 alpha-3 or a body code (EU, NATO, UN) for countries, nationalities, capitals and bodies. */
  code: z.string().optional(),
  /** A capital or seat of government that can stand for its government ("Kyiv", "the White House"). */
  metonym: z.boolean().optional(),
  /** Plural nouns: "Ukrainians", "U.S. officials", "sources". */
  plural: z.boolean().optional(),
  /** Titles: the office as printed without its country words ("Treasury Secretary"). */
  role: z.string().optional(),
  /** Titles: the office head word, lower-case ("secretary", "envoy"). */
  head: z.string().optional(),
  /** Titles: head of state or government, so "the Ukrainian leader" can find it. */
  leader: z.boolean().optional(),
  /** Titles: "former", "acting" … as printed. */
  status: z.string().optional(),
  /** Titles, organisations, sources: the countries or bodies their words name. */
  qualifiers: z.array(Qualifier).optional(),
  /** Titles: the possessor in "Trump's special envoy" or "the administration, whose adviser". */
  possessor: Span.optional(),
  /** Titles and sources: the determiner before them ("the", "a"). */
  determiner: z.string().optional(),
  /** Pronouns and honorifics: grammatical gender when the word shows it. */
  gender: z.enum(['m', 'f']).optional(),
  /** Candidate names: the word is also an English word ("Republican", "News"), so a surname match is weak. */
  commonWord: z.boolean().optional(),
  /** Candidate names: a place preposition stands before it ("in New Hampshire"). */
  afterPlaceWord: z.boolean().optional(),
  /** Numbers and dates: wink-nlp's entity type (DATE, MONEY, CARDINAL …). */
  label: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

/** What the language stage adds to an article. */
export const LanguageLayer = z.object({
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  mentions: z.array(Mention),
});
export type LanguageLayer = z.infer<typeof LanguageLayer>;
