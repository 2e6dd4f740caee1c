import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from './find-quotes.js';
import { toQuotes } from './build-quotes.js';

/** Text built from the pieces quotes are made of: marks, frames, names, punctuation and line breaks. */
const piece = fc.constantFrom('“', '”', '‘', '’', '"', "'", "''", '«', '»', '„', ' ', '\n', '\n\n', ', ', '. ', ': ', '(', ')', 'he said', 'Trump', 'Ms Hewitt', 'said that', 'told reporters', 'according to', 'a source familiar with the talks', 'the deal', 'will happen', 'is off', 'calling it a', 'Zelensky’s', 'won’t');
const articleText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('quote spans on arbitrary text', () => {
  it('never throws, and every quote, speaker, cue and medium span is the text it claims', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const quotes = toQuotes({ id: 'a', text }, findQuotes(text, { published: '2025-02-20' }));
        for (const q of quotes) {
          assert.equal(text.slice(q.start, q.end), q.text);
          assert.ok(q.start < q.end);
          if (q.speakerStart !== null && q.speakerEnd !== null) assert.equal(text.slice(q.speakerStart, q.speakerEnd), q.speakerText);
          if (q.mediumStart !== null && q.mediumEnd !== null) assert.equal(text.slice(q.mediumStart, q.mediumEnd), q.medium);
          if (q.cueStart !== null && q.cueEnd !== null) assert.ok(q.cueStart < q.cueEnd && q.cueEnd <= text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
