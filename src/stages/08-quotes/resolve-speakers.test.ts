import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './find-quotes.js';

/** The reading of the speaker of the quote with this text. */
function readingOf(text: string, quote: string): { name: string | null; description: string | null } {
  const q = findQuotes(text).find((x) => x.text === quote);
  assert.ok(q, `no quote ${quote}`);
  return { name: q.attribution.reading.name, description: q.attribution.reading.description };
}

describe('reading speakers from the text', () => {
  it('a surname takes the fullest name of the article', () => {
    assert.equal(readingOf('Ukrainian President Volodymyr Zelenskiy arrived. “We are ready,” Zelenskiy said.', 'We are ready').name, 'Volodymyr Zelenskiy');
  });
  it('a pronoun takes the last speaker before it', () => {
    const text = 'Zelenskiy said he believed Ukraine had support from Trump.\n“We see the plans,” he said.';
    assert.equal(readingOf(text, 'We see the plans').name, 'Zelenskiy');
  });
  it('"they" takes the last plural source', () => {
    const text = 'Ukrainian officials remain skeptical, arguing that the draft falls short. They point out that the deal would require resources.';
    assert.equal(readingOf(text, 'the deal would require resources').description, 'ukrainian officials');
  });
  it('a title takes the last name that held the office', () => {
    const text = 'Vice President Vance and Treasury Secretary Scott Bessent met him. The Treasury secretary said last week that he gave a draft to Zelensky.';
    assert.equal(readingOf(text, 'he gave a draft to Zelensky').name, 'Scott Bessent');
  });
  it('a rank word must agree: the vice president is not the president', () => {
    const text = 'President Trump and Vice President JD Vance spoke. “It is bad-mouthing,” the vice president said.';
    assert.equal(readingOf(text, 'It is bad-mouthing').name, 'JD Vance');
  });
  it('a side must agree: the Ukrainian leader is not the US president', () => {
    const text = 'Zelensky and US President Donald Trump traded words. Trump accused Zelensky of lying while the Ukrainian leader hit back, saying the US president lives in a “disinformation space.”';
    assert.equal(readingOf(text, 'the US president lives in a “disinformation space.”').name, 'Zelensky');
  });
  it('"the source" refers back to the source introduced before', () => {
    const text = 'The draft is unacceptable, according to a source familiar with the negotiations. “It foresees no obligations,” the source said.';
    assert.equal(readingOf(text, 'It foresees no obligations').description, 'a source familiar with the negotiations');
  });
  it('"the US official" is not the Ukrainian official introduced before', () => {
    const text = 'An official in the Ukrainian Presidential Administration told Suspilne that there would be no signing. The US official said the visit had led to good meetings.';
    assert.equal(readingOf(text, 'the visit had led to good meetings').description, 'the us official');
  });
});
