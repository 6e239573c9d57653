/** The report's chapters as the tests read them: every MDX file but the component sample. */
import { readdirSync } from 'node:fs';
import { type ParsedChapter, readChapter } from '../src/lib/parse-chapter.ts';

const REPORT_DIR = new URL('../src/content/report/', import.meta.url);

export function reportChapters(): ParsedChapter[] {
  return readdirSync(REPORT_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readChapter(new URL(name, REPORT_DIR), name))
    .filter((chapter) => chapter.frontmatter.sample !== true);
}
