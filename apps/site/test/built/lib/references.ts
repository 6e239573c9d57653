import { attr, type Document, describe, elements, rawText, textOf } from './html.ts';

/** A link readers follow, or a resource the browser fetches by itself. */
export type ReferenceKind = 'link' | 'resource';

export interface Reference {
  kind: ReferenceKind;
  /** The URL as written. */
  url: string;
  /** Where it is written, for messages. */
  where: string;
}

/** Attributes whose URL the browser fetches without a click. */
const RESOURCE_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href'],
  use: ['href'],
  feimage: ['href'],
};

const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};

/** `<link rel>` values that make the browser fetch the URL. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
]);

/** Meta tags whose content is a URL on this site (permalinks and preview images). */
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'twitter:image']);

const CSS_URL = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/g;

/** URLs in CSS text (`url()` and `@import`). */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => (m[2] ?? m[4] ?? '').trim()).filter(Boolean);
}

function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every URL a page links to or loads, and every fragment target (`id`, `<a name>`) it defines. */
export function scanPage(document: Document): { references: Reference[]; ids: Set<string> } {
  const references: Reference[] = [];
  const ids = new Set<string>();
  const add = (kind: ReferenceKind, url: string, where: string) => {
    references.push({ kind, url: url.trim(), where });
  };
  for (const element of elements(document)) {
    const tag = element.tagName.toLowerCase();
    const id = attr(element, 'id');
    if (id !== undefined) ids.add(id);
    if (tag === 'a' && attr(element, 'name') !== undefined)
      ids.add(attr(element, 'name') as string);

    for (const name of LINK_ATTRIBUTES[tag] ?? []) {
      const value = attr(element, name);
      if (value !== undefined)
        add('link', value, `${describe(element, name)} "${textOf(element)}"`);
    }
    for (const name of RESOURCE_ATTRIBUTES[tag] ?? []) {
      const value = attr(element, name);
      if (value === undefined) continue;
      const urls = name === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) add('resource', url, describe(element, name));
    }
    if (tag === 'link') {
      const href = attr(element, 'href');
      const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (href !== undefined) {
        const kind = rels.some((rel) => FETCHING_RELS.has(rel)) ? 'resource' : 'link';
        add(kind, href, describe(element, 'href'));
      }
      const imagesrcset = attr(element, 'imagesrcset');
      if (imagesrcset) {
        for (const url of srcsetUrls(imagesrcset)) {
          add('resource', url, describe(element, 'imagesrcset'));
        }
      }
    }
    if (tag === 'meta') {
      const key = attr(element, 'property') ?? attr(element, 'name') ?? '';
      const content = attr(element, 'content');
      if (URL_METAS.has(key) && content) add('link', content, describe(element, 'content'));
      if (attr(element, 'http-equiv')?.toLowerCase() === 'refresh' && content) {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        if (target) add('link', target, describe(element, 'content'));
      }
    }
    const style = attr(element, 'style');
    if (style) {
      for (const url of cssUrls(style)) add('resource', url, describe(element, 'style'));
    }
    if (tag === 'style') {
      for (const url of cssUrls(rawText(element))) add('resource', url, describe(element));
    }
  }
  return { references, ids };
}

/** URLs in a sitemap or an Atom/RSS feed: `<loc>`, `<link>`, `<link href>`, `<icon>`, `<logo>`. */
export function xmlUrls(xml: string): string[] {
  const urls: string[] = [];
  for (const m of xml.matchAll(/<(loc|icon|logo|link)>\s*([^<\s]+)\s*<\/\1>/g))
    urls.push(m[2] as string);
  for (const m of xml.matchAll(/<(?:atom:)?link\b[^>]*\bhref\s*=\s*(["'])([^"']+)\1/g)) {
    urls.push(m[2] as string);
  }
  return urls.map((url) => url.replace(/&amp;/g, '&'));
}
