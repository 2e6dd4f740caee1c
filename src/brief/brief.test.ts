import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel, type DealModel } from '../analysis/build-model.js';
import { builtInArticles } from '../eval/built-in-articles.js';
import { composeBrief } from './compose-brief.js';
import { renderMarkdown } from './render-markdown.js';
import { renderHtml } from './render-html.js';
import type { Brief, BriefSentence } from './brief-model.js';

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();

function allSentences(brief: Brief): BriefSentence[] {
  return brief.sections.flatMap((s) => [...s.sentences, ...(s.table?.rows.map((r) => r.backing) ?? [])]);
}

describe('the brief of the built-in corpus', () => {
  let model: DealModel;
  let brief: Brief;
  before(async () => {
    model = buildModel(await builtInArticles());
    brief = composeBrief(model);
  });

  it('has something to say in every section', () => {
    for (const section of brief.sections) assert.ok(section.sentences.length + (section.table?.rows.length ?? 0) > 0, `${section.title} is empty`);
  });

  it('cites an article sentence for every sentence it writes', () => {
    for (const s of allSentences(brief)) assert.ok(s.cites.length > 0, `uncited: ${s.text}`);
  });

  it('points each citation at text that says it', () => {
    const byId = new Map(model.articles.map((a) => [a.id, a]));
    for (const s of allSentences(brief)) {
      for (const c of s.cites) {
        const article = byId.get(c.article);
        assert.ok(article, `citation to an unknown article: ${s.text}`);
        const cited = fold(article.text.slice(c.start, c.end));
        assert.ok(c.says.length > 0, `no evidence named for: ${s.text}`);
        for (const e of c.says) assert.ok(cited.includes(fold(e)), `“${e}” is not in the cited text “${cited}” (for: ${s.text})`);
      }
    }
  });

  it('renders every cited sentence with a note in Markdown and in HTML', () => {
    const md = renderMarkdown(brief, model.articles);
    const bullets = md.split('\n').filter((l) => l.startsWith('- '));
    assert.ok(bullets.length > 10);
    for (const line of bullets) assert.match(line, /\[\^\d+\]$/, `a brief line without a note: ${line}`);
    const notes = [...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => Number(m[1]));
    const used = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
    for (const n of used) assert.ok(notes.includes(n), `note ${n} is used but not written`);
    const html = renderHtml(brief, model.articles);
    assert.doesNotMatch(html, /<script/i);
    assert.equal((html.match(/<li id="note-/g) ?? []).length, notes.length);
  });

  it('escapes article text in HTML', () => {
    const hostile = { ...model.articles[0]!, title: '<script>alert(1)</script>', outlet: '<img src=x onerror=alert(1)>' };
    const html = renderHtml(composeBrief({ ...model, articles: [hostile, ...model.articles.slice(1)] }), [hostile, ...model.articles.slice(1)]);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});
