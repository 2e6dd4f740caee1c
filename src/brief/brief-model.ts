/** Where a sentence of the brief comes from: one sentence (or more) of one article. */
export interface Citation {
  article: string;
  /** Half-open offsets of the cited sentence(s) in the article's text. */
  start: number;
  end: number;
}

/**
 * One sentence of the brief. Every sentence cites the article sentence it rests on, and names
 * the words (`evidence`) that the cited text must contain for the citation to be honest.
 */
export interface BriefSentence {
  text: string;
  cites: Citation[];
  evidence: string[];
}

/** A table row: cells of plain labels, and the sentence that backs the row. */
export interface BriefTable {
  head: string[];
  rows: { cells: string[]; backing: BriefSentence }[];
}

export interface BriefSection {
  title: string;
  /** Shown when the section has nothing to say, so an empty part never looks like an omission. */
  empty: string;
  sentences: BriefSentence[];
  table?: BriefTable;
}

export interface Brief {
  title: string;
  asOf: string | null;
  sections: BriefSection[];
}
