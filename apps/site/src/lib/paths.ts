import { REPORT_PDF } from '../site.ts';
import { publicSite } from './public-site.ts';

/**
 * Every internal link goes through `href`, so the site works under a sub-path (BASE at build time).
 * BASE_URL may or may not end in a slash depending on config; normalize once here.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

export function href(path: string): string {
  if (!path.startsWith('/')) throw new Error(`href: "${path}" must start with "/"`);
  return `${base}${path}`;
}

/**
 * URL for JSON-LD and feed links: absolute when the public URL is known (SITE at build time),
 * root-relative otherwise, which both resolve against the page they are read from.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return publicUrl(path, site) ?? href(path);
}

/**
 * The address of a page on the public site, for what only an absolute URL can express (canonical
 * link, og:url, og:image, a citation); none in a local build (see lib/public-site.ts), so a build
 * without SITE leaves those out.
 */
export function publicUrl(path: string, site: URL | undefined): string | undefined {
  const root = publicSite(site);
  return root && new URL(href(path), root).href;
}

/** A link for use elsewhere (embed snippets): on the public site, else from the site's root. */
export function shareableUrl(path: string, site: URL | undefined): string {
  return publicUrl(path, site) ?? href(path);
}

export const routes = {
  report: () => '/',
  /** The report as a PDF: built only where Chromium is (integrations/pdf-edition.ts). */
  reportPdf: () => `/${REPORT_PDF}`,
  data: () => '/data/',
  topic: (topic: string) => `/data/topics/${topic}/`,
  figure: (id: string) => `/data/figures/${id}/`,
  figureJson: (id: string) => `/data/figures/${id}.json`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  charts: () => '/charts/',
  chart: (name: string) => `/charts/${name}/`,
  chartFile: (name: string, ext: 'svg' | 'png' | 'csv' | 'json') => `/charts/${name}.${ext}`,
  /** A chart's marks without its words (lib/chart-thumb.ts), shown small beside its headline. */
  chartThumb: (name: string) => `/charts/${name}/thumb.svg`,
  /** A chart alone, to embed in another site's page with an <iframe>. */
  embed: (name: string) => `/embed/${name}/`,
  dataRelease: (version: string) => `/data/v/${version}/`,
  download: (version: string, file: string) => `/data/v/${version}/${file}`,
  timeline: () => '/timeline/',
  methodology: () => '/methodology/',
  cite: () => '/cite/',
  search: () => '/search/',
  feed: () => '/releases.xml',
  og: (path: string) => `/og${path === '/' ? '/index' : path.replace(/\/$/, '')}.png`,
  /** A card shared by a kind of page (lib/og-cards.ts); no page lives under /shared/. */
  ogShared: (card: string) => `/og/shared/${card}.png`,
};

/** Where a cited record lives: figures have their own page, the rest sit on their source's page. */
export function recordPath(
  kind: 'figure' | 'event' | 'partnership' | 'quote',
  id: string,
  source: string,
): string {
  return kind === 'figure' ? routes.figure(id) : `${routes.source(source)}#${kind}-${id}`;
}
