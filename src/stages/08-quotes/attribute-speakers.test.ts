import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, ActorModel } from '../../model/actor.js';
import { attributeSpeakers } from './attribute-speakers.js';
import { toQuotes } from './build-quotes.js';
import { findQuotes } from './find-quotes.js';

const text = 'Ukrainian President Volodymyr Zelensky met Trump. “We are ready,” Zelensky said. “We will not sign,” he added. The Ukrainian leader said the draft was unfair. “It is done,” a source familiar with the talks said.';
const article = { id: 'a1', text };
const at = (word: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};

function actor(id: string, name: string, kind: Actor['kind'], mentions: { start: number; end: number }[]): Actor {
  return {
    id, name, aliases: [name], kind, role: null, affiliation: null, articles: ['a1'], roles: [], conflicts: [], why: [],
    mentions: mentions.map((m) => ({ article: 'a1', ...m, text: text.slice(m.start, m.end), rule: 'test' })),
  };
}

/** The actor model as stage 07 would hand it over: Zelensky named twice, Trump once. */
const model: ActorModel = {
  actors: [
    actor('actor_zelensky', 'Volodymyr Zelensky', 'person', [at('Volodymyr Zelensky'), at('Zelensky said')]),
    actor('actor_trump', 'Donald Trump', 'person', [at('Trump')]),
  ],
};

describe('attributeSpeakers', () => {
  const quotes = attributeSpeakers(toQuotes(article, findQuotes(text)), { article }, model);
  const byText = (t: string) => quotes.find((q) => q.text === t);

  it('links a name to the actor the model places at those words', () => {
    assert.equal(byText('We are ready')?.speaker, 'actor_zelensky');
    assert.equal(byText('We are ready')?.speakerName, 'Volodymyr Zelensky');
  });
  it('links a pronoun to the actor of the speaker it refers back to', () => assert.equal(byText('We will not sign')?.speaker, 'actor_zelensky'));
  it('links a title through its antecedent', () => assert.equal(byText('the draft was unfair')?.speaker, 'actor_zelensky'));
  it('leaves an anonymous source unlinked, with its description', () => {
    const q = byText('It is done');
    assert.equal(q?.speaker, null);
    assert.equal(q?.speakerKind, 'anonymous');
    assert.equal(q?.speakerDescription, 'a source familiar with the talks');
  });
  it('without an actor model every speaker stays null and the text reading stays', () => {
    const plain = attributeSpeakers(toQuotes(article, findQuotes(text)), { article }, null);
    assert.ok(plain.every((q) => q.speaker === null));
    assert.equal(plain.find((q) => q.text === 'We will not sign')?.speakerName, 'Volodymyr Zelensky');
  });
  it('a pronoun with no antecedent takes the nearest person the model places before it', () => {
    const t2 = 'Trump spoke first. “It is over,” he said.';
    const a2 = { id: 'a1', text: t2 };
    const m2: ActorModel = { actors: [{ ...actor('actor_trump', 'Donald Trump', 'person', []), mentions: [{ article: 'a1', start: 0, end: 5, text: 'Trump', rule: 'test' }] }] };
    const q = attributeSpeakers(toQuotes(a2, findQuotes(t2)), { article: a2 }, m2)[0];
    assert.equal(q?.speaker, 'actor_trump');
  });
});

describe('attributeSpeakers over a corpus', () => {
  it('reads the actor model once, not once per article', () => {
    // 2,000 articles, one actor mentioned in each: counting reads of `mentions` shows whether every article rescans every actor.
    let reads = 0;
    const many = Array.from({ length: 2000 }, (_, k) => ({ id: `a${k}`, text }));
    const base = actor('actor_zelensky', 'Volodymyr Zelensky', 'person', []);
    const mentions = many.map((a) => ({ article: a.id, ...at('Zelensky said'), text: 'Zelensky', rule: 'test' }));
    const counted: Actor = Object.defineProperty({ ...base }, 'mentions', { get: () => (reads++, mentions), enumerable: true });
    const corpusModel: ActorModel = { actors: [counted, ...Array.from({ length: 50 }, (_, k) => actor(`actor_${k}`, `Person ${k}`, 'person', []))] };
    const linked = many.map((a) => attributeSpeakers(toQuotes(a, findQuotes(text)), { article: a }, corpusModel));
    assert.ok(linked.every((qs) => qs.find((q) => q.text === 'We are ready')?.speaker === 'actor_zelensky'));
    assert.equal(reads, 1);
  });
});
