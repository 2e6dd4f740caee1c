const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content the parser reads as raw text up to their closing tag. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const P_ONLY = new Set(['p']);
const CLOSES_P = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']);
/** The commonest of htmlparser2's implied closes: an opening tag closing open siblings. */
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['li', new Set(['li'])], ['dt', new Set(['dt', 'dd'])], ['dd', new Set(['dt', 'dd'])], ['option', new Set(['option'])],
  ['tr', new Set(['tr', 'td', 'th'])], ['td', new Set(['td', 'th'])], ['th', new Set(['th'])],
]);
const TOKEN = /<!--|<[!?]|<(\/?)([a-zA-Z][^\s/>]*)/g;

export interface HtmlShape {
  /** Deepest nesting of the parser's open-element stack. */
  depth: number;
  /** Elements opened. */
  elements: number;
}

/**
 * How deep and how big the element tree of HTML gets, following the parser's open-element
 * stack (htmlparser2, under linkedom), stopping once either passes its limit. The parser's
 * stack costs time in proportion to its depth for every tag, so very deep markup would take
 * minutes: this linear scan lets ingest refuse it before parsing.
 */
export function measureHtml(html: string, limits: HtmlShape): HtmlShape {
  let elements = 0;
  const stack: string[] = [];
  const open = new Map<string, number>();
  const pop = (): void => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  let max = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match !== null; match = TOKEN.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', TOKEN.lastIndex);
      if (end === -1) break;
      TOKEN.lastIndex = end + 3;
      continue;
    }
    if (match[2] === undefined) continue; // <!doctype …> or <?…?>
    const name = match[2].toLowerCase();
    if (match[1] === '/') {
      if ((open.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    const closes = CLOSES_P.has(name) ? P_ONLY : IMPLIED_CLOSE.get(name);
    while (closes !== undefined && stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    const rawTextEnd = RAW_TEXT_END.get(name);
    if (rawTextEnd !== undefined) {
      rawTextEnd.lastIndex = TOKEN.lastIndex;
      if (rawTextEnd.exec(html) === null) break;
      TOKEN.lastIndex = rawTextEnd.lastIndex;
      continue;
    }
    elements += 1;
    if (elements > limits.elements) break;
    if (VOID.has(name)) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > max) {
      max = stack.length;
      if (max > limits.depth) break;
    }
  }
  return { depth: max, elements };
}
