import siteConfig from '../../../astro.config.mjs';
import { publicSite } from '../../../src/lib/public-site.ts';

/**
 * Where root-relative URLs are resolved in a build without SITE: a host that cannot exist
 * (`.invalid` is reserved by RFC 2606), so no link of the build can be mistaken for it.
 */
const NO_SITE_ORIGIN = 'https://site-not-set.invalid';

/** SITE's origin and BASE as the site's own config resolves them in this environment. */
export function deployedAt(): { origin: string; base: string } {
  const base = siteConfig.base ?? '/';
  return {
    origin: siteConfig.site ? new URL(siteConfig.site).origin : NO_SITE_ORIGIN,
    base: base.endsWith('/') ? base : `${base}/`,
  };
}

/** Whether the build has a public URL (SITE): only then does it write absolute-only URLs. */
export function hasPublicUrl(): boolean {
  return publicSite(siteConfig.site) !== undefined;
}
