import fc from 'fast-check';
import { newsText, oddChar } from './weird-text.js';

/** Tags with every parsing behaviour: blocks, inlines, implied closes, void, raw text, foreign content, tables, forms. */
const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'em', 'strong', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'tbody',
  'h1', 'h2', 'h3', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote', 'pre', 'figure', 'figcaption',
  'form', 'select', 'option', 'button', 'font', 'nobr', 'center', 'svg', 'math', 'template', 'noscript', 'iframe', 'object', 'time',
  'html', 'head', 'body', 'title', 'meta', 'link', 'br', 'hr', 'img', 'input', 'wbr', 'x-custom', 'DIV', 'P', 'svg:rect', 'o:p',
];
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript', 'iframe'];
const ATTRS = ['class', 'id', 'style', 'hidden', 'aria-hidden', 'property', 'name', 'content', 'href', 'rel', 'itemprop', 'datetime', 'onload', 'data-x', 'xmlns'];
const ATTR_VALUES = ['article', 'content', 'display:none', 'visibility: hidden', 'true', 'og:title', 'og:site_name', 'article:published_time', 'canonical', 'https://example.org/a', 'javascript:alert(1)', '2025-02-28T10:00:00Z', 'Fri, 28 Feb 2025', 'author', 'Jane Doe', ''];
/** Entities well-formed, unknown, unterminated, out of range, surrogates and NUL. */
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&amp', '&', '&#', '&#x', '&#39;', '&#x27;', '&#0;', '&#xD800;', '&#xDFFF;', '&#1114112;', '&#99999999999;', '&#x110000;', '&nosuchentity;', '&ldquo;', '&rdquo;', '&hellip', '&notit;', '&#128512;', '&AMP;', '&;'];
/** Markup that is not an element: comments (closed, unclosed, oddly closed), CDATA, doctype, processing instructions, stray brackets. */
const ODD_MARKUP = ['<!-- note -->', '<!--', '-->', '<!-->', '<!--->', '<!-- a --!>', '<![CDATA[ x ]]>', '<![CDATA[', '<!doctype html>', '<!DOCTYPE', '<?xml version="1.0"?>', '<?php echo 1 ?>', '<', '>', '</', '</>', '< p>', '<p', '<p/>', '</p >', '</br>', '<//div>', '<a<b>', '<=', '<\u0000p>'];

const name = fc.constantFrom(...TAGS);
const attrValue = fc.oneof(fc.constantFrom(...ATTR_VALUES), newsText(6), fc.string({ unit: 'binary', maxLength: 20 }));
const attribute = fc.tuple(fc.constantFrom(...ATTRS), attrValue, fc.constantFrom('"', "'", '', 'unterminated')).map(([key, value, quote]) =>
  quote === 'unterminated' ? `${key}="${value}` : quote === '' ? `${key}=${value.replace(/[\s>]/g, '')}` : `${key}=${quote}${value.replaceAll(quote, '')}${quote}`);
const text = fc.oneof({ weight: 5, arbitrary: newsText(20) }, { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) }, { weight: 1, arbitrary: oddChar }, { weight: 1, arbitrary: fc.constantFrom(...ODD_MARKUP) });

/** A tree of elements from the tag grammar; closing tags are sometimes left out or misplaced, as on real pages. */
const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.record({
    tag: name,
    attrs: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 5 }),
    close: fc.constantFrom('proper', 'proper', 'proper', 'none', 'self', 'wrong'),
  }).map(({ tag, attrs, children, close }) => {
    const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}${close === 'self' ? '/' : ''}>`;
    const end = close === 'proper' ? `</${tag}>` : close === 'wrong' ? '</div>' : '';
    return `${open}${children.join('')}${end}`;
  }),
}));

/** Pathological shapes: deep nesting past the limits, huge attribute values, raw-text elements left open, thousands of elements. */
const pathological = fc.oneof(
  fc.record({ tags: fc.array(name, { minLength: 1, maxLength: 4 }), depth: fc.integer({ min: 50, max: 7000 }), closed: fc.boolean() }).map(({ tags, depth, closed }) => {
    const opens = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`);
    const closes = closed ? opens.map((o) => o.replace('<', '</')).reverse().join('') : '';
    return `${opens.join('')}Deep text said Trump.${closes}`;
  }),
  fc.record({ attr: fc.constantFrom(...ATTRS), size: fc.integer({ min: 1000, max: 300_000 }), quote: fc.constantFrom('"', "'", '') }).map(({ attr, size, quote }) =>
    `<p ${attr}=${quote}${'x'.repeat(size)}${quote}>Text after a huge attribute.</p>`),
  fc.record({ tag: fc.constantFrom(...RAW_TEXT), body: newsText(30), closed: fc.boolean() }).map(({ tag, body, closed }) =>
    `<p>Before.</p><${tag}>${body}<p>inside?</p>${closed ? `</${tag}>` : ''}<p>After the ${tag}.</p>`),
  fc.record({ unit: fc.constantFrom('<p>x', '<br>', '<span>a</span>', '<li>item', '<td>c', '<!-- c -->', '&amp;', '<img src=x>'), count: fc.integer({ min: 1000, max: 40_000 }) }).map(({ unit, count }) =>
    unit.repeat(count)),
  fc.integer({ min: 100, max: 20_000 }).map((n) => `<!--${'<div>'.repeat(n)}`), // an unclosed comment swallowing the rest
);

/** A page from the tag grammar: sometimes with a document shell and meta tags, sometimes a bare fragment, sometimes pathological. */
export const htmlDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ head: fc.array(fc.oneof(fc.tuple(attribute, attribute).map(([a, b]) => `<meta ${a} ${b}>`), text.map((t) => `<title>${t}</title>`)), { maxLength: 4 }), body: fc.array(node, { maxLength: 8 }), shell: fc.boolean() })
    .map(({ head, body, shell }) => (shell ? `<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>` : `${head.join('')}${body.join('')}`)) },
  { weight: 1, arbitrary: pathological },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...ODD_MARKUP, ...ENTITIES), text), { maxLength: 40 }).map((parts) => `<p>${parts.join('')}`) },
);
