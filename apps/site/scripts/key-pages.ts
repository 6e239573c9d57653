import type { BuiltPage } from '../test/built/lib/site-dist.ts';

/** Named pages for people to review in screenshots; the first page of each kind of permalink. */
const KEY_PATHS = [
  '',
  'data/',
  'timeline/',
  'methodology/',
  'cite/',
  'search/',
  'sources/',
  '404.html',
];
const FIRST_OF = ['data/figures/', 'sources/', 'charts/'];

/** The key pages this build has, with the names of those it lacks. */
export function keyPages(
  pages: readonly BuiltPage[],
  base: string,
): { present: BuiltPage[]; absent: string[] } {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const present: BuiltPage[] = [];
  const absent: string[] = [];
  for (const path of KEY_PATHS.map((p) => `${base}${p}`)) {
    const page = byPath.get(path);
    if (page) present.push(page);
    else absent.push(path);
  }
  for (const prefix of FIRST_OF.map((p) => `${base}${p}`)) {
    const first = pages.find((page) => page.path.startsWith(prefix) && page.path !== prefix);
    if (first) present.push(first);
    else absent.push(`${prefix}<id>/`);
  }
  return { present, absent };
}

/** `/data/figures/x/` -> `data-figures-x`; the home page is `home`. */
export function slug(path: string, base: string): string {
  return (
    path
      .slice(base.length)
      .replace(/\/$/, '')
      .replace(/[^a-z0-9]+/gi, '-') || 'home'
  );
}
