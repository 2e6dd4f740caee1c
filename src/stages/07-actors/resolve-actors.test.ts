import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCorpus } from '../../cli/paths.js';
import { ActorModel, type Actor } from '../../model/actor.js';
import { language, plainArticle } from '../06-language/index.js';
import { resolveActors } from './index.js';
import { resolveTexts } from './testing.js';

const people = (model: ActorModel): Actor[] => model.actors.filter((a) => a.kind === 'person');
const named = (model: ActorModel, name: string): Actor | undefined => model.actors.find((a) => a.name === name || a.aliases.includes(name));
const mentionTexts = (a: Actor | undefined): string[] => (a?.mentions ?? []).map((m) => m.text);

describe('people: names and their variants', () => {
  const cases: { what: string; texts: string[]; people: string[]; check?: (m: ActorModel) => void }[] = [
    {
      what: 'spelling variants and transliterations are one person',
      texts: ['Ukrainian President Volodymyr Zelensky spoke.', 'President Volodymyr Zelenskyy replied.', 'Ukrainian President Volodmyr Zelenskiy met him.', 'Ukrainian President Volodomyr Zelensky said no.'],
      people: ['Volodymyr Zelensky'],
      check: (m) => {
        const z = named(m, 'Volodymyr Zelensky');
        assert.equal(z?.articles.length, 4);
        for (const v of ['Volodymyr Zelenskyy', 'Volodmyr Zelenskiy', 'Volodomyr Zelensky']) assert.ok(z?.aliases.includes(v), v);
      },
    },
    {
      what: '"John Smith" and "Jane Smith" never merge, in one article or across articles',
      texts: ['Senator John Smith met Senator Jane Smith on Monday.', 'Senator Jane Smith spoke.', 'Senator John Smith replied.'],
      people: ['Jane Smith', 'John Smith'],
    },
    {
      what: 'a surname alone goes to the full name of the same article',
      texts: ['U.S. Treasury Secretary Scott Bessent visited Kyiv. Bessent said it went well.'],
      people: ['Scott Bessent'],
      check: (m) => assert.deepEqual(mentionTexts(named(m, 'Scott Bessent')).sort(), ['Bessent', 'Scott Bessent']),
    },
    {
      what: 'a surname alone goes to the one person of the corpus with that surname',
      texts: ['U.S. envoy Keith Kellogg met Zelensky in Kyiv.', 'The US official said Kellogg’s visit had led to very good meetings.'],
      people: ['Keith Kellogg'],
      check: (m) => assert.equal(named(m, 'Keith Kellogg')?.articles.length, 2),
    },
    {
      what: 'a short and a long given name with the same role are one person',
      texts: ['National Security Adviser Michael Waltz will travel. National security adviser Mike Waltz said Thursday that it went well.'],
      people: ['Michael Waltz'],
    },
    {
      what: 'people named only in captions or credits are not actors',
      texts: ['Ukrainian President Volodymyr Zelensky arrives to meet German Chancellor Olaf Scholz. Photo: Sean Gallup/Getty Images)\nUkrainian President Volodymyr Zelensky said no.\n(Reporting by Jeff Mason; Editing by Chris Reese)'],
      people: ['Volodymyr Zelensky'],
    },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const { model } = resolveTexts(c.texts);
      assert.deepEqual(people(model).map((a) => a.name).sort(), c.people.slice().sort());
      c.check?.(model);
    });
  }
});

describe('roles and affiliations from the text', () => {
  const cases: [string, string | string[], string, string | null, string | null][] = [
    ['a title before the name', 'U.S. Treasury Secretary Scott Bessent visited Kyiv.', 'Scott Bessent', 'Treasury Secretary', 'USA'],
    ['an apposition before the name, affiliated through its possessor', ['U.S. President Donald Trump spoke.', 'A visit by Trump’s special envoy, retired Lt. Gen. Keith Kellogg, helped.'], 'Keith Kellogg', 'special envoy', 'USA'],
    ['an apposition after the name', 'Scott Bessent, US Treasury secretary, met Volodymyr Zelenskiy.', 'Scott Bessent', 'Treasury secretary', 'USA'],
    ['"X, the Y of Z"', 'Andrii Sybiha, the foreign minister of Ukraine, said no.', 'Andrii Sybiha', 'foreign minister of Ukraine', 'UKR'],
    ['a possessive country', 'Also on Saturday Ukraine’s foreign minister, Andrii Sybiha, posted.', 'Andrii Sybiha', 'foreign minister', 'UKR'],
    ['an institution word', 'Rada Speaker Ruslan Stefanchuk met Kellogg.', 'Ruslan Stefanchuk', 'Speaker', 'UKR'],
    ['the home country of unqualified titles', 'U.S. President Donald Trump spoke. President Donald Trump and Vice President JD Vance met Ukrainian President Volodymyr Zelensky.', 'JD Vance', 'Vice President', 'USA'],
    ['officials listed after "including"', 'He met senior Ukrainian officials, including Foreign Minister Andrii Sybiha.', 'Andrii Sybiha', 'Foreign Minister', 'UKR'],
  ];
  for (const [what, texts, name, role, affiliation] of cases) {
    it(what, () => {
      const a = named(resolveTexts(texts).model, name);
      assert.ok(a, `${name} found`);
      assert.equal(a.role, role);
      assert.equal(a.affiliation, affiliation);
    });
  }
  it('records sources that disagree on the office', () => {
    const { model } = resolveTexts(['U.S. President Donald Trump spoke.', 'The talks come amid rhetoric from former U.S. President Donald Trump.']);
    const trump = named(model, 'Donald Trump');
    assert.equal(trump?.roles.length, 2);
    assert.equal(trump?.conflicts[0]?.field, 'role');
    assert.deepEqual(trump?.conflicts[0]?.values.map((v) => v.value).sort(), ['President', 'former President']);
  });
});

