import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDraftMentions } from '../drafts/find-draft-mentions.js';
import { clusterTerms } from '../issues/cluster-terms.js';
import { findTerms } from '../issues/find-terms.js';
import { termsAround, widestTerms } from '../issues/lexicon-terms.js';
import { findOutlookPhrases } from '../outlook/score-outlook.js';
import { partyIndex } from '../parties.js';
import { findPositions } from '../positions/find-positions.js';
import { marked } from '../testing.js';
import { DRAFT_HEADS, GENERATIONS, RECEPTION_CUES, type DraftExample } from './draft-words.js';
import { HEAD_FAMILIES, NEGOTIATION_HEADS } from './head-families.js';
import { ISSUE_FRAMES } from './issue-frames.js';
import { OUTLOOK_RULES } from './outlook-phrases.js';
import { RESOURCE_WORDS } from './resource-words.js';
import type { StanceCue } from './rule-types.js';
import { STANCE_CUES } from './stance-cues.js';
import { LEADING_SKIP, PROCESS_HEADS, RELATIONAL_HEADS, TERM_STOP } from './term-words.js';

/** Every term the stage reads in a text: frame objects and lexicon heads. */
function termsOf(text: string): ReturnType<typeof findTerms> {
  const { ctx } = marked(text);
  return widestTerms([...findTerms(ctx), ...termsAround(ctx, 'lexicon-head')]);
}

/** The positions one text yields under the given cues, as "party|issue|stance". */
function positionsOf(text: string, speaker: string | undefined, cues: readonly StanceCue[]): string[] {
  const m = marked(text, speaker);
  const parties = partyIndex(m.actors);
  const drafts = findDraftMentions(m.ctx);
  return findPositions(m.ctx, m.issues, drafts, (a) => parties.get(a) ?? null, cues)
    .map((p) => `${m.actors.find((a) => a.id === p.party)?.name}|${p.mention.issue.slice(6)}|${p.stance}`);
}

const ids = [...ISSUE_FRAMES, ...STANCE_CUES, ...OUTLOOK_RULES, ...DRAFT_HEADS, ...RECEPTION_CUES, ...HEAD_FAMILIES, LEADING_SKIP, TERM_STOP, RELATIONAL_HEADS, PROCESS_HEADS, NEGOTIATION_HEADS, RESOURCE_WORDS].map((r) => r.id);

