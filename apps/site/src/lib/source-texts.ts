/**
 * The full texts of the sources, for checking a chapter's `<Cite source excerpt>` against them at
 * build time. They sit beside the data package in the workspace (packages/data/sources/) and are
 * never published: the site shows only the excerpt a chapter quotes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findSource } from '@ua-drones/data';

const texts = new Map<string, string>();

/** The text of a source, or undefined when no source has this id. Throws when its file is missing. */
export function sourceText(id: string): string | undefined {
  const source = findSource(id);
  if (!source) return undefined;
  let text = texts.get(id);
  if (text === undefined) {
    const dataDir = dirname(createRequire(import.meta.url).resolve('@ua-drones/data/package.json'));
    const file = join(dataDir, 'sources', source.file);
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(
        `the text of source "${id}" is not at ${file} (the site checks excerpts against the workspace's packages/data/sources/): ${(error as Error).message}`,
      );
    }
    texts.set(id, text);
  }
  return text;
}
