import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findFolded, foldWithOffsets } from './fold-text.js';

describe('findFolded: matches ignoring case and accents, as spans of the original text', () => {
  // [text, query, the matched original words]
  const CASES: readonly [string, string, string[]][] = [
    ['Zelenskyy met Zelensky', 'zelensky', ['Zelensky', 'Zelensky']],
    ['Volodýmyr Zelenskyy', 'volodymyr', ['Volodýmyr']],
    ['Café au lait, CAFE noir', 'cafe', ['Café', 'CAFE']],
    ['emoji 🇺🇦 Ukraine', 'ukraine', ['Ukraine']],
    ['flag 🇺🇦 then x', '🇺🇦', ['🇺🇦']],
    ['nothing here', 'deal', []],
    ['', 'x', []],
  ];
  for (const [text, query, expected] of CASES) {
    it(`${JSON.stringify(query)} in ${JSON.stringify(text)}`, () => {
      const spans = findFolded(foldWithOffsets(text), query);
      assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), expected);
    });
  }
});
