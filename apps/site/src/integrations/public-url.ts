/**
 * The site's public URL comes from one place: the SITE environment variable at build time (with
 * BASE for a sub-path). Without it the build still works for reading locally, but writes no
 * absolute URL: no canonical link, og:url, og:image, sitemap or citation URL, and says so once.
 */
import type { AstroIntegration } from 'astro';

/** SITE as Astro's `site`: an absolute http(s) URL, or undefined when it is not set. */
export function siteFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE must be the site's public URL, like https://example.org; got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE must be an http or https URL; got "${value}"`);
  }
  return url.href;
}

export const MISSING_SITE_WARNING =
  'SITE is not set, so this build has no public URL: canonical links, og:url, Open Graph images, the sitemap and citation URLs are left out. Set SITE=https://<host> (and BASE=/<path>/ under a sub-path) to build the site for publishing.';

export function warnWithoutSite(site: string | undefined): AstroIntegration {
  return {
    name: 'ua-drones:public-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (site === undefined) logger.warn(MISSING_SITE_WARNING);
      },
    },
  };
}
