import { parseHTML } from 'linkedom';

// The few DOM members ingest uses; the project compiles without the DOM lib, so linkedom's
// own types resolve to `any`. These keep the code checked.
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, reference: DomNode | null): DomNode;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses any HTML, a whole page or a fragment, into a document with one head and one body.
 * linkedom builds the tree as the markup is written (no implied html/head/body; text before
 * the first tag breaks it), so the markup is parsed inside a body of our own, then nodes it
 * closed its way out of are put back and its own html/head/body elements are unwrapped.
 * linkedom never runs scripts or event handlers.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument };
  const root = document.documentElement;
  const head = document.head;
  const body = document.body;
  // Markup after its own </body> or </html> lands beside our body or after our html.
  moveFollowingSiblings(body, body);
  moveFollowingSiblings(root, body);
  for (const wrapper of Array.from(body.querySelectorAll('html, head, body'))) unwrap(wrapper);
  removeNonContentNodes(body);
  // Readability and document.title read the title from the head.
  const title = body.querySelector('title');
  if (title !== null && head.querySelector('title') === null) head.appendChild(title);
  return document;
}

/** Comment, CDATA, processing-instruction and doctype nodes: never page text. */
const NON_CONTENT_NODES = new Set([4, 7, 8, 10]);

/**
 * Drops the nodes that never hold page text. They can also break the tree's round trip:
 * htmlparser2 reads `<![CDATA[` on to `]]>`, so a comment may hold "-->", and Readability,
 * which re-parses page.innerHTML when it retries, looped forever on one (found by fuzzing).
 */
function removeNonContentNodes(root: DomNode): void {
  const doomed: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    for (let child = stack.pop()!.firstChild; child !== null; child = child.nextSibling) {
      if (NON_CONTENT_NODES.has(child.nodeType)) doomed.push(child);
      else if (child.firstChild !== null) stack.push(child);
    }
  }
  for (const node of doomed) (node as DomNode & { remove(): void }).remove();
}

function moveFollowingSiblings(node: DomNode, into: DomNode): void {
  for (let next = node.nextSibling; next !== null; next = node.nextSibling) into.appendChild(next);
}

/** Replaces an element by its children, one at a time (spreading them overflows the stack on big pages). */
function unwrap(element: DomElement): void {
  const parent = element.parentNode;
  if (parent === null) return;
  for (let child = element.firstChild; child !== null; child = element.firstChild) parent.insertBefore(child, element);
  element.remove();
}
