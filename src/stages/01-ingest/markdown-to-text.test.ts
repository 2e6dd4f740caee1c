import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToText } from './markdown-to-text.js';

const cases: [name: string, markdown: string, text: string][] = [
  ['heading and paragraphs', '# Title\n\nFirst paragraph.\n\nSecond paragraph.', 'Title\nFirst paragraph.\nSecond paragraph.'],
  ['source lines stay lines', 'Axios\nSearch\nMenu', 'Axios\nSearch\nMenu'],
  ['inline markup removed', 'A **bold** and _italic_ [link](https://x.y) and `code`.', 'A bold and italic link and code.'],
  ['lists', '- one\n- two\n\n1. first\n2. second', 'one\ntwo\nfirst\nsecond'],
  ['quotes', '> “We will sign,” he said.', '“We will sign,” he said.'],
  ['code block keeps lines', '```\nline 1\nline 2\n```', 'line 1\nline 2'],
  ['raw HTML script dropped', 'Before\n\n<script>alert("SCRIPT")</script>\n\nAfter', 'Before\nAfter'],
  ['curly quotes and dashes kept', 'It’s a deal — “signed”.', 'It’s a deal — “signed”.'],
];

for (const [name, markdown, text] of cases) {
  test(`markdownToText: ${name}`, () => {
    assert.equal(markdownToText(markdown), text);
  });
}

test('markdownToText: pathological nesting is kept as written, quickly', () => {
  const lists = Array.from({ length: 600 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
  for (const source of [lists, '>'.repeat(5000) + ' deep quote']) {
    const started = performance.now();
    assert.equal(markdownToText(source), source);
    assert.ok(performance.now() - started < 1000);
  }
});
