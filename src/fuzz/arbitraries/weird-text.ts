import fc from 'fast-check';

/** Quote marks of every kind the quote stage knows, and a few it might not. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '`', '´', "''", '``'];

/** Characters that break naive text code: controls, zero-width, bidi, combining marks, odd line breaks, astral symbols. */
const ODD_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u0301', '\u0489', '\u200b', '\u200c', '\u200d',
  '\u200e', '\u200f', '\u202a', '\u202e', '\u2028', '\u2029', '\u2060', '\u2066', '\u3000', '\ufeff', '\ufffd', '\uffff', '\ufffe',
  '😀', '👩‍👩‍👧', '🇺🇦', '𝐓𝐫𝐮𝐦𝐩', 'ﬁ', 'İ', 'ß', 'ǅ', 'Σ', 'ς', '١٢٣', '߀', '٫', '\t', '\v', '\f', '\n', '\n\n', ' ', '  ',
];

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
export const oddChar = fc.oneof(fc.constantFrom(...ODD_CHARS), loneSurrogate, fc.constantFrom(...QUOTE_MARKS));

/** Words and phrases of negotiation news, so the stages find sentences, names, quotes, dates and events to work on. */
export const NEWS_PIECES = [
  'Trump', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky', 'Bessent', 'Scott Bessent', 'Putin', 'Witkoff', 'Karoline Leavitt', 'Rubio',
  'President', 'Treasury Secretary', 'U.S.', 'US', 'Ukraine', 'Ukrainian', 'Russia', 'Kyiv', 'Moscow', 'the White House', 'the Kremlin',
  'EU', 'NATO', 'officials', 'a source familiar with the talks', 'a senior official', 'he', 'she', 'they', 'his', 'her', 'the deal',
  'the minerals deal', 'rare earths', 'security guarantees', '$500 billion', '50%', 'said', 'says', 'told reporters', 'told Reuters',
  'according to', 'wrote on Truth Social', 'said in a statement', 'signed', 'rejected', 'met', 'met with', 'agreed', 'agreed to',
  'refused to sign', 'did not sign', 'threatened', 'accused', 'called for', 'urged', 'proposed', 'will sign', 'could sign', 'visited',
  'on Thursday', 'on Friday', 'last week', 'next week', 'next month', 'hours later', 'the day before', 'yesterday', 'today', 'tomorrow',
  'Feb. 28', 'February 28, 2025', 'March 1', '2025-02-30', '4/11/25', '31/31/31', 'Feb 29', 'Jan 5, 12', 'December 31, 99999', 'May',
  'in Kyiv', 'in Saudi Arabia', 'in Washington', 'By Jane Doe', 'Photo:', 'Reuters', '(Reuters) -', 'AP', 'Published', 'Updated',
  '.', ',', ';', ':', '?', '!', '—', '–', '-', '(', ')', '[', ']', '…', '...', '“', '”', '"', "'", '’', ' ', ' ', ' ', '\n', '\n\n',
  'Mr.', 'Ms', 'Dr.', 'St.', 'a.m.', 'Inc.', 'No.', 'e.g.', 'the', 'and', 'of', 'that', 'not', 'never', 'would', 'if',
];

export const newsPiece = fc.constantFrom(...NEWS_PIECES);

/** News-shaped text with odd characters and random strings mixed in. */
export const newsText = (maxPieces = 120): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 8, arbitrary: newsPiece }, { weight: 2, arbitrary: oddChar }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: maxPieces })
    .map((parts) => parts.join(' ').replace(/ ([.,;:?!])/g, '$1'));

/** One character (or short piece) repeated into a giant token or a run of thousands of marks. */
export const giantRun = fc.record({
  piece: fc.constantFrom('a', 'A', '9', '“', '"', '”', "'", '.', '-', '—', '\u0301', '😀', '\u200b', ' ', '\n', '(', '[', '<', '&', '*', '_', 'Trump ', 'said ', '“Yes,” he said. ', 'Feb. 28 '),
  // Log-uniform 512–20,000: most runs are moderate, so quadratic code shows without every case costing seconds.
  count: fc.double({ min: 9, max: 14.3, noNaN: true }).map((e) => Math.round(2 ** e)),
}).map(({ piece, count }) => piece.repeat(Math.ceil(count / piece.length)).slice(0, Math.max(count, piece.length)));

/** Thousands of quote marks, with words between some of them. */
export const quoteStorm = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...QUOTE_MARKS) }, { weight: 1, arbitrary: newsPiece }), { minLength: 500, maxLength: 4000 }).map((parts) => parts.join(''));

/**
 * Text of every kind the stages must survive: news-shaped text, arbitrary Unicode (lone
 * surrogates included), giant tokens and quote storms, alone or glued to news text.
 */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: newsText() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('a', ' ', '“', '.', '\n')), maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(newsText(40), fc.oneof(giantRun, quoteStorm), newsText(40)).map((parts) => parts.join(' ')) },
);
