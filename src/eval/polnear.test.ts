import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadPolnearDev, scorePolnear, systemAttributions, type PolnearDoc } from './polnear.js';

const text = 'The mayor said the bridge will reopen in May. “We are ready,” she added.';
/** A piece located by its words (the n-th occurrence counts from 0). */
const piece = (words: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, text: words };
};

/** A made-up article in PolNeAR's shape (no PolNeAR text is copied into the repository). */
const doc: PolnearDoc = {
  doc_id: 'fixture',
  primary: true,
  publication_date: '2016-09-12',
  text,
  attributions: [
    { source: [piece('The mayor')], cue: [piece('said')], content: [piece('the bridge will reopen in May')], has_source: true, content_quote_marks: 'none' },
    { source: [piece('she')], cue: [piece('added')], content: [piece('“We are ready,”')], has_source: true, content_quote_marks: 'full' },
    { source: [], cue: [], content: [piece('The mayor')], has_source: false, content_quote_marks: 'none' },
  ],
};

/** Pinned on the PolNeAR dev part (84 articles) when the stage reached them; raise them, never lower them silently. */

describe('PolNeAR scoring', () => {
  it('groups the pieces of one attribution and keeps its source and cue spans', () => {
    const sys = systemAttributions(doc.text, null);
    assert.equal(sys.length, 2);
    assert.deepEqual(sys.map((s) => s.source && doc.text.slice(s.source.start, s.source.end)), ['The mayor', 'she']);
  });
  it('scores content, source and cue and names what it missed', () => {
    const s = scorePolnear([doc]);
    assert.deepEqual([s.content.overlap.hit, s.content.overlap.system, s.content.overlap.gold], [2, 2, 3]);
    assert.equal(s.source.exact.hit, 2);
    assert.equal(s.cue.exact.hit, 2);
    assert.deepEqual(s.errors.map((e) => [e.name, e.count]), [['missed: no source in the text', 1]]);
  });

});
