import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  const cases: [string, string][] = [
    ['postgres://parley:s3cret@db.example.org:5432/parley', 'postgres://parley:***@db.example.org:5432/parley'],
    ['postgres://parley@localhost/parley', 'postgres://parley@localhost/parley'],
    ['postgres://localhost/parley?password=s3cret&sslmode=require', 'postgres://localhost/parley?password=***&sslmode=require'],
    ['host=localhost password=s3cret dbname=parley', 'host=localhost password=*** dbname=parley'],
  ];
  for (const [input, expected] of cases) {
    it(`hides the password in ${expected}`, () => assert.equal(redactUrl(input), expected));
  }
});
