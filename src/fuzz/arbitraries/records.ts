import fc from 'fast-check';
import { htmlDocument } from './html-doc.js';
import { anyText, newsText } from './weird-text.js';

/** Date-like values as records and feeds state them, well-formed and not. */
export const dateLike: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('1700-01-01'), max: new Date('2300-01-01'), noInvalidDate: true }).chain((d) => fc.constantFrom(d.toISOString(), d.toUTCString(), d.toString(), d.toDateString(), d.toISOString().slice(0, 10), d.toISOString().replace('Z', '+14:00'), d.toUTCString().replace('GMT', '-0500'))),
  fc.constantFrom('2025-02-30', '2025-13-01', '2025-00-10', '0000-01-01', '9999-12-31T23:59:59-23:59', '31 Feb 2025', 'Fri, 99 Feb 2025 25:61:00 GMT', 'Mon, 3 Mär 2025', 'yesterday', 'Feb. 28, 2025', '1740787200', '', ' ', 'Z', '+05:00'),
  newsText(6),
  fc.string({ unit: 'binary', maxLength: 70 }),
);

/** A value of any JSON shape, for fields that usually hold a string. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.integer(), fc.array(fc.record({ name: fc.oneof(newsText(4), fc.integer()) }), { maxLength: 3 }));
const textValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 5, arbitrary: anyText }, { weight: 3, arbitrary: htmlDocument }, { weight: 1, arbitrary: oddValue });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: oddValue });

/** A near-valid news record: some text field (possibly HTML, possibly not a string) and metadata fields of any shape. */
export const newsRecord: fc.Arbitrary<Record<string, unknown>> = fc.record({
  text: textValue, html: textValue, content: textValue, content_original: textValue, body: textValue,
  url: maybe(fc.webUrl()), link: maybe(fc.string()), outlet: maybe(newsText(3)), source: maybe(newsText(3)), site: oddValue,
  title: maybe(newsText(8)), headline: maybe(newsText(8)), published: maybe(dateLike), date: maybe(dateLike), pubDate: maybe(dateLike),
  author: maybe(newsText(3)), authors: fc.array(fc.oneof(newsText(3), fc.record({ name: newsText(3) })), { maxLength: 3 }), byline: oddValue,
  ['__proto__']: oddValue, constructor: oddValue,
}, { requiredKeys: [] });

/** Deeply nested JSON (arrays and objects), past any recursion limit. */
export const deepJson: fc.Arbitrary<string> = fc.record({ depth: fc.integer({ min: 100, max: 200_000 }), kind: fc.constantFrom('array', 'object', 'author', 'text'), closed: fc.boolean() })
  .map(({ depth, kind, closed }) => {
    const open = kind === 'array' ? '[' : kind === 'object' ? '{"a":' : '[';
    const close = kind === 'array' ? ']' : kind === 'object' ? '}' : ']';
    const inner = `${open.repeat(depth)}"x"${closed ? close.repeat(depth) : ''}`;
    if (kind === 'author') return `{"text":"Talks go on.","author":${inner}}`;
    if (kind === 'text') return `[{"text":"Talks go on.","title":${inner}}]`;
    return inner;
  });

/** Cuts or splices a JSON text so that parsers meet near-valid syntax errors. */
export function mutateJson(json: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: json },
    { weight: 1, arbitrary: fc.tuple(json, fc.nat()).map(([s, at]) => s.slice(0, at % (s.length + 1))) },
    { weight: 1, arbitrary: fc.tuple(json, fc.nat(), fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '\n', 'NaN', '//', '\\u12', '\ud800', ' ')).map(([s, at, junk]) => {
      const cut = at % (s.length + 1);
      return s.slice(0, cut) + junk + s.slice(cut);
    }) },
  );
}
