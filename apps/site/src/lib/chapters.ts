/** Loads the report's chapters and checks them before they render. */

import { type CollectionEntry, getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { citationTargets } from './citation-targets.ts';
import { findRecord } from './data.ts';
import { type Note, numberNotes, sharePassages } from './notes.ts';
import { readChapter } from './parse-chapter.ts';
import { type Reference, referencesOf } from './references.ts';

export interface Chapter {
  entry: CollectionEntry<'report'>;
  /** Path relative to the site's root, for error messages. */
  file: string;
  references: Reference[];
  /** Words a reader reads, as parse-chapter.ts counts them. */
  words: number;
}

function load(entry: CollectionEntry<'report'>): Chapter {
  const file = entry.filePath ?? `src/content/report/${entry.id}.mdx`;
  const parsed = readChapter(resolve(process.cwd(), file), file);
  return { entry, file, references: referencesOf(parsed), words: parsed.words };
}

/** Published chapters (or only the sample), sorted by `order`; duplicate orders fail. */
export async function loadChapters(which: 'report' | 'sample'): Promise<Chapter[]> {
  const entries = await getCollection(
    'report',
    (e) => !e.data.draft && e.data.sample === (which === 'sample'),
  );
  const chapters = entries.map(load).sort((a, b) => a.entry.data.order - b.entry.data.order);
  for (let i = 1; i < chapters.length; i++) {
    const [a, b] = [chapters[i - 1], chapters[i]] as [Chapter, Chapter];
    if (a.entry.data.order === b.entry.data.order) {
      throw new Error(`${a.file} and ${b.file} both have order ${a.entry.data.order}`);
    }
  }
  return chapters;
}

export function notesOf(chapters: readonly Chapter[]): Note[] {
  return sharePassages(numberNotes(chapters, citationTargets), (kind, id) => {
    const cited = findRecord(kind, id);
    if (!cited) throw new Error(`no ${kind} has id "${id}"`);
    return { source: cited.record.source, excerpt: cited.record.excerpt };
  });
}

/** Chapter titles are h2 on the page, so a chapter's own sections start at ###. */
export function checkHeadings(
  file: string,
  headings: ReadonlyArray<{ depth: number; slug: string; text: string }>,
  taken: Map<string, string>,
): void {
  for (const heading of headings) {
    if (heading.depth < 3) {
      throw new Error(
        `${file}: heading "${heading.text}" is level ${heading.depth}; chapter sections start at ### (the chapter title is the page's ##)`,
      );
    }
    const other = taken.get(heading.slug);
    if (other) {
      throw new Error(
        `${file}: heading "${heading.text}" has the anchor #${heading.slug}, already used in ${other}; rename one of them`,
      );
    }
    taken.set(heading.slug, file);
  }
}
