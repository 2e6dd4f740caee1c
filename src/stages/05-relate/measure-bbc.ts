import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../model/article.js';
import { findDuplicates } from './find-duplicates.js';
import { createMinHasher } from './minhash.js';
import { relateSources } from './relate-sources.js';
import { shingleHashes } from './shingles.js';

/**
 * Measures stage 05 on the BBC corpus (read at run time from its folder, never copied here):
 * near-duplicate precision and recall against neardup-pairs.jsonl at several thresholds, the
 * derivations found against its containment-only pairs, and relateSources throughput.
 * Run: node dist/stages/05-relate/measure-bbc.js /work/shared/corpora/bbc-news-2225
 */
interface Manifest { id: string; file: string; exactDupGroup: string | number | null }
interface NearPair { a: string; b: string; jaccard5: number; containment5: number; exact: boolean }

const dir = process.argv[2] ?? '/work/shared/corpora/bbc-news-2225';
const lines = (file: string): string[] => readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
const manifest = lines('manifest.jsonl').map((l) => JSON.parse(l) as Manifest);
const truth = lines('neardup-pairs.jsonl').map((l) => JSON.parse(l) as NearPair);

// Mixed encodings upstream: UTF-8, else windows-1252 (one Latin-1 file).
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const articles: Article[] = manifest.map((m) => ({
  id: m.id, pageId: m.id, source: m.file, segment: 0, pageStart: 0, pageEnd: 0, outlet: 'BBC', title: null, url: null,
  byline: null, published: null, publishedBasis: 'unknown', evidence: { outlet: null, title: null, byline: null, published: null },
  text: decode(readFileSync(join(dir, m.file))), removed: [], duplicateOf: null, derivedFrom: null,
}));
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function groupPairs(links: readonly { article: string; of: string }[]): Set<string> {
  const groups = new Map<string, string[]>();
  for (const l of links) groups.set(l.of, [...(groups.get(l.of) ?? [l.of]), l.article]);
  const pairs = new Set<string>();
  for (const g of groups.values()) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.add(key(g[i]!, g[j]!));
  return pairs;
}

function score(found: Set<string>, wanted: Set<string>): string {
  let hit = 0;
  for (const p of found) if (wanted.has(p)) hit++;
  const precision = found.size === 0 ? 1 : hit / found.size;
  return `found ${found.size}, right ${hit}: precision ${precision.toFixed(3)}, recall ${(hit / wanted.size).toFixed(3)} (${hit}/${wanted.size})`;
}

const hasher = createMinHasher();
const t0 = performance.now();
const items = articles.map((article) => ({ article, signature: hasher.signature(shingleHashes(article.text)) }));
const sigMs = performance.now() - t0;
const j50 = new Set(truth.filter((p) => p.jaccard5 >= 0.5).map((p) => key(p.a, p.b)));
const all = new Set(truth.map((p) => key(p.a, p.b)));
console.log(`BBC: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; shingles + MinHash-128 signatures in ${(sigMs / 1000).toFixed(2)} s (${(bytes / 1024 / (sigMs / 1000)).toFixed(0)} KB/s)`);
console.log(`truth: ${j50.size} pairs with exact 5-shingle Jaccard ≥ 0.5; ${all.size} with Jaccard or containment ≥ 0.5`);
for (const t of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9]) {
  const found = groupPairs(findDuplicates(items, t));
  console.log(`near-duplicate threshold ${t.toFixed(2)}: vs J≥0.5 ${score(found, j50)} | vs all ${all.size}: ${score(found, all)}`);
}

const runs: number[] = [];
let rel = relateSources(articles);
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  rel = relateSources(articles);
  runs.push((performance.now() - t) / 1000);
}
runs.sort((a, b) => a - b);
console.log(`relateSources on ${articles.length} articles: ${runs.map((s) => s.toFixed(2)).join(' / ')} s (median ${runs[1]!.toFixed(2)} s, ${(articles.length / runs[1]!).toFixed(0)} articles/s); ${rel.pairs.length} pairs compared with score > 0`);
const dupPairs = groupPairs(rel.duplicates);
console.log(`duplicates at ${rel.settings.nearDuplicateJaccard}: ${rel.duplicates.filter((d) => d.kind === 'exact').length} exact and ${rel.duplicates.filter((d) => d.kind === 'near').length} near links; pairs ${score(dupPairs, j50)}`);
const containmentOnly = truth.filter((p) => p.jaccard5 < 0.5);
const derived = new Set(rel.derivations.map((d) => key(d.article, d.from)));
const rootOf = new Map(rel.articles.map((r) => [r.article, r.root]));
// One original per article: a pair can be linked through a third article of the same family (same root).
const how = (p: NearPair): string => (derived.has(key(p.a, p.b)) ? 'derived' : dupPairs.has(key(p.a, p.b)) ? 'duplicate' : rootOf.get(p.a) === rootOf.get(p.b) ? 'same root' : 'missed');
const covered = containmentOnly.filter((p) => how(p) !== 'missed');
console.log(`derivations: ${rel.derivations.length}; of the ${containmentOnly.length} containment-only pairs (J < 0.5, C ≥ 0.5) ${covered.length} are derived, duplicates or traced to one root`);
for (const p of containmentOnly) console.log(`  ${p.a} ~ ${p.b} J=${p.jaccard5} C=${p.containment5}: ${how(p)} ${rel.pairs.find((x) => key(x.original, x.other) === key(p.a, p.b))?.score ?? '-'}`);
const other = rel.derivations.filter((d) => !all.has(key(d.article, d.from)));
console.log(`derivations outside the near-duplicate list: ${other.length}`);
for (const d of other.slice(0, 15)) console.log(`  ${d.article} from ${d.from} score ${d.score} ${JSON.stringify(d.signals)}`);
const scores = rel.pairs.filter((p) => !p.derived).slice(0, 5).map((p) => `${p.other}/${p.original} ${p.score}`);
console.log(`best non-derived pairs: ${scores.join(', ')}`);
