import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHtml } from './html.ts';
import { cssUrls, type Reference, scanPage, xmlUrls } from './references.ts';
import { listFiles, urlPathOf } from './site-dist.ts';

/** A built site as deployed: its folder, the origin it is published at and its base path. */
export interface Deployment {
  dir: string;
  /** e.g. `https://example.org` (SITE's origin). */
  origin: string;
  /** e.g. `/` or `/ua-drones/` (BASE, with a trailing slash). */
  base: string;
}

export interface BrokenLink {
  /** URL path of the file the link is in. */
  page: string;
  where: string;
  url: string;
  problem: string;
}

interface ScannedPage {
  references: Reference[];
  ids: Set<string>;
}

/** Fragments every page has without an id: the top of the page, and text fragments. */
function isBuiltInFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');
}

export interface LinkReport {
  files: number;
  pages: number;
  checked: number;
  fragments: number;
  broken: BrokenLink[];
}

/**
 * Resolves every internal link, resource and fragment of a build against the build itself, the way
 * a static host would serve it under `base`: `/x/` is `x/index.html`, and a fragment must be an id
 * on the target page. External links are not followed (the site must work offline).
 */
export async function checkLinks(deployment: Deployment): Promise<LinkReport> {
  const { dir, origin, base } = deployment;
  const files = await listFiles(dir);
  const fileSet = new Set(files);
  const scanned = new Map<string, ScannedPage>();
  for (const rel of files.filter((f) => f.endsWith('.html') || f.endsWith('.svg'))) {
    scanned.set(rel, scanPage(parseHtml(await readFile(join(dir, rel), 'utf8'))));
  }

  const broken: BrokenLink[] = [];
  let checked = 0;
  let fragments = 0;

  const check = (fromRel: string, url: string, where: string) => {
    const page = urlPathOf(fromRel, base);
    const problem = (text: string) => broken.push({ page, where, url, problem: text });
    if (url === '') return problem('empty URL');
    let target: URL;
    try {
      target = new URL(url, `${origin}${page}`);
    } catch {
      return problem('not a valid URL');
    }
    if (target.origin !== origin) return;
    checked++;
    let pathname: string;
    try {
      pathname = decodeURIComponent(target.pathname);
    } catch {
      return problem('path is not valid percent-encoding');
    }
    if (!pathname.startsWith(base)) return problem(`outside the base path ${base}`);
    const rel = pathname.slice(base.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    if (!fileSet.has(file)) {
      return problem(
        fileSet.has(`${rel}/index.html`)
          ? 'missing trailing slash (the site uses trailingSlash: always)'
          : `no such file in the build (${file})`,
      );
    }
    if (!target.hash) return;
    let fragment: string;
    try {
      fragment = decodeURIComponent(target.hash.slice(1));
    } catch {
      return problem('fragment is not valid percent-encoding');
    }
    if (isBuiltInFragment(fragment)) return;
    fragments++;
    const targetPage = scanned.get(file);
    if (!targetPage) return problem(`fragment on a file that has no ids (${file})`);
    if (!targetPage.ids.has(fragment))
      return problem(`no element with id "${fragment}" on ${file}`);
  };

  for (const [rel, page] of scanned) {
    for (const reference of page.references) check(rel, reference.url, reference.where);
  }
  for (const rel of files.filter((f) => f.endsWith('.css'))) {
    const css = await readFile(join(dir, rel), 'utf8');
    // `url(#id)` in a stylesheet points into whichever document uses it: nothing to resolve here.
    for (const url of cssUrls(css).filter((u) => !u.startsWith('#')))
      check(rel, url, 'url() in CSS');
  }
  for (const rel of files.filter((f) => f.endsWith('.xml'))) {
    for (const url of xmlUrls(await readFile(join(dir, rel), 'utf8')))
      check(rel, url, 'URL in XML');
  }
  return {
    files: files.length,
    pages: files.filter((f) => f.endsWith('.html')).length,
    checked,
    fragments,
    broken,
  };
}
