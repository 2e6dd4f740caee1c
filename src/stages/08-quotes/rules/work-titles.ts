/** Nouns that follow a quoted work or programme title ("a “Meet the Press” interview"). */
export const WORK_NOUNS: readonly string[] = [
  'interview', 'show', 'programme', 'program', 'podcast', 'broadcast', 'series', 'segment', 'documentary', 'film', 'movie', 'book', 'column',
  'newsletter', 'episode', 'special', 'album', 'song', 'report', 'article', 'op-ed', 'editorial', 'appearance', 'event', 'conference', 'summit',
  'plan', 'initiative', 'act', 'bill', 'law', 'campaign', 'exhibition', 'play', 'musical', 'game', 'award', 'awards', 'prize', 'festival',
];

/** Capitalised words an English title leaves lower-case ("Meet the Press", "Fox & Friends"). */
export const TITLE_SMALL_WORDS: readonly string[] = ['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', '&', 'vs', 'vs.', 'nor', 'but', 'from', 'as'];
