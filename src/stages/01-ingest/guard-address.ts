import { lookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type ResolvedHost =
  | { ok: true; addresses: LookupAddress[] }
  | { ok: false; code: 'E_PRIVATE_ADDRESS' | 'E_FETCH'; reason: string };

/**
 * The special range an address is in (`loopback`, `private`, `linkLocal`, `uniqueLocal`, …),
 * or null for an ordinary public unicast address. IPv4-mapped IPv6 counts as its IPv4 address.
 */
export function nonPublicRange(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'invalid';
  }
  const range = parsed.range();
  // Only plain unicast is public; every named range (6to4, teredo, NAT64, …) is refused too.
  return range === 'unicast' ? null : range;
}

/**
 * Resolves a host name to all its addresses and refuses it when any address is not public
 * (unless `allowPrivate`), so a name cannot slip a private address in beside a public one.
 */
export async function resolvePublicHost(hostname: string, allowPrivate: boolean): Promise<ResolvedHost> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  if (isIP(host) !== 0) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await lookupAll(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      return { ok: false, code: 'E_FETCH', reason: `DNS lookup of ${host} failed (${code})` };
    }
    if (addresses.length === 0) return { ok: false, code: 'E_FETCH', reason: `DNS lookup of ${host} found no address` };
  }
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const range = nonPublicRange(address);
      if (range !== null) {
        const via = address === host ? '' : ` (${host} resolves to it)`;
        return { ok: false, code: 'E_PRIVATE_ADDRESS', reason: `refused: ${address} is a ${range} address${via}` };
      }
    }
  }
  return { ok: true, addresses };
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}
