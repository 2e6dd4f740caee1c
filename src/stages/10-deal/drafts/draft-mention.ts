import type { Reception } from '../../../model/deal.js';

/** One place an article names a draft, as stage 10 reads it before drafts are merged. */
export interface FoundDraftMention {
  article: string;
  /** The page the article came from: articles of one page were written about the same time. */
  page: string;
  sentence: number;
  /** The draft's words ("his initial offer", "an “improved” draft"). */
  start: number;
  end: number;
  /** The sentence the mention stands in: the evidence. */
  sentenceStart: number;
  sentenceEnd: number;
  head: string;
  /** Generation id ("initial", "revised", "latest", "current") or "unspecified", and the word as printed. */
  generation: string;
  generationWord: string | null;
  author: string | null;
  authorStart: number | null;
  authorEnd: number | null;
  authorRule: string | null;
  reception: Reception;
  receptionStart: number | null;
  receptionEnd: number | null;
  receptionRule: string | null;
  /** The actor whose refusal the reception cue names ("not the one Zelensky would accept"). */
  rejecter: string | null;
  /** Day of the mention: a day named in its sentence, the start of a week or month named there, or publication. */
  date: string | null;
  /** Whether the date comes from the sentence itself (not the publication date). */
  datedInSentence: boolean;
  rule: string;
  why: string[];
}