describe('deal rules are data: every example runs through stage 10', () => {
  it('rule ids are unique', () => assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []));

  for (const frame of ISSUE_FRAMES) {
    describe(`issue frame ${frame.id}`, () => {
      it('has a reason, examples, counter-examples and a global pattern', () => {
        assert.ok(frame.reason && frame.examples.length > 0 && frame.counterExamples.length > 0 && frame.pattern.flags.includes('g'));
      });
      for (const ex of frame.examples) {
        it(`reads "${ex.term}" in: ${ex.text.slice(0, 60)}`, () => {
          const names = findTerms(marked(ex.text).ctx, [frame]).map((t) => t.name);
          assert.ok(names.includes(ex.term), `got ${JSON.stringify(names)}`);
        });
      }
      for (const counter of frame.counterExamples) {
        it(`reads no term in: ${counter.slice(0, 60)}`, () => assert.deepEqual(findTerms(marked(counter).ctx, [frame]).map((t) => t.name), []));
      }
    });
  }

  for (const list of [LEADING_SKIP, TERM_STOP, RELATIONAL_HEADS, PROCESS_HEADS, NEGOTIATION_HEADS]) {
    describe(`word list ${list.id}`, () => {
      it('has a reason and examples', () => assert.ok(list.reason && list.examples.length > 0 && list.words.length > 0));
      for (const ex of [...list.examples, ...list.counterExamples]) {
        it(ex.term ? `reads "${ex.term}" in: ${ex.text.slice(0, 60)}` : `reads no term in: ${ex.text.slice(0, 60)}`, () => {
          const names = termsOf(ex.text).map((t) => t.name);
          if (ex.term) assert.ok(names.includes(ex.term), `got ${JSON.stringify(names)}`);
          else assert.deepEqual(names, []);
        });
      }
    });
  }

  for (const family of HEAD_FAMILIES) {
    describe(`head family ${family.id}`, () => {
      it('has a reason, examples and counter-examples', () => assert.ok(family.reason && family.examples.length > 0 && family.counterExamples.length > 0));
      const clusterOf = (a: string, b: string): number => {
        const terms = [...termsOf(`They demanded ${a}.`), ...termsOf(`They demanded ${b}.`)];
        assert.equal(terms.length, 2, `read ${JSON.stringify(terms.map((t) => t.name))}`);
        return clusterTerms(terms).length;
      };
      for (const [a, b] of family.examples) it(`"${a}" and "${b}" are one issue`, () => assert.equal(clusterOf(a, b), 1));
      for (const [a, b] of family.counterExamples) it(`"${a}" and "${b}" stay apart`, () => assert.equal(clusterOf(a, b), 2));
    });
  }

  for (const cue of STANCE_CUES) {
    describe(`stance cue ${cue.id} (${cue.stance})`, () => {
      it('has a reason, examples, counter-examples and a global pattern', () => {
        assert.ok(cue.reason && cue.examples.length > 0 && cue.counterExamples.length > 0 && cue.pattern.flags.includes('g'));
      });
      for (const ex of cue.examples) {
        it(`finds ${ex.party} ${cue.stance} ${ex.issue}: ${ex.text.slice(0, 60)}`, () => {
          const found = positionsOf(ex.text, ex.speaker, STANCE_CUES);
          assert.ok(found.includes(`${ex.party}|${ex.issue}|${ex.stance ?? cue.stance}`), `got ${JSON.stringify(found)}`);
        });
      }
      for (const counter of cue.counterExamples) {
        it(`does not fire on: ${counter.slice(0, 60)}`, () => assert.deepEqual(positionsOf(counter, undefined, [cue]), []));
      }
    });
  }

  const draftCheck = (ex: DraftExample, expectReception: boolean): void => {
    const m = marked(ex.text);
    const braced = m.issues[0];
    assert.ok(braced, 'the example marks the draft with braces');
    const found = findDraftMentions(m.ctx).find((d) => d.start <= braced.start && braced.end <= d.end);
    assert.ok(found, `no draft at "${m.article.text.slice(braced.start, braced.end)}": ${JSON.stringify(findDraftMentions(m.ctx).map((d) => m.article.text.slice(d.start, d.end)))}`);
    if (ex.author !== undefined) assert.equal(m.actors.find((a) => a.id === found.author)?.name ?? null, ex.author);
    if (ex.generation) assert.equal(found.generation, ex.generation);
    if (expectReception && ex.reception) assert.equal(found.reception, ex.reception);
  };
  for (const head of DRAFT_HEADS) {
    describe(`draft head ${head.id}`, () => {
      it('has a reason, examples and counter-examples', () => assert.ok(head.reason && head.examples.length > 0 && head.counterExamples.length > 0));
      for (const ex of head.examples) it(`finds the draft in: ${ex.text.slice(0, 60)}`, () => draftCheck(ex, true));
      for (const counter of head.counterExamples) it(`finds no draft in: ${counter}`, () => assert.deepEqual(findDraftMentions(marked(counter).ctx), []));
    });
  }
  for (const cue of RECEPTION_CUES) {
    describe(`reception cue ${cue.id} (${cue.reception})`, () => {
      for (const ex of cue.examples) it(`reads ${cue.reception} in: ${ex.text.slice(0, 60)}`, () => draftCheck(ex, true));
      for (const counter of cue.counterExamples) {
        it(`reads no ${cue.reception} in: ${counter.slice(0, 60)}`, () => {
          assert.ok(findDraftMentions(marked(counter).ctx).every((d) => d.receptionRule !== cue.id));
        });
      }
    });
  }
  describe('draft generations', () => {
    for (const g of GENERATIONS) {
      it(`"the ${g.words[0]} draft" is ${g.id}`, () => assert.equal(findDraftMentions(marked(`They discussed the ${g.words[0]} draft.`).ctx)[0]?.generation, g.id));
    }
  });

  for (const rule of OUTLOOK_RULES) {
    describe(`outlook ${rule.id} (${rule.weight})`, () => {
      it('has a reason, examples, counter-examples and a weight in [-1, 1]', () => assert.ok(rule.reason && rule.examples.length > 0 && rule.counterExamples.length > 0 && Math.abs(rule.weight) <= 1));
      for (const ex of rule.examples) it(`fires on: ${ex}`, () => assert.ok(findOutlookPhrases(ex, 'a', 'text').some((p) => p.rule === rule.id), JSON.stringify(findOutlookPhrases(ex, 'a', 'text'))));
      for (const counter of rule.counterExamples) it(`does not fire on: ${counter}`, () => assert.ok(!findOutlookPhrases(counter, 'a', 'text').some((p) => p.rule === rule.id)));
    });
  }

  describe(RESOURCE_WORDS.id, () => {
    for (const ex of RESOURCE_WORDS.examples) {
      it(`names "${ex.term}" as a draft term`, () => {
        const m = marked(`{The draft} was tabled. ${ex.text}`.replace('tabled. ', 'tabled; '));
        const d = findDraftMentions(m.ctx)[0];
        assert.ok(d);
        assert.ok(new RegExp(`\\b${ex.term}\\b`, 'u').test(m.article.text));
      });
    }
  });
});
