import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readChapter } from '../../../src/lib/parse-chapter.ts';

export interface FigReference {
  file: string;
  line: number;
  id: string;
}

/**
 * Every `<Fig id="…">` in the report's MDX chapters, with file and line. Independent of the
 * site's resolver (notes.ts), so a bug there cannot hide a bad id; it shares only the parser.
 */
export async function figReferences(reportDir: string): Promise<FigReference[]> {
  if (!existsSync(reportDir)) return [];
  const files = (await readdir(reportDir, { recursive: true }))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return files.flatMap((name) =>
    readChapter(join(reportDir, name), name)
      .components.filter((use) => use.name === 'Fig')
      .map((use) => ({ file: name, line: use.line, id: use.attributes.id ?? '' })),
  );
}