describe('descriptions and pronouns', () => {
  const cases: [string, string, string, string][] = [
    ['"the Ukrainian leader" is the Ukrainian head of state of the article', 'Ukrainian President Volodymyr Zelensky spoke. The Ukrainian leader said no.', 'Volodymyr Zelensky', 'Ukrainian leader'],
    ['"the Treasury secretary" is the article\'s Treasury Secretary', 'U.S. Treasury Secretary Scott Bessent visited Kyiv. The Treasury secretary said he gave a draft.', 'Scott Bessent', 'Treasury secretary'],
    ['a pronoun goes to the person before it in its sentence', 'Mike Waltz said on Thursday, noting he has been talking to his counterpart.', 'Mike Waltz', 'he'],
    ['a pronoun goes to the first person of the sentence before', 'Mike Waltz said on Thursday that talks went well. “They need to tone it down,” he added.', 'Mike Waltz', 'he'],
  ];
  for (const [what, text, name, mention] of cases) {
    it(what, () => {
      assert.ok(mentionTexts(named(resolveTexts(text).model, name)).includes(mention));
    });
  }
  it('leaves pronouns inside quotes and ambiguous descriptions alone', () => {
    const { model } = resolveTexts('U.S. President Donald Trump met Ukrainian President Volodymyr Zelensky. “He better move fast,” Trump said. The president left.');
    for (const a of people(model)) {
      assert.ok(!mentionTexts(a).includes('He'));
      assert.ok(!mentionTexts(a).includes('president'));
    }
  });
});

describe('countries, organisations, groups and unnamed sources', () => {
  it('a government named after its leader, a seat of government and an acting capital are the country', () => {
    const { model } = resolveTexts([
      'U.S. President Donald Trump spoke. The Trump administration has given Ukraine a draft.',
      'Zelenskiy needs to come back to the table, White House says.',
      'Last week Kyiv sent Washington a revised draft. Zelensky met Kellogg in Kyiv.',
    ]);
    const usa = model.actors.find((a) => a.kind === 'country' && a.affiliation === 'USA');
    const ukr = model.actors.find((a) => a.kind === 'country' && a.affiliation === 'UKR');
    assert.ok(usa?.aliases.includes('Trump administration') && usa.aliases.includes('White House') && usa.aliases.includes('Washington'));
    assert.equal(ukr?.mentions.filter((m) => m.text === 'Kyiv').length, 1, '"in Kyiv" is a place');
  });
  it('an administration named after nobody else in the corpus stays an organisation', () => {
    const { model } = resolveTexts('While the Biden administration has been a key supporter of Ukraine, talks went on.');
    assert.equal(named(model, 'Biden administration')?.kind, 'organization');
  });
  it('unnamed sources are anonymous actors with their side; "the source" refers back', () => {
    const { model } = resolveTexts('A source familiar with the negotiations said no. The source said the draft was unfair. A Ukrainian official and U.S. officials agreed.');
    const anon = model.actors.filter((a) => a.kind === 'anonymous');
    assert.deepEqual(anon.map((a) => [a.name, a.affiliation, a.mentions.length]).sort(), [
      ['a source familiar with the negotiations', null, 2], ['a ukrainian official', 'UKR', 1], ['u.s. officials', 'USA', 1],
    ].sort());
  });
  it('party members and blocs of allies are groups; outlets that report are organisations', () => {
    const { model } = resolveTexts('Democrats blasted Trump. Some NATO allies raised concerns. Work had continued on the document, Suspline reported.');
    assert.equal(named(model, 'Democrats')?.kind, 'group');
    assert.equal(named(model, 'NATO allies')?.affiliation, 'NATO');
    assert.equal(named(model, 'Suspline')?.kind, 'organization');
  });
});

describe('the actor model', () => {
  const docs = readdirSync(builtInCorpus).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => language.run({ article: plainArticle(readFileSync(join(builtInCorpus, f), 'utf8'), join(builtInCorpus, f)) }));
  const model = resolveActors(docs);
  it('fits its schema', () => {
    ActorModel.parse(model);
  });
  it('every mention points into its article', () => {
    const text = new Map(docs.map((d) => [d.article.id, d.article.text]));
    for (const a of model.actors) {
      for (const m of a.mentions) assert.equal(text.get(m.article)?.slice(m.start, m.end), m.text, `${a.name}: ${m.rule}`);
      for (const r of a.roles) assert.ok(text.has(r.article));
      assert.ok(a.why.length > 0, `${a.name} records why`);
    }
  });
  it('has deterministic ids, whatever the order of the articles', () => {
    const again = resolveActors(docs.slice().reverse());
    const ids = (m: ActorModel): string[] => m.actors.filter((a) => a.kind !== 'anonymous').map((a) => `${a.name}:${a.id}`).sort();
    assert.deepEqual(ids(again), ids(model));
    assert.deepEqual(resolveActors(docs), model);
  });
});
