import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FigReference {
  file: string;
  line: number;
  id: string;
}

/** Blanks fenced and inline code and MDX comments, keeping line numbers: examples are not uses. */
function blankNonContent(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Every `<Fig id="…">` in the report's MDX chapters, with file and line. */
export async function figReferences(reportDir: string): Promise<FigReference[]> {
  if (!existsSync(reportDir)) return [];
  const files = (await readdir(reportDir, { recursive: true }))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const references: FigReference[] = [];
  for (const name of files) {
    const file = join(reportDir, name);
    const text = blankNonContent(await readFile(file, 'utf8'));
    for (const match of text.matchAll(/<Fig\b([^>]*)>/g)) {
      const line = text.slice(0, match.index).split('\n').length;
      const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1] ?? '');
      references.push({ file: name, line, id: id?.[1] ?? id?.[2] ?? '' });
    }
  }
  return references;
}
