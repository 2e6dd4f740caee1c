import type { GivenMetadata } from '../../model/page.js';
import type { DomDocument } from './dom.js';
import { toIsoDay } from './normalise-date.js';

const META_KEYS = {
  outlet: ['og:site_name', 'application-name'],
  url: ['og:url'],
  title: ['og:title', 'twitter:title'],
  published: ['article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'],
  author: ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'],
} as const;

/** Metadata a page states in its meta tags, canonical link and title element. */
export function readHtmlMetadata(document: DomDocument): GivenMetadata {
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = cleanValue(element.getAttribute('content'));
    if (key !== '' && content !== null && !meta.has(key)) meta.set(key, content);
  }
  const first = (keys: readonly string[], accept: (value: string) => boolean = () => true): string | null =>
    keys.map((k) => meta.get(k)).find((v) => v !== undefined && accept(v)) ?? null;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const titleElement = document.head.querySelector('title');
  const outlet = first(META_KEYS.outlet);
  return {
    url: absoluteHttpUrl(first(META_KEYS.url)) ?? absoluteHttpUrl(canonical),
    outlet,
    title: stripSiteName(first(META_KEYS.title) ?? cleanValue(titleElement?.textContent ?? null), outlet),
    published: toIsoDay(first(META_KEYS.published)),
    // article:author is often a profile URL rather than a name.
    author: first(META_KEYS.author, (value) => !/^https?:/i.test(value)),
  };
}

/** "Talks stall | Example Times" → "Talks stall" when the tail is the site's own name. */
export function stripSiteName(title: string | null, site: string | null): string | null {
  if (title === null || site === null) return title;
  const match = /^(.{8,}?)\s+[|–—·:-]\s+(.+)$/u.exec(title);
  return match && match[2]!.toLowerCase() === site.toLowerCase() ? match[1]!.trim() : title;
}

/** Collapses whitespace; empty becomes null. */
export function cleanValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

function absoluteHttpUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
