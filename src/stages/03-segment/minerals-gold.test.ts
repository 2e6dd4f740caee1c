// Eval over the built-in corpus: segmentation and cleaning against the hand-made gold files.
// It runs the clean stage too (a test may; stage code never imports another stage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '../../model/page.js';
import { classifyLines } from '../02-clean/index.js';
import { segmentPage } from './segment-page.js';
import { articleText } from '../../pipeline/article-text.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = path.join(root, 'corpus/minerals-deal');
const goldDir = path.join(root, 'gold/minerals-deal');

interface Gold {
  file: string;
  articles: { title: string | null; startsWith: string }[];
  boilerplate: string[];
  quotes: { text: string }[];
  events: { evidence: string }[];
  positions: { evidence: string }[];
  drafts: { evidence: string }[];
  contradictions: { evidence: string }[];
  outlook: { evidence: string[] };
}

function loadPage(file: string): Page {
  const source = path.join(corpusDir, file);
  const raw = fs.readFileSync(source);
  const text = raw.toString('utf8').replace(/\r\n?/g, '\n');
  return { id: `page_${file}`, source, format: 'text', text, given: { url: null, outlet: null, title: null, published: null, author: null }, bytes: raw.length };
}

for (const goldFile of fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, goldFile), 'utf8')) as Gold;
  test(`gold ${gold.file}`, async (t) => {
    const page = loadPage(gold.file);
    const lines = classifyLines(page);
    const segments = segmentPage({ page, lines });
    const texts = segments.map((s) => articleText(lines, s).text);
    const titles = segments.map((s) => (s.titleLine !== null ? lines[s.titleLine]!.text.trim() : s.titleText));
    const all = texts.join('\n\n');

    await t.test('one segment per gold article', () => assert.equal(segments.length, gold.articles.length));
    await t.test('each article starts near its gold first words', () => {
      gold.articles.forEach((a, i) => assert.ok((texts[i] ?? '').slice(0, 200).includes(a.startsWith), `article ${i + 1}: ${a.startsWith}`));
    });
    await t.test('titles equal the gold titles', () => {
      gold.articles.forEach((a, i) => assert.equal(titles[i] ?? null, a.title, `article ${i + 1}`));
    });
    await t.test('no boilerplate survives in any article text', () => {
      const left = gold.boilerplate.filter((b) => texts.some((text) => text.includes(b)));
      assert.deepEqual(left, []);
    });
    await t.test('every quote and evidence string survives cleaning', () => {
      const wanted = [
        ...gold.quotes.map((q) => q.text),
        ...[...gold.events, ...gold.positions, ...gold.drafts, ...gold.contradictions].map((x) => x.evidence),
      ];
      assert.deepEqual([...wanted, ...gold.outlook.evidence].filter((w) => w.includes('\n')), [], 'no gold string spans two lines');
      assert.deepEqual(wanted.filter((w) => !all.includes(w)), []);
    });
    await t.test('every outlook phrase survives, in the text or the headline', () => {
      // Outlook phrases may quote the headline ("Minerals Deal in Peril"); headlines are metadata, not text.
      const withTitles = [all, ...titles].join('\n\n');
      assert.deepEqual(gold.outlook.evidence.filter((w) => !withTitles.includes(w)), []);
    });
  });
}
