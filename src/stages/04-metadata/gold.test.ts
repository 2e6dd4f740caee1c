import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import type { Article } from '../../model/article.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { clean } from '../02-clean/index.js';
import { segment } from '../03-segment/index.js';
import { metadata } from './index.js';

const CORPUS = new URL('../../../corpus/minerals-deal/', import.meta.url);
const GOLD = new URL('../../../gold/minerals-deal/', import.meta.url);

const GoldArticles = z.object({
  articles: z.array(z.object({
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    startsWith: z.string(),
    published: z.string().nullable(),
    publishedBasis: z.enum(['given', 'printed', 'inferred', 'unknown']),
  })),
});
type GoldArticle = z.infer<typeof GoldArticles>['articles'][number];

interface Pair {
  file: string;
  gold: GoldArticle;
  article: Article;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const daysOff = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Runs the front half on one corpus file: clean, segment, metadata. */
function articlesOf(file: string): Article[] {
  const text = readFileSync(new URL(file, CORPUS), 'utf8');
  const doc: PageDoc = {
    page: { id: file, source: file, format: 'text', text, given: { url: null, outlet: null, title: null, published: null, author: null }, bytes: text.length },
  };
  return metadata.run(segment.run(clean.run(doc))).articles ?? [];
}

describe('metadata on the minerals-deal gold', () => {
  const pairs: Pair[] = [];
  before(() => {
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
      const gold = GoldArticles.parse(JSON.parse(readFileSync(new URL(`${file}.json`, GOLD), 'utf8')));
      const articles = articlesOf(file);
      for (const g of gold.articles) {
        // The gold's first words sit near the start of the article (a subhead may come first).
        const article = articles.find((a) => squash(a.text.slice(0, 200 + g.startsWith.length)).includes(squash(g.startsWith)));
        assert.ok(article, `${file}: no article starts with "${g.startsWith}" (segmentation changed?)`);
        pairs.push({ file, gold: g, article });
      }
    }
  });

  it('names the outlet where the page prints one and leaves it null where not (003, 004)', () => {
    for (const { file, gold, article } of pairs) assert.equal(article.outlet, gold.outlet, `${file} "${gold.startsWith}"`);
  });

  it('reads every printed date right', () => {
    const printed = pairs.filter((p) => p.gold.publishedBasis === 'printed');
    assert.ok(printed.length > 0);
    for (const { file, gold, article } of printed) {
      assert.equal(article.published, gold.published, file);
      assert.equal(article.publishedBasis, 'printed', file);
    }
  });

  it('infers at least half of the gold’s inferred dates within a day, and none more than 7 days off', () => {
    const inferred = pairs.filter((p) => p.gold.publishedBasis === 'inferred');
    const close = inferred.filter((p) => p.article.published !== null && daysOff(p.article.published, p.gold.published ?? '') <= 1);
    assert.ok(close.length * 2 >= inferred.length, `${close.length} of ${inferred.length} within a day`);
    for (const { file, gold, article } of inferred) {
      if (article.published !== null) assert.ok(daysOff(article.published, gold.published ?? '') <= 7, `${file} "${gold.startsWith}": ${article.published} vs ${gold.published}`);
    }
  });

  it('dates nothing the gold leaves unknown', () => {
    for (const { file, gold, article } of pairs.filter((p) => p.gold.published === null)) {
      assert.equal(article.published, null, `${file} "${gold.startsWith}"`);
      assert.equal(article.publishedBasis, 'unknown');
    }
  });

  it('gives every date its evidence, and every inferred date its phrases, anchor and margin', () => {
    for (const { article } of pairs.filter((p) => p.article.published !== null)) {
      const e = article.evidence.published;
      assert.ok(e && e.rule.length > 0 && (e.note ?? '').length > 0);
      if (article.publishedBasis === 'inferred') assert.match(e.note ?? '', /Weekdays named.*Anchor.*Margin/s);
    }
  });

  it('dates the pieces of page 002 from the weekdays after its Feb. 15 caption, as checked by hand', () => {
    // date -d: 2025-02-15 Saturday, 2025-02-16 Sunday, 2025-02-19 Wednesday, 2025-02-20 Thursday.
    const want: [string, string][] = [
      ['The Trump administration has given Ukraine', '2025-02-20'],
      ['Ukrainian President Volodymyr Zelensky said in a “Meet the Press”', '2025-02-16'],
      ['WASHINGTON (Reuters)', '2025-02-20'],
      ['ANKARA (Reuters)', '2025-02-19'],
      ['National security adviser Mike Waltz said Thursday', '2025-02-20'],
    ];
    for (const [start, date] of want) {
      const pair = pairs.find((p) => p.file.startsWith('002') && p.gold.startsWith.startsWith(start));
      assert.ok(pair, start);
      assert.equal(pair.article.published, date, start);
      assert.match(pair.article.evidence.published?.note ?? '', /Feb\. 15/);
    }
  });

  it('finds the printed headlines', () => {
    for (const { file, gold, article } of pairs) {
      assert.equal(article.title === null ? null : squash(article.title), gold.title === null ? null : squash(gold.title), file);
    }
  });
});
