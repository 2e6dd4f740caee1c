import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, SafeHtml } from './escape.js';

describe('escapeHtml and the html template', () => {
  // [input, escaped]
  const CASES: readonly [string, string][] = [
    ['plain words', 'plain words'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["' onfocus='x", '&#39; onfocus=&#39;x'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
    ['`${x}`', '&#96;${x}&#96;'],
    ['Zelenskyy “quoted” — ünïcödé', 'Zelenskyy “quoted” — ünïcödé'],
  ];
  for (const [input, expected] of CASES) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeHtml(input), expected));
  }

  it('escapes every interpolated string, keeps SafeHtml, joins arrays, drops false/null/undefined', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const out = html`<p title="${evil}">${evil}${html`<b>ok</b>`}${[evil, html`<i>x</i>`]}${false}${null}${undefined}${3}</p>`;
    assert.ok(out instanceof SafeHtml);
    assert.equal(out.value, '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;<b>ok</b>&lt;img src=x onerror=alert(1)&gt;<i>x</i>3</p>');
  });
});
