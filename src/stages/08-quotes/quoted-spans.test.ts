import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans, outerEnd } from './quoted-spans.js';

/** [text, the words of every quote in order, with "^" before nested ones and "…" after run-on pieces]. */
const cases: [string, string[]][] = [
  ['He said “yes” and “no.”', ['yes', 'no.']],
  ['He said "yes" and "no."', ['yes', 'no.']],
  ['“I said ‘this is not ready,’ and left,” he said.', ['I said ‘this is not ready,’ and left,', '^this is not ready,']],
  ['“They told him ‘no,\'” Trump said.', ['They told him ‘no,\'', '^no,']],
  ['“Zelensky’s team won’t sign,” he said.', ['Zelensky’s team won’t sign,']],
  ["Reuters' source said the talks' end was near.", []],
  ["Rebels called it 'a trap', officials said.", ['a trap']],
  ['The 12" screen is big.', []],
  ['«Oui,» dit-il. „Ja,“ sagte er.', ['Oui,', 'Ja,']],
  ["''We are ready,'' he said.", ['We are ready,']],
  ['Sybiha wrote “to continue the dialogue.\n\n“I underscored our will.”', ['to continue the dialogue.…', 'I underscored our will.']],
  ['He said "we doubled it. "We will extend it." Then he left.', ['we doubled it.…', 'We will extend it.']],
  ['He said “no more talks.\n\nThe meeting ended.', []],
  ['He said “no more talks.\n\n"Stray mark at the start.', []],
];

describe('findQuotedSpans', () => {
  for (const [text, want] of cases) {
    it(JSON.stringify(text).slice(0, 70), () => {
      const spans = findQuotedSpans(text);
      const got = spans.map((q) => `${q.depth > 0 ? '^' : ''}${text.slice(q.start, q.end)}${q.runsOn ? '…' : ''}`);
      assert.deepEqual(got, want);
      for (const q of spans) {
        assert.ok(q.start <= q.end && outerEnd(q) <= text.length);
        if (q.parent !== null) assert.ok((spans[q.parent]?.open ?? Infinity) < q.open, 'a parent opens before its child');
      }
    });
  }

  it('marks the piece that reopens a run-on quote', () => {
    const spans = findQuotedSpans('He wrote “one.\n\n“two.”');
    assert.deepEqual(spans.map((q) => [q.runsOn, q.continues]), [[true, false], [false, true]]);
  });
});
