import siteConfig from '../../../astro.config.mjs';

/** SITE's origin and BASE as the site's own config resolves them in this environment. */
export function deployedAt(): { origin: string; base: string } {
  if (!siteConfig.site)
    throw new Error('astro.config.mjs sets no `site`: links cannot be resolved');
  const base = siteConfig.base ?? '/';
  return {
    origin: new URL(siteConfig.site).origin,
    base: base.endsWith('/') ? base : `${base}/`,
  };
}
