import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, ActorModel } from '../../model/actor.js';
import { Event } from '../../model/event.js';
import { linkEventActors } from './link-event-actors.js';
import { eventsOf } from './run-example.js';
import { exampleDoc } from './mentions-fixture.js';

function actor(id: string, name: string, kind: Actor['kind'], affiliation: string | null, spans: { article: string; start: number; end: number; text: string }[]): Actor {
  return { id, name, aliases: [name], kind, role: null, affiliation, articles: [], roles: [], conflicts: [], why: [], mentions: spans.map((s) => ({ ...s, rule: 'test' })) };
}

/** An actor model whose mentions are the bracketed words of the example, as stage 07 would link them. */
function modelFor(text: string, people: Record<string, [string, Actor['kind'], string | null]>): { model: ActorModel; article: string } {
  const doc = exampleDoc(text);
  const byId = new Map<string, Actor>();
  for (const m of doc.mentions) {
    const entry = people[m.text];
    if (!entry) continue;
    const [id, kind, aff] = entry;
    const a = byId.get(id) ?? actor(id, id, kind, aff, []);
    a.mentions.push({ article: doc.article.id, start: m.start, end: m.end, text: m.text, rule: 'test' });
    byId.set(id, a);
  }
  return { model: { actors: [...byId.values()] }, article: doc.article.id };
}

describe('linkEventActors maps argument spans to actors', () => {
  it('links source and target by their mention spans and keeps the export shape', () => {
    const text = '[Zelensky] met [Kellogg] in Kyiv.';
    const { model } = modelFor(text, { Zelensky: ['zelensky', 'person', 'UKR'], Kellogg: ['kellogg', 'person', 'USA'] });
    const [e] = linkEventActors(eventsOf({ text }), model);
    assert.ok(e && Event.safeParse(e).success);
    assert.deepEqual([e.source, e.type, e.target], ['zelensky', 'CONSULT', 'kellogg']);
    assert.equal(e.sourceText?.text, 'Zelensky');
  });

  it('staff act for their principal\'s country: "Putin\'s advisers" → Russia', () => {
    const text = '[U.S. officials] met with [Putin]’s advisers in Saudi Arabia.';
    const { model } = modelFor(text, { 'U.S. officials': ['usa', 'country', 'USA'], Putin: ['putin', 'person', 'RUS'] });
    model.actors.push(actor('russia', 'Russia', 'country', 'RUS', []));
    const [e] = linkEventActors(eventsOf({ text }), model);
    assert.deepEqual([e?.source, e?.target], ['usa', 'russia']);
    assert.ok(e?.why.includes('link-staff-to-country'));
  });

  it('unnamed officials are credited to their country', () => {
    const text = '[Ukrainian officials] will not sign the agreement in its current form.';
    const { model } = modelFor(text, { 'Ukrainian officials': ['officials', 'anonymous', 'UKR'] });
    model.actors.push(actor('ukraine', 'Ukraine', 'country', 'UKR', []));
    const [e] = linkEventActors(eventsOf({ text }), model);
    assert.equal(e?.source, 'ukraine');
  });

  it('a missing target marked "counterpart" becomes the other side of the article\'s talks', () => {
    const text = '[Ukraine] has been pushing for security guarantees from [Washington] and [Washington] refused. [Ukraine] is seeking robust guarantees.';
    const { model } = modelFor(text, { Ukraine: ['ukraine', 'country', 'UKR'], Washington: ['usa', 'country', 'USA'] });
    const seeking = linkEventActors(eventsOf({ text }), model).find((e) => e.trigger === 'seeking');
    assert.deepEqual([seeking?.source, seeking?.target], ['ukraine', 'usa']);
    assert.ok(seeking?.why.includes('link-counterpart'));
  });

  it('an event whose two ends are one actor loses its target', () => {
    const text = '[Zelensky] criticized [Zelenskyy]’s approach.';
    const { model } = modelFor(text, { Zelensky: ['zelensky', 'person', 'UKR'], Zelenskyy: ['zelensky', 'person', 'UKR'] });
    const [e] = linkEventActors(eventsOf({ text }), model);
    assert.equal(e?.target, null);
    assert.ok(e?.why.includes('link-self-target-dropped'));
  });

  it('unlinked words stay null, never a guess', () => {
    const [e] = linkEventActors(eventsOf({ text: '[Zelensky] met [Kellogg] in Kyiv.' }), { actors: [] });
    assert.deepEqual([e?.source, e?.target], [null, null]);
  });
});
