import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCorpus } from '../../cli/paths.js';
import { LanguageLayer, type Mention } from '../../model/language.js';
import { analyseText, language, plainArticle } from './index.js';

const corpus = readdirSync(builtInCorpus).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, text: readFileSync(join(builtInCorpus, f), 'utf8') }));

const find = (mentions: Mention[], kind: string, text: string): Mention | undefined => mentions.find((m) => m.kind === kind && m.text === text);

describe('language stage contract', () => {
  it('requires the article and assigns sentences, tokens and mentions', () => {
    assert.deepEqual(language.requires, ['article']);
    assert.deepEqual([...language.assigns].sort(), ['mentions', 'sentences', 'tokens']);
    const doc = language.run({ article: plainArticle('Ukrainian President Volodymyr Zelensky met U.S. envoy Keith Kellogg.') });
    assert.ok(doc.sentences && doc.tokens && doc.mentions);
  });
  it('produces a layer that fits its schema', () => {
    for (const { text } of corpus) LanguageLayer.parse(analyseText(text).layer);
  });
  it('gives the same result for the same text, whatever came before', () => {
    const text = corpus[2]?.text ?? '';
    const first = JSON.stringify(analyseText(text).layer);
    for (const { text: other } of corpus) analyseText(other);
    assert.equal(JSON.stringify(analyseText(text).layer), first);
  });
});

describe('offsets point into the article text', () => {
  for (const { name, text } of corpus) {
    it(`every span of ${name}`, () => {
      const { sentences, tokens, mentions } = analyseText(text).layer;
      for (const m of mentions) {
        assert.equal(text.slice(m.start, m.end), m.text, `${m.kind} ${m.rule}`);
        for (const q of m.qualifiers ?? []) assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
      }
      let last = 0;
      for (const t of tokens) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, 'tokens are ordered and inside the text');
        assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end), 'tokens carry no whitespace');
        last = t.end;
      }
      for (const s of sentences) {
        assert.equal(s.start, tokens[s.tokenStart]?.start);
        assert.equal(s.end, tokens[s.tokenEnd - 1]?.end);
        assert.ok(!text.slice(s.start, s.end).includes('\n\n'), 'no sentence runs across a paragraph break');
      }
    });
  }
});

describe('sentences', () => {
  const cases: [string, string, string[]][] = [
    ['scraped lines are sentences of their own', 'Axios\nSearch\nThe Trump administration has given Ukraine a draft.', ['Axios', 'Search', 'The Trump administration has given Ukraine a draft.']],
    ['a paragraph break ends a sentence without a full stop', 'Why It Matters\n\nPresident Donald Trump has pushed hard.', ['Why It Matters', 'President Donald Trump has pushed hard.']],
    ['abbreviations stay inside', 'Trump’s special envoy, retired Lt. Gen. Keith Kellogg, met him. Talks went on.', ['Trump’s special envoy, retired Lt. Gen. Keith Kellogg, met him.', 'Talks went on.']],
    ['a wrapped line that goes on in lower case stays one sentence', 'The talks were hard and\ncontinued for days.', ['The talks were hard and\ncontinued for days.']],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      assert.deepEqual(analyseText(text).layer.sentences.map((s) => text.slice(s.start, s.end)), expected);
    });
  }
});

describe('mentions', () => {
  it('splits "U.S. Treasury Secretary Scott Bessent" into a title and a person', () => {
    const { mentions } = analyseText('U.S. Treasury Secretary Scott Bessent visited Kyiv.').layer;
    const title = find(mentions, 'title', 'U.S. Treasury Secretary');
    assert.equal(title?.role, 'Treasury Secretary');
    assert.deepEqual(title?.qualifiers?.map((q) => q.code), ['USA']);
    assert.equal(find(mentions, 'person', 'Scott Bessent')?.rule, 'titled-name');
    assert.equal(find(mentions, 'place', 'Kyiv')?.code, 'UKR');
  });
  it('keeps the possessor of a title and the status of an office', () => {
    const { mentions } = analyseText('The talks come amid rhetoric from former U.S. President Donald Trump and Trump’s special envoy, Keith Kellogg.').layer;
    assert.equal(find(mentions, 'title', 'former U.S. President')?.status, 'former');
    const envoy = mentions.find((m) => m.kind === 'title' && m.role === 'special envoy');
    assert.ok(envoy?.possessor);
  });
  it('reads a misspelt office word as the office', () => {
    const { mentions } = analyseText('Sybiha had spoken with US Sectetary of State Marco Rubio.').layer;
    assert.equal(mentions.find((m) => m.kind === 'title')?.role, 'Secretary of State');
    assert.ok(find(mentions, 'person', 'Marco Rubio'));
  });
  it('marks photo credits, bylines and bios as credits and the captions around them', () => {
    const text = 'Ukrainian President Volodymyr Zelensky arrives in Munich. Photo: Sean Gallup/Getty Images)\n(Reporting by Jeff Mason; Editing by Chris Reese)';
    const { mentions } = analyseText(text).layer;
    assert.equal(find(mentions, 'person', 'Volodymyr Zelensky')?.context, 'caption');
    assert.equal(mentions.find((m) => m.text.includes('Sean Gallup'))?.context, 'credit');
    assert.equal(mentions.find((m) => m.text.includes('Chris Reese'))?.context, 'credit');
  });
  it('types unnamed sources with the side they name', () => {
    const { mentions } = analyseText('A Ukrainian official, a U.S. official and three sources with knowledge tell Axios.').layer;
    const sources = mentions.filter((m) => m.kind === 'anonymous');
    assert.deepEqual(sources.map((m) => m.text), ['A Ukrainian official', 'a U.S. official', 'three sources with knowledge']);
    assert.deepEqual(sources.map((m) => m.qualifiers?.[0]?.code ?? null), ['UKR', 'USA', null]);
  });
  it('finds dates, money and quantities with wink-nlp', () => {
    const { mentions } = analyseText('On Wednesday Zelenskiy rejected U.S. demands for $500 billion in 17 minerals.').layer;
    assert.ok(mentions.some((m) => m.kind === 'date' && m.text === 'Wednesday'));
    assert.ok(mentions.some((m) => m.kind === 'money' && m.text === '$500 billion'));
    assert.ok(mentions.some((m) => m.kind === 'quantity' && m.text === '17'));
  });
  it('does not take capitalised headings or sentence openers for names', () => {
    const { mentions } = analyseText('Kellogg’s Kyiv Visit Helps Restart Negotiations\nDespite the talks, Truth Social carried the post.').layer;
    assert.deepEqual(mentions.filter((m) => m.kind === 'person').map((m) => m.text), []);
  });
});
