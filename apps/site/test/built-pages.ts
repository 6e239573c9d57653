/** The pages of the build under test, read from disk, and the attribute values of their tags. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteRoot = fileURLToPath(new URL('..', import.meta.url));
/** The build under test: `dist`, or another output folder named by SITE_DIST. */
export const dist = process.env.SITE_DIST ?? join(siteRoot, 'dist');

export function requireBuild(dir = dist): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no build in ${dir}: run \`pnpm --filter @ua-drones/site build\` first`);
  }
}

export async function page(path: string, dir = dist): Promise<string> {
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return readFile(file, 'utf8');
}

export async function htmlFiles(dir = dist): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      out.push(relative(dir, join(entry.parentPath, entry.name)));
    }
  }
  return out.sort();
}

/** Values of one attribute on the tags matching `tag` (a regex source, e.g. 'a' or 'link'). */
export function attributes(html: string, tag: string, attribute: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(new RegExp(`<(?:${tag})\\b[^>]*>`, 'g'))) {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(match[0]);
    if (value) out.push(value[1] as string);
  }
  return out;
}
