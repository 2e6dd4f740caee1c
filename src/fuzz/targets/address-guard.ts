import { BlockList, isIP } from 'node:net';
import fc from 'fast-check';
import { fetchUrl } from '../../stages/01-ingest/fetch-url.js';
import { nonPublicRange, resolvePublicHost } from '../../stages/01-ingest/guard-address.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

/** IPv4 addresses biased to the edges of the special ranges. */
const ipv4 = fc.oneof(
  fc.tuple(fc.constantFrom(0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 239, 240, 255), fc.nat(255), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)),
);
const dotted = ipv4.map((p) => p.join('.'));
/** The same address in the forms WHATWG URL parsing accepts for a host: hex, octal, integer, short. */
const v4Host = ipv4.chain((p) => {
  const n = ((p[0] << 24) >>> 0) + (p[1] << 16) + (p[2] << 8) + p[3];
  return fc.constantFrom(p.join('.'), `0x${p[0].toString(16)}.${p[1]}.${p[2]}.${p[3]}`, `0${p[0].toString(8)}.${p[1]}.${p[2]}.${p[3]}`, String(n), `0x${n.toString(16)}`, `${p[0]}.${(p[1] << 16) + (p[2] << 8) + p[3]}`, `${p[0]}.${p[1]}.${(p[2] << 8) + p[3]}`, p.join('.') + '.');
});
const hex16 = fc.nat(0xffff).map((n) => n.toString(16));
const ipv6 = fc.oneof(
  fc.array(hex16, { minLength: 8, maxLength: 8 }).map((g) => g.join(':')),
  fc.tuple(fc.constantFrom('::', '::1', 'fe80::', 'fc00::', 'fd12::', '::ffff:', '::ffff:0:', '64:ff9b::', '2002:', '2001:db8::', 'ff02::', '::'), fc.oneof(hex16, dotted, fc.constant(''))).map(([a, b]) => a + b),
  dotted.map((v4) => `::ffff:${v4}`),
  ipv4.map((p) => `::ffff:${((p[0] << 8) + p[1]).toString(16)}:${((p[2] << 8) + p[3]).toString(16)}`),
);
const addressLike = fc.oneof(dotted, ipv6, ipv6.map((a) => `[${a}]`), fc.tuple(ipv6, fc.constantFrom('%eth0', '%', '%25lo', '%🙂')).map(([a, z]) => a + z),
  fc.string({ unit: fc.constantFrom('0', '1', '7', 'f', ':', '.', 'x', '[', ']', '%', ' '), maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer({ min: 100, max: 100_000 }).map((n) => '1.'.repeat(n) + '1'), fc.integer({ min: 100, max: 100_000 }).map((n) => ':'.repeat(n)));
const urlLike = fc.oneof(
  fc.tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'http:/', 'http:\\\\', 'ftp://', 'file://', 'javascript:', '//', ''), fc.constantFrom('', 'user:pw@', '@', 'a@b@'),
    fc.oneof(v4Host, ipv6.map((a) => `[${a}]`), fc.constantFrom('localhost', 'example.org', '%31%32%37.0.0.1', '127.1', '０x7f.1', '[::1', 'ex ample.org'), fc.string({ maxLength: 20 })),
    fc.constantFrom('', ':80', ':0', ':65536', ':-1', ':8080'), fc.constantFrom('', '/', '/a?b#c', '/%00', '/..')).map((parts) => parts.join('')),
  fc.webUrl(),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

/**
 * Ranges that must never count as public, as an oracle apart from ipaddr.js: node's BlockList,
 * which also matches IPv4-mapped IPv6 (`::ffff:7f00:1`) against the IPv4 ranges.
 */
const mustRefuse = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10], ['224.0.0.0', 3]] as const) mustRefuse.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 127], ['fe80::', 10], ['fc00::', 7], ['ff00::', 8]] as const) mustRefuse.addSubnet(net, bits, 'ipv6');

/** Whether a canonical IP literal lies in a range the guard must refuse. */
function refused(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && mustRefuse.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The URL and address guard: nonPublicRange on arbitrary address-like strings; and for
 * URL-like strings, what fetchUrl does before any network use: refuse bad URLs, other
 * schemes, and hosts that are non-public IP literals (checked without DNS or connecting).
 */
export const addressGuardTarget = defineFuzzTarget({
  name: 'address-guard',
  entry: 'nonPublicRange, resolvePublicHost, fetchUrl',
  arbitrary: fc.oneof(addressLike.map((value) => ({ kind: 'address' as const, value })), urlLike.map((value) => ({ kind: 'url' as const, value }))),
  check: async ({ kind, value }) => {
    if (kind === 'address') {
      const range = nonPublicRange(value);
      invariant(range === null || (typeof range === 'string' && range !== ''), 'nonPublicRange gives null or a range name');
      const bare = value.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
      if (refused(bare)) invariant(range !== null, () => `${value} is not public but nonPublicRange let it through`);
      return;
    }
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    const settings = { maxBytes: 1024, fetchTimeoutMs: 2000, allowPrivateAddresses: false, userAgent: 'fuzz' };
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      const fetched = await fetchUrl(value, settings);
      invariant(!fetched.ok && (fetched.issue.code === 'E_BAD_URL' || fetched.issue.code === 'E_SCHEME'), () => `fetchUrl(${JSON.stringify(value)}) should refuse without fetching, gave ${fetched.ok ? 'a page' : fetched.issue.code}`);
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) === 0) return; // a name: checking it needs DNS, which a fuzz run must not use
    const range = nonPublicRange(host);
    const resolved = await resolvePublicHost(url.hostname, false);
    invariant(resolved.ok === (range === null), () => `resolvePublicHost and nonPublicRange disagree on ${url.hostname}`);
    if (refused(host)) invariant(range !== null, () => `${value} reaches the non-public ${host}`);
    if (range !== null) {
      // Refused before connecting: no request leaves the machine.
      const fetched = await fetchUrl(value, settings);
      invariant(!fetched.ok && fetched.issue.code === 'E_PRIVATE_ADDRESS', () => `fetchUrl(${JSON.stringify(value)}) did not refuse the ${range} host ${host}`);
    }
  },
});
