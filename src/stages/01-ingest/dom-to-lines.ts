import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements whose content is never page text: code, embedded documents, form controls, head matter. */
export const NEVER_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET',
  'CANVAS', 'SVG', 'MATH', 'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT', 'DATALIST', 'HEAD', 'TITLE', 'META',
  'LINK', 'BASE', 'AUDIO', 'VIDEO', 'SOURCE', 'TRACK', 'MAP', 'PARAM', 'XMP', 'PLAINTEXT',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'LEGEND', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'OPTION',
]);

const CELL_TAGS = new Set(['TD', 'TH']);
const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

/**
 * The text of an element as lines: each block (paragraph, heading, list item, table row…)
 * and each `<br>` ends a line; whitespace inside a line collapses as a browser shows it;
 * `<pre>` keeps its line breaks; hidden elements and NEVER_TEXT_TAGS are left out.
 * Iterative, so any nesting depth is fine.
 */
export function domToLines(root: DomNode): string[] {
  const lines: string[] = [];
  let line = '';
  let preDepth = 0;
  const flush = (): void => {
    const trimmed = line.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
    if (/\S/.test(trimmed)) lines.push(trimmed);
    line = '';
  };
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (preDepth === 0) {
        line += text.replace(HTML_WHITESPACE, ' ');
      } else {
        const parts = text.replace(/\r\n?/g, '\n').split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flush();
          line += part;
        });
      }
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const element = node as DomElement;
    const tag = element.nodeName.toUpperCase();
    if (NEVER_TEXT_TAGS.has(tag) || isHidden(element)) return false;
    if (tag === 'BR') flush();
    else if (BLOCK_TAGS.has(tag)) flush();
    else if (CELL_TAGS.has(tag) && line !== '') line += ' ';
    if (tag === 'PRE') preDepth += 1;
    return true;
  };
  const leave = (node: DomNode): void => {
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) flush();
    if (tag === 'PRE') preDepth -= 1;
  };
  walk(root, enter, leave);
  flush();
  return lines;
}

/** Depth-first walk without recursion; `leave` runs for every node whose `enter` returned true. */
function walk(root: DomNode, enter: (node: DomNode) => boolean, leave: (node: DomNode) => void): void {
  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    const entered = enter(node);
    if (entered && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node);
    let current: DomNode = node;
    node = null;
    for (;;) {
      if (current.nextSibling !== null) {
        node = current.nextSibling;
        break;
      }
      const parent: DomNode | null = current.parentNode;
      if (parent === null || parent === root) break;
      leave(parent);
      current = parent;
    }
  }
}

/** Hidden the way Readability judges it: the hidden attribute, aria-hidden, or an inline style. */
export function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
