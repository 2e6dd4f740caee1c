/** Where a sentence of the brief comes from: one sentence (or more) of one article. */
export interface Citation {
  article: string;
  /** Half-open offsets of the cited sentence(s) in the article's text. */
  start: number;
  end: number;
  /** Words the cited text must contain for the citation to be honest. */
  says: string[];
}

/** One sentence of the brief: every sentence cites the article sentence(s) it rests on. */
export interface BriefSentence {
  text: string;
  cites: Citation[];
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
