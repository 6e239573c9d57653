/**
 * The site's public address, when the build has one. SITE may be unset or point at this machine
 * (a local build): then what is meant to be read elsewhere (the PDF, embed snippets, citations)
 * links by paths from the site's root instead, which work on the site itself, and never names a
 * loopback address.
 */
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export function publicSite(site: URL | string | undefined): URL | undefined {
  if (!site) return undefined;
  const url = new URL(site);
  return LOOPBACK.test(url.hostname) ? undefined : url;
}
