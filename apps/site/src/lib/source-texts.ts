/**
 * The full texts of the sources, for checking a chapter's `<Cite source excerpt>` against them at
 * build time. The data build writes them for the site (packages/data/site-files/); they are never
 * published: the site shows only the excerpt a chapter quotes.
 */
import { readDataSiteFile } from './data-site-files.ts';

let texts: Map<string, string> | undefined;

/** The text of a source, or undefined when no source has this id. */
export function sourceText(id: string): string | undefined {
  texts ??= new Map(
    Object.entries(readDataSiteFile('source-texts.json') as Record<string, string>),
  );
  return texts.get(id);
}
