import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attr, elements, parseHtml, rawText } from './html.ts';
import type { BuiltPage } from './site-dist.ts';

const ARTICLE_TYPES = new Set([
  'Article',
  'Report',
  'ScholarlyArticle',
  'NewsArticle',
  'TechArticle',
]);

function declaresArticle(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(declaresArticle);
  if (!value || typeof value !== 'object') return false;
  const node = value as Record<string, unknown>;
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return (
    types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t)) ||
    declaresArticle(node['@graph'])
  );
}

/** Pages whose JSON-LD declares a schema.org Article: the report's pages (issue 5 asks for it). */
export async function reportPages(pages: readonly BuiltPage[]): Promise<BuiltPage[]> {
  const found: BuiltPage[] = [];
  for (const page of pages) {
    const document = parseHtml(await readFile(page.file, 'utf8'));
    const isReport = [...elements(document)].some((el) => {
      if (el.tagName !== 'script' || attr(el, 'type') !== 'application/ld+json') return false;
      try {
        return declaresArticle(JSON.parse(rawText(el)));
      } catch {
        throw new Error(`${page.path}: a JSON-LD block is not valid JSON`);
      }
    });
    if (isReport) found.push(page);
  }
  return found;
}

/** Chapters that the build publishes: MDX files in the report collection, not drafts or samples. */
export async function publishedChapters(reportDir: string): Promise<string[]> {
  if (!existsSync(reportDir)) return [];
  const files = (await readdir(reportDir, { recursive: true })).filter((f) => f.endsWith('.mdx'));
  const published: string[] = [];
  for (const file of files.sort()) {
    const front =
      /^---\n([\s\S]*?)\n---/.exec(await readFile(join(reportDir, file), 'utf8'))?.[1] ?? '';
    if (!/^(draft|sample):\s*true\s*$/m.test(front)) published.push(file);
  }
  return published;
}
