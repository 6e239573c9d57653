/** Reading facts back from a built page's HTML, for the integrations that run after the build. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The content of `<meta property="…">` (Open Graph) or `<meta name="…">`. */
export function meta(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html);
  return match ? decodeEntities(match[1] as string) : undefined;
}

/** A built page's file: pages are built as <path>/index.html, except 404.html. */
export function builtPageFile(out: string, pathname: string): string | undefined {
  return [
    join(out, pathname, 'index.html'),
    join(out, `${pathname.replace(/\/+$/, '')}.html`),
  ].find((file) => existsSync(file));
}

export async function readBuiltPage(out: string, pathname: string): Promise<string | undefined> {
  const file = builtPageFile(out, pathname);
  return file === undefined ? undefined : readFile(file, 'utf8');
}
