import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { BuiltPage } from '../../built/lib/site-dist.ts';

/** A page template of the site (a file under src/pages) and the built pages it rendered. */
export interface Template {
  /** The file under src/pages, e.g. `data/figures/[id].astro`. */
  file: string;
  pages: BuiltPage[];
}

/** `data/figures/[id].astro` -> a pattern for `/data/figures/<id>/` under `base`. */
function routePattern(file: string, base: string): RegExp {
  const route = file
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Astro writes 404.astro as 404.html; every other page as a folder with index.html.
  if (file === '404.astro') return new RegExp(`^${escapedBase}404\\.html$`);
  return new RegExp(`^${escapedBase}${route.map((r) => `${r}/`).join('')}$`);
}

/**
 * The site's page templates, read from src/pages, each with the built pages it rendered. A new
 * template is swept without editing a list; a built page no template explains, or a template that
 * rendered nothing, is an error the caller reports.
 */
export async function pageTemplates(
  pagesDir: string,
  pages: readonly BuiltPage[],
  base: string,
): Promise<{ templates: Template[]; unmatched: BuiltPage[] }> {
  const files = (await readdir(pagesDir, { recursive: true }))
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.astro'))
    .sort();
  // Static routes before dynamic ones, as Astro resolves them: /data/ is not a [topic].
  const specificity = (file: string) => (file.match(/\[/g) ?? []).length;
  const ordered = [...files].sort((a, b) => specificity(a) - specificity(b));
  const templates = new Map(files.map((file) => [file, { file, pages: [] as BuiltPage[] }]));
  const unmatched: BuiltPage[] = [];
  const patterns = ordered.map((file) => [file, routePattern(file, base)] as const);
  for (const page of pages) {
    const match = patterns.find(([, pattern]) => pattern.test(page.path));
    if (match) templates.get(match[0])?.pages.push(page);
    else unmatched.push(page);
  }
  return { templates: [...templates.values()], unmatched };
}

export const pagesDir = (siteRoot: string) => join(siteRoot, 'src/pages');
