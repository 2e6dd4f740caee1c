import type { Actor, ActorModel } from '../../model/actor.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { assignAffiliations } from './affiliation.js';
import { readArticleOthers } from './article-others.js';
import { readArticlePeople } from './article-people.js';
import { createCorpusContext, personByFullName, personBySurname, possessorCode, type CorpusContext } from './corpus-context.js';
import { countryName } from './country-names.js';
import type { LinkedMention, LocalActor } from './local-types.js';
import { mergePeople, type PersonGroup } from './merge-people.js';
import { otherActor } from './other-actor.js';
import { personActor } from './person-actor.js';
import { resolveReferences } from './resolve-references.js';
import { compareText } from './compare-text.js';

const KIND_ORDER = ['person', 'country', 'organization', 'group', 'anonymous'];

/**
 * Stage 07: resolves the mentions of all articles into actors — people merged across spelling
 * variants, surnames, titles and pronouns; countries (with their capitals, seats and governments);
 * organisations, groups and unnamed sources — each with roles, affiliation, conflicts and reasons.
 * Needs stage 06 (`language`) to have run on every document.
 */
export function resolveActors(docs: readonly ArticleDoc[]): ActorModel {
  const reads = docs.map((doc) => ({ doc, people: readArticlePeople(doc), others: readArticleOthers(doc) }));
  const groups = mergePeople(reads.flatMap((r) => r.people.people));
  const ctx = createCorpusContext(docs, groups);
  const extra = new Map<PersonGroup, LinkedMention[]>();
  const addExtra = (g: PersonGroup, x: LinkedMention): void => {
    const list = extra.get(g);
    if (list) list.push(x);
    else extra.set(g, [x]);
    ctx.groupOfMention.set(x.mention, g);
    const present = ctx.byArticle.get(x.article);
    if (!present) ctx.byArticle.set(x.article, [g]);
    else if (!present.includes(g)) present.push(g);
  };
  const locals = reads.flatMap((r) => r.others.actors);
  locals.push(...linkCandidates(ctx, reads.map((r) => ({ article: r.doc.article.id, candidates: r.others.candidates })), addExtra));
  const affiliations = assignAffiliations(ctx);
  for (const r of reads) for (const ref of resolveReferences(ctx, r.doc, r.people.descriptions)) addExtra(ref.group, ref.linked);
  const actors: Actor[] = [];
  for (const g of groups) {
    const a = personActor(g, extra.get(g) ?? [], affiliations.get(g));
    if (a) actors.push(a);
  }
  for (const [parts, affiliation] of groupOthers(ctx, locals)) {
    const a = otherActor(parts, affiliation);
    if (a) actors.push(a);
  }
  actors.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.mentions.length - a.mentions.length || compareText(a.name, b.name));
  // Built to the ActorModel schema; tests validate it, a run does not pay for it.
  return { actors };
}

/** Unknown names: a surname of one person of the corpus, or an organisation when they report or say something. */
function linkCandidates(
  ctx: CorpusContext,
  perArticle: { article: string; candidates: ReturnType<typeof readArticleOthers>['candidates'] }[],
  addExtra: (g: PersonGroup, x: LinkedMention) => void,
): LocalActor[] {
  const orgs = new Map<string, LocalActor>();
  const pending: LinkedMention[] = [];
  for (const { article, candidates } of perArticle) {
    for (const { mention, speaker } of candidates) {
      // Words that are also English words or places ("Republican", "in New Hampshire") take no surname from elsewhere.
      if (mention.afterPlaceWord) continue;
      if (mention.text.includes(' ')) {
        const person = personByFullName(ctx, mention.text);
        if (person) {
          addExtra(person, { article, mention, rule: 'known-full-name' });
          person.why.add('known-full-name');
        }
        continue;
      }
      const person = mention.commonWord ? null : personBySurname(ctx, mention.text);
      if (person) {
        addExtra(person, { article, mention, rule: 'name-candidate-surname' });
        person.why.add('name-candidate-surname');
      } else if (speaker && mention.context === 'body') {
        const key = `org:${mention.text.toLowerCase()}`;
        const org = orgs.get(key) ?? { key, kind: 'organization', name: mention.text, code: null, mentions: [], why: new Set<string>(), perArticle: false };
        org.mentions.push({ article, mention, rule: 'speaker-name-is-organization' });
        org.why.add('speaker-name-is-organization');
        orgs.set(key, org);
      } else pending.push({ article, mention, rule: 'speaker-name-is-organization' });
    }
  }
  for (const x of pending) orgs.get(`org:${x.mention.text.toLowerCase()}`)?.mentions.push(x);
  return [...orgs.values()];
}

/** Merges local actors by key (sources stay per article) and settles each one's affiliation. */
function groupOthers(ctx: CorpusContext, locals: LocalActor[]): [LocalActor[], string | null][] {
  const byKey = new Map<string, LocalActor[]>();
  const put = (a: LocalActor): void => {
    const list = byKey.get(a.key);
    if (list) list.push(a);
    else byKey.set(a.key, [a]);
  };
  for (const a of locals) {
    if (a.leaderSurname !== undefined) {
      const leader = personBySurname(ctx, a.leaderSurname);
      const code = leader ? ctx.affiliation.get(leader) ?? null : null;
      if (code) {
        // The government named after a person of the corpus is that person's country.
        put({ ...a, key: `country:${code}`, kind: 'country', name: countryName(code), code,
          mentions: a.mentions.map((x) => ({ ...x, rule: 'leader-administration-is-government' })), why: new Set([...a.why, 'leader-administration-is-government']) });
        continue;
      }
    }
    put(a);
  }
  const out: [LocalActor[], string | null][] = [];
  for (const parts of byKey.values()) {
    const first = parts[0];
    if (!first) continue;
    let code = parts.find((p) => p.code)?.code ?? null;
    if (!code && first.possessor) code = possessorCode(ctx, first.mentions[0]?.article ?? '', first.possessor);
    out.push([parts, code]);
  }
  return out;
}
