/**
 * What the report site promises its readers and builders, as numbers. `pnpm bench` reports every
 * measurement against these (BENCHMARKS.md, "Targets"); the site's tests enforce the ones that a
 * build can check without a browser. Sizes are bytes, times milliseconds, scores 0–100.
 */

/** The report page (`/`) as a reader's browser loads it, every chart included. */
export const REPORT_PAGE = {
  /** Its HTML, stylesheets and scripts as loaded on first visit, gzip-compressed, summed. */
  totalGzipBytes: 65 * 1024,
  /**
   * The web fonts it can load (woff2, already compressed): every face of a subset whose
   * characters the page shows. Counted apart from the page weight above.
   */
  fontWoff2Bytes: 100 * 1024,
  /** The JavaScript the page runs, inline and in files, gzip-compressed. */
  jsGzipBytes: 15 * 1024,
} as const;

/**
 * Lighthouse's default mobile run of the report page, served compressed as a static host
 * serves it: the minimum score of each category.
 */
export const LIGHTHOUSE = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
} as const;

/**
 * Against the client-side baseline: the same page with its charts drawn in the browser by
 * Observable Plot instead of rendered at build time.
 */
export const BASELINE = {
  /** The report page ships at least this many times less JavaScript (gzip). */
  jsFactor: 10,
} as const;

/** Every chart of the registry rendered to SVG on the server, first render each, in total. */
export const CHART_RENDER_MS = 1000;

export const BUILDS = {
  /** `turbo run build` with nothing changed (every task a cache hit). */
  warmMs: 5000,
  /** The site built from a data set of this many figures … */
  growthFigures: 10_000,
  /** … in at most this long … */
  growthMs: 120_000,
  /** … with no process larger than this (peak resident memory). */
  growthRssBytes: 2 * 1024 ** 3,
} as const;

/** `pnpm bench` from start to BENCHMARKS.md. */
export const BENCH_MS = 600_000;

/**
 * The packed `@ua-drones/data` tarball, as npm downloads it: records, tables and types, never the
 * source texts. Raised from 100 KB for the first release, which added the conflicts table, the
 * sources' provenance, entities' places and a README whose every example runs (139 KB then). A
 * data set that outgrows it should ship its tables as separate downloads.
 */
export const DATA_TARBALL_BYTES = 150 * 1024;

/**
 * One chart and its data, as a browser page bundles it (the charts README's example), gzip:
 * Observable Plot alone is about 80 KB, so this leaves about 20 KB for the chart, the tables it
 * reads and the data package's helpers.
 */
export const ONE_CHART_GZIP_BYTES = 100 * 1024;
