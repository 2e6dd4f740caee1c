import fc from 'fast-check';
import { htmlDocument } from './html-doc.js';
import { dateLike } from './records.js';
import { NEWS_PIECES, oddChar } from './weird-text.js';

/** A generated feed and what a reader must make of it when it is well-formed. */
export interface FeedDoc {
  xml: string;
  /** True when every field is escaped, XML-legal text and no mutation was applied: the feed must parse. */
  wellFormed: boolean;
  items: number;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** XML 1.0 forbids most control characters and lone surrogates; well-formed feeds keep to legal ones. */
const xmlLegal = (s: string): boolean => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const safeText = fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 12 }).map((p) => p.join(' '));
/** A field's content: escaped text (well-formed) or raw, unescaped, CDATA-wrapped, nested markup or odd characters. */
const field: fc.Arbitrary<{ xml: string; ok: boolean }> = fc.oneof(
  { weight: 6, arbitrary: safeText.map((t) => ({ xml: escapeXml(t), ok: true })) },
  { weight: 2, arbitrary: htmlDocument.map((h) => ({ xml: `<![CDATA[${h.replaceAll(']]>', ']]&gt;')}]]>`, ok: xmlLegal(h) })) },
  { weight: 2, arbitrary: htmlDocument.map((h) => ({ xml: escapeXml(h), ok: xmlLegal(h) })) },
  { weight: 1, arbitrary: htmlDocument.map((h) => ({ xml: h, ok: false })) },
  { weight: 1, arbitrary: fc.array(oddChar, { maxLength: 6 }).map((cs) => ({ xml: cs.join(''), ok: false })) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&nbsp;', '&#0;', '&#x1F600;', '&undefined;', '<b>bold</b>', '<![CDATA[', ']]>', '<x:y/>', '<!-- c -->').map((xml) => ({ xml, ok: false })) },
);
const date = fc.oneof({ weight: 3, arbitrary: dateLike.filter(xmlLegal).map((d) => ({ xml: escapeXml(d), ok: true })) }, { weight: 1, arbitrary: field });

const element = (name: string, value: { xml: string; ok: boolean } | null, attrs = ''): { xml: string; ok: boolean } =>
  value === null ? { xml: '', ok: true } : { xml: `<${name}${attrs}>${value.xml}</${name}>`, ok: value.ok };
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 3 });

const rssItem = fc.record({ title: optional(field), link: optional(field), pubDate: optional(date), creator: optional(field), description: optional(field), encoded: optional(field), author: optional(field) })
  .map((f) => [element('title', f.title), element('link', f.link), element('pubDate', f.pubDate), element('dc:creator', f.creator), element('description', f.description), element('content:encoded', f.encoded), element('author', f.author)])
  .map((parts) => ({ xml: `<item>${parts.map((p) => p.xml).join('')}</item>`, ok: parts.every((p) => p.ok) }));

const atomEntry = fc.record({ title: optional(field), href: optional(field), published: optional(date), updated: optional(date), name: optional(field), summary: optional(field), content: optional(field), type: fc.constantFrom('html', 'text', 'xhtml', '') })
  .map((f) => [element('title', f.title), f.href === null ? { xml: '', ok: true } : { xml: `<link href="${f.href.xml.replace(/"/g, '&quot;')}"/>`, ok: f.href.ok && !f.href.xml.includes('<') }, element('published', f.published), element('updated', f.updated),
    element('author', f.name === null ? null : element('name', f.name)), element('summary', f.summary), element('content', f.content, f.type === '' ? '' : ` type="${f.type}"`)])
  .map((parts) => ({ xml: `<entry><id>urn:x</id>${parts.map((p) => p.xml).join('')}</entry>`, ok: parts.every((p) => p.ok) }));

/** Cuts, splices or garbles a feed so the parser meets near-valid broken XML. */
const mutation = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.nat().map((at) => (xml: string) => xml.slice(0, at % (xml.length + 1))) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom('<', '>', '&', '</item>', '<item>', '</channel>', '<entry>', '"', '\u0000', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', '<!ENTITY', ']]>', '<?xml?>')).map(([at, junk]) => (xml: string) => {
    const cut = at % (xml.length + 1);
    return xml.slice(0, cut) + junk + xml.slice(cut);
  }) },
);

const PROLOGS = ['<?xml version="1.0" encoding="UTF-8"?>\n', '', '<?xml version="1.1"?>', '\ufeff<?xml version="1.0"?>', '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'];

function build(prolog: string, open: string, items: { xml: string; ok: boolean }[], close: string, mutate: ((xml: string) => string) | null): FeedDoc {
  const xml = `${prolog}${open}${items.map((i) => i.xml).join('\n')}${close}`;
  return { xml: mutate === null ? xml : mutate(xml), wellFormed: mutate === null && prolog.startsWith('<?xml version="1.0"') && items.every((i) => i.ok), items: items.length };
}

/** RSS 2.0 feeds with items whose fields are valid, mutated or garbled. */
export const rssFeed: fc.Arbitrary<FeedDoc> = fc.record({ prolog: fc.constantFrom(...PROLOGS), title: field, items: fc.array(rssItem, { maxLength: 5 }), mutate: mutation })
  .map(({ prolog, title, items, mutate }) => build(prolog,
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title.xml}</title><link>https://wire.example</link><description>News</description>\n`,
    items.map((i) => ({ xml: i.xml, ok: i.ok && title.ok })), '</channel></rss>', mutate));

/** Atom feeds with entries whose fields are valid, mutated or garbled. */
export const atomFeed: fc.Arbitrary<FeedDoc> = fc.record({ prolog: fc.constantFrom(...PROLOGS), title: field, items: fc.array(atomEntry, { maxLength: 5 }), mutate: mutation })
  .map(({ prolog, title, items, mutate }) => build(prolog,
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>${title.xml}</title><id>urn:feed</id><updated>2025-03-01T00:00:00Z</updated>\n`,
    items.map((i) => ({ xml: i.xml, ok: i.ok && title.ok })), '</feed>', mutate));
