/** Builds the Pagefind search index over the built pages (no server; the UI loads on /search/). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * What a result must not quote, on every page: marks inside sentences (note numbers, the tilde of
 * an inferred date, a heading's "#"), the report's contents, notes (in the margin and in the
 * list) and references (each source's page has its excerpts), the phone's copy of the key
 * findings' leads, a chart's drawing, data table, source line and downloads, record
 * metadata and ids. Selectors rather than data-pagefind-ignore on each of hundreds of markers: the
 * report page stays lighter. The report's chart descriptions repeat its prose as lists; a chart's
 * own page keeps its description searchable.
 */
export const EXCLUDED_FROM_SEARCH = [
  '.cite-link',
  '.sidenote',
  '.kf-leads',
  '.inferred-mark',
  '.inferred-tip',
  '.heading-anchor',
  '.toc',
  '.notes',
  '.references',
  '.chart-svg',
  '.chart-table',
  '.chart-source',
  '.chart-downloads',
  '.report .chart-describe',
  'dl.record',
  '.meta',
  'code',
  // A table's header row would run into its first cell in an excerpt ("FigureValueWhen…").
  'thead',
];

export function pagefind(): AstroIntegration {
  return {
    name: 'ua-drones:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await close();
      },
    },
  };
}
