import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nonPublicRange, resolvePublicHost } from './guard-address.js';

const ranges: [address: string, range: string | null][] = [
  ['93.184.216.34', null],
  ['2606:4700:4700::1111', null],
  ['127.0.0.1', 'loopback'],
  ['127.8.9.10', 'loopback'],
  ['::1', 'loopback'],
  ['10.1.2.3', 'private'],
  ['172.16.0.1', 'private'],
  ['192.168.1.1', 'private'],
  ['169.254.169.254', 'linkLocal'],
  ['fe80::1', 'linkLocal'],
  ['fd12:3456::1', 'uniqueLocal'],
  ['fc00::1', 'uniqueLocal'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['0.0.0.0', 'unspecified'],
  ['::', 'unspecified'],
  ['100.64.0.1', 'carrierGradeNat'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['64:ff9b::a00:1', 'rfc6052'],
  ['2002:7f00:1::', '6to4'],
  ['[::1]', 'loopback'],
  ['fe80::1%eth0', 'linkLocal'],
  ['not an address', 'invalid'],
];

for (const [address, range] of ranges) {
  test(`nonPublicRange(${address}) → ${range}`, () => {
    assert.equal(nonPublicRange(address), range);
  });
}

test('resolvePublicHost: refuses literal and resolved private addresses unless allowed', async () => {
  assert.deepEqual(await resolvePublicHost('127.0.0.1', false), { ok: false, code: 'E_PRIVATE_ADDRESS', reason: 'refused: 127.0.0.1 is a loopback address' });
  const viaName = await resolvePublicHost('localhost', false);
  assert.equal(viaName.ok, false);
  if (!viaName.ok) assert.match(viaName.reason, /is a loopback address \(localhost resolves to it\)/);
  const allowed = await resolvePublicHost('[::1]', true);
  assert.deepEqual(allowed, { ok: true, addresses: [{ address: '::1', family: 6 }] });
});

test('resolvePublicHost: a name that does not resolve is a DNS failure', async () => {
  const result = await resolvePublicHost('no-such-host.invalid', false);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.code, 'E_FETCH');
    assert.match(result.reason, /^DNS lookup of no-such-host\.invalid failed/);
  }
});
