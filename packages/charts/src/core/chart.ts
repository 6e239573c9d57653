import type { DocumentLike, ElementLike, SvgElementLike } from './dom.js';
import { ChartInputError } from './errors.js';
import { frame } from './frame.js';
import type { LegendItem } from './legend.js';
import type { ChartRecord } from './records.js';
import { sourceNote } from './sources.js';
import type { Table } from './table.js';
import { checkRecords, type Expects } from './validate.js';

export interface ChartOptions {
  /** Replaces the chart's default title (also its accessible name). */
  title?: string;
  subtitle?: string;
  caption?: string;
  /** Width of the drawing in CSS pixels; the SVG scales to its container through its viewBox. */
  width?: number;
  /** The document to create elements in: a browser's, or `createDocument()` from the ssr entry. */
  document?: DocumentLike;
  /**
   * Draw title, subtitle and source note inside the SVG (default true, so a downloaded SVG stands
   * alone). A page that shows them in its own <figcaption> passes false; <title> and <desc> stay.
   */
  headings?: boolean;
  /** Prefix of the ids inside the SVG; set it when one chart appears twice on a page. */
  idPrefix?: string;
  /**
   * Put the chart's small stylesheet (palette and text classes) in a <style> inside the SVG
   * (default true, so the SVG stands alone). A page that inlines charts can pass false and link
   * `@ua-drones/charts/charts.css` once instead: no inline style for its Content-Security-Policy
   * to allow, and no stylesheet per chart for the browser to apply to the whole page.
   */
  stylesheet?: boolean;
  /**
   * Timeline only: also list every event under the strip, in date order with its date and title
   * (default false: the strip alone; `toTable` and `describe` give every entry). Other charts draw
   * no list and ignore it.
   */
  list?: boolean;
}

/** What a chart's drawing function hands to the frame. */
export interface Drawing {
  /** The <svg> Plot returned. */
  plot: ElementLike;
  height: number;
  legend?: readonly LegendItem[];
}

export interface DrawContext {
  document: DocumentLike;
  width: number;
}

export interface ChartSpec<R extends ChartRecord> {
  name: string;
  title: string;
  expects: Expects;
  /** Extra checks beyond kind and finiteness (units on one axis, required measures). */
  check?: (records: readonly R[]) => void;
  describe: (records: readonly R[]) => string;
  /** What is measured and in what unit, for these records; the frame draws it under the title. */
  subtitle: (records: readonly R[], options: ChartOptions) => string | undefined;
  /** What is left out or how to read an exception, for these records; none when nothing is. */
  note?: (records: readonly R[], options: ChartOptions) => string | undefined;
  toTable: (records: readonly R[]) => Table;
  /** Draws the records; `options` is what the caller passed (a chart reads the ones it has). */
  draw: (records: readonly R[], context: DrawContext, options: ChartOptions) => Drawing;
}

/** One chart as the site and the README use it: render, table, description, documentation. */
export interface Chart<R extends ChartRecord = ChartRecord> {
  name: string;
  title: string;
  expects: Expects;
  render: (records: readonly R[], options?: ChartOptions) => SvgElementLike;
  toTable: (records: readonly R[]) => Table;
  describe: (records: readonly R[]) => string;
  /**
   * What is measured and in what unit: the line under the title. A page that renders with
   * `headings: false` shows it in its own caption; `render` draws the same text in the SVG (for
   * the same options: the timeline's differs with `list`).
   */
  subtitle: (records: readonly R[], options?: ChartOptions) => string | undefined;
  /**
   * What the subtitle leaves to a footnote: what is left out of the drawing and why, exceptions to
   * how it reads (undefined when there are none). A page that renders with `headings: false` shows
   * it as its own "Note: …" line above the source line; `render` draws the same text there.
   * Every chart of this package has it; optional so that an object made to this interface elsewhere
   * still is one.
   */
  note?: (records: readonly R[], options?: ChartOptions) => string | undefined;
}

export const DEFAULT_WIDTH = 400;
/** Narrower than this, a chart's labels cannot wrap to fit: it would draw overlapping text. */
const MIN_WIDTH = 200;

// Defining a chart only builds its object, so a bundler may drop a chart that a page never uses
// (demand imports a helper from production's module, not the production chart).
/* @__NO_SIDE_EFFECTS__ */
export function defineChart<R extends ChartRecord>(spec: ChartSpec<R>): Chart<R> {
  const checked = (records: readonly R[]) => {
    const valid = checkRecords<R>(spec.name, spec.expects, records);
    spec.check?.(valid);
    return valid;
  };
  return {
    name: spec.name,
    title: spec.title,
    expects: spec.expects,
    describe: (records) => spec.describe(checked(records)),
    subtitle: (records, options = {}) => spec.subtitle(checked(records), options),
    note: (records, options = {}) => spec.note?.(checked(records), options),
    toTable: (records) => spec.toTable(checked(records)),
    render(records, options = {}) {
      const valid = checked(records);
      const document = options.document ?? globalThis.document;
      if (!document) {
        throw new ChartInputError(
          spec.name,
          null,
          'no document: pass { document } (createDocument() from @ua-drones/charts/ssr in Node)',
        );
      }
      const width = options.width ?? DEFAULT_WIDTH;
      if (typeof width !== 'number' || !Number.isFinite(width) || width < MIN_WIDTH) {
        throw new ChartInputError(
          spec.name,
          null,
          `width ${typeof width === 'string' ? JSON.stringify(width) : String(width)} is not a number of CSS pixels of at least ${MIN_WIDTH} (the default is ${DEFAULT_WIDTH})`,
        );
      }
      const drawing = spec.draw(valid, { document, width }, options);
      return frame({
        chart: spec.name,
        document,
        width,
        title: options.title ?? spec.title,
        subtitle: options.subtitle ?? spec.subtitle(valid, options),
        note: spec.note?.(valid, options),
        caption: options.caption,
        description: spec.describe(valid),
        sourceNote: sourceNote(valid),
        ...(drawing.legend ? { legend: drawing.legend } : {}),
        headings: options.headings ?? true,
        stylesheet: options.stylesheet ?? true,
        idPrefix: options.idPrefix,
        body: drawing.plot,
        bodyHeight: drawing.height,
      });
    },
  };
}
