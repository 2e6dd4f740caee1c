import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonErrorPosition } from './json-error-position.js';

const cases: [text: string, expected: { line: number; column: number; found: string } | null][] = [
  ['{"a": 1}', null],
  ['[1, -2.5e3, "x\\u00e9", true, false, null, {"b": []}]', null],
  ['{"a":}', { line: 1, column: 6, found: '"}"' }],
  ['[\n{"a": 1},\n{"b": 2,}\n]', { line: 3, column: 9, found: '"}"' }],
  ['{"a": 1', { line: 1, column: 8, found: 'end of input' }],
  ['', { line: 1, column: 1, found: 'end of input' }],
  ['[1 2]', { line: 1, column: 4, found: '"2"' }],
  ['{"a": "line\nbreak"}', { line: 1, column: 12, found: '"\\n"' }],
  ['{"a": 01}', { line: 1, column: 8, found: '"1"' }],
  ['[1] x', { line: 1, column: 5, found: '"x"' }],
  ["{'a': 1}", { line: 1, column: 2, found: '"\'"' }],
];

for (const [text, expected] of cases) {
  test(`jsonErrorPosition(${JSON.stringify(text)})`, () => {
    const at = jsonErrorPosition(text);
    assert.deepEqual(at === null ? null : { line: at.line, column: at.column, found: at.found }, expected);
  });
}

test('jsonErrorPosition finds an error exactly when JSON.parse throws', () => {
  const parses = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const mutated = fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([json, at, insert]) => {
    const i = at % (json.length + 1);
    return json.slice(0, i) + insert + json.slice(i + 1);
  });
  fc.assert(fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => (jsonErrorPosition(text) === null) === parses(text)), { numRuns: 300 });
});

test('jsonErrorPosition handles very deep nesting without recursion', () => {
  assert.equal(jsonErrorPosition('['.repeat(200_000) + ']'.repeat(200_000)), null);
  assert.equal(jsonErrorPosition('['.repeat(200_000))?.found, 'end of input');
});
