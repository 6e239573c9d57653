import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { typographic } from '../../../src/lib/format.ts';
import { elements, parseHtml, textOf } from './html.ts';
import type { BuiltPage } from './site-dist.ts';

export interface Chapter {
  file: string;
  title: string;
}

/** Reads a front matter string field: `title: Foo`, `title: "Foo"` or `title: 'Foo'`. */
function frontMatterField(front: string, name: string): string | undefined {
  const raw = new RegExp(`^${name}:\\s*(.+?)\\s*$`, 'm').exec(front)?.[1];
  if (raw === undefined) return undefined;
  if (raw.startsWith('"')) return JSON.parse(raw) as string;
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/** Chapters the build publishes: MDX files of the report collection, not drafts or samples. */
export async function publishedChapters(reportDir: string): Promise<Chapter[]> {
  if (!existsSync(reportDir)) return [];
  const files = (await readdir(reportDir, { recursive: true })).filter((f) => f.endsWith('.mdx'));
  const chapters: Chapter[] = [];
  for (const file of files.sort()) {
    const front = /^---\n([\s\S]*?)\n---/.exec(await readFile(join(reportDir, file), 'utf8'))?.[1];
    if (front === undefined) throw new Error(`${file}: no front matter`);
    if (/^(draft|sample):\s*true\s*$/m.test(front)) continue;
    const title = frontMatterField(front, 'title');
    if (!title) throw new Error(`${file}: front matter has no title`);
    // As the site sets it (curly apostrophes: lib/format.ts), which is how pages and the PDF show it.
    chapters.push({ file, title: typographic(title) });
  }
  return chapters;
}

/**
 * The report's pages: those with an `<h1>` or `<h2>` that shows a published chapter's title.
 * Returns them with the chapters found on none (which the caller reports).
 */
export async function reportPages(
  pages: readonly BuiltPage[],
  chapters: readonly Chapter[],
): Promise<{ pages: BuiltPage[]; missing: Chapter[] }> {
  const found: BuiltPage[] = [];
  const seen = new Set<string>();
  if (chapters.length === 0) return { pages: [], missing: [] };
  for (const page of pages) {
    const headings = [...elements(parseHtml(await readFile(page.file, 'utf8')))]
      .filter((el) => el.tagName === 'h1' || el.tagName === 'h2')
      .map((el) => textOf(el, 1000));
    const here = chapters.filter((c) => headings.some((h) => h.includes(c.title)));
    if (here.length === 0) continue;
    found.push(page);
    for (const chapter of here) seen.add(chapter.file);
  }
  return { pages: found, missing: chapters.filter((c) => !seen.has(c.file)) };
}
