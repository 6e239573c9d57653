import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site's package folder (apps/site). */
export const siteRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** What `astro build` writes and what the checks read; SITE_DIST checks another build folder. */
export const distDir = process.env.SITE_DIST ?? join(siteRoot, 'dist');
/** Screenshots and findings for people to review; `artifacts/` is git-ignored. */
export const artifactsDir = fileURLToPath(
  new URL('../../../../../artifacts/site/', import.meta.url),
);

/** One HTML file of a build and the URL path it is served at. */
export interface BuiltPage {
  /** Absolute file path. */
  file: string;
  /** Path inside the build folder, with forward slashes (`data/index.html`). */
  rel: string;
  /** URL path under the base (`/data/`, `/ua-drones/data/`, `/404.html`). */
  path: string;
}

/** Every file of a build folder, relative, with forward slashes. Fails loudly on a missing build. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `no built site at ${dir} (index.html is missing): run \`turbo run build --filter=@ua-drones/site...\` first`,
    );
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/** `data/index.html` is served at `<base>data/`; other files at their own name. */
export function urlPathOf(rel: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (rel === 'index.html') return prefix;
  if (rel.endsWith('/index.html')) return `${prefix}${rel.slice(0, -'index.html'.length)}`;
  return `${prefix}${rel}`;
}

/** Every HTML page of a build, in path order. */
export async function listPages(dir: string, base = '/'): Promise<BuiltPage[]> {
  const files = await listFiles(dir);
  return files
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => ({ file: join(dir, rel), rel, path: urlPathOf(rel, base) }));
}

export function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
