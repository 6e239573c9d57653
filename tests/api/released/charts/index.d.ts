import type { EventRecord } from '@ua-drones/data';
import type { Figure } from '@ua-drones/data';
import type { Partnership } from '@ua-drones/data';

/** One night of Ukraine's air defense, with the largest reported night for scale. */
export declare const airDefense: Chart<Figure>;

export declare type Cell = string | number | null;

/** One chart as the site and the README use it: render, table, description, documentation. */
export declare interface Chart<R extends ChartRecord = ChartRecord> {
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

/**
 * The one error every chart throws on bad input. It names the chart and, when one record is at
 * fault, that record's id, so a caller can fix the selection instead of reading a broken chart.
 */
export declare class ChartInputError extends Error {
    readonly chart: string;
    readonly recordId: string | null;
    constructor(chart: string, recordId: string | null, problem: string);
}

export declare type ChartName = keyof typeof charts;

export declare interface ChartOptions {
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

declare type ChartRecord = Figure | EventRecord | Partnership;

/**
 * Every chart by name, in the order of the report, each with `select`: the records the report
 * passes. A page renders them uniformly: `chart.render(chart.select(data), { document })`.
 */
export declare const charts: {
    readonly production: RegisteredChart;
    readonly timeline: RegisteredChart;
    readonly reach: RegisteredChart;
    readonly 'air-defense': RegisteredChart;
    readonly demand: RegisteredChart;
    readonly europe: RegisteredChart;
    readonly matrix: RegisteredChart;
    readonly spread: RegisteredChart;
};

/** The record tables a selection draws from (the shape of `@ua-drones/data`'s exports). */
export declare interface DataTables {
    figures: readonly Figure[];
    events: readonly EventRecord[];
    partnerships: readonly Partnership[];
}

/** Drones one scenario needs a year to defend one small country, against what Ukraine and the US make. */
export declare const demand: Chart<Figure>;

/** The DOM's `Document`; without lib "dom", anything that creates namespaced elements (jsdom's). */
export declare type DocumentLike = DomType<'Document', {
    createElementNS(namespace: string | null, qualifiedName: string): unknown;
}>;

declare type DomType<Name extends string, StandIn> = typeof globalThis extends Record<Name, {
    prototype: infer Type;
}> ? Type : StandIn;

/** The DOM's `Element`; without lib "dom", its markup and tag. */
export declare type ElementLike = DomType<'Element', MarkupElement>;

/**
 * Countries in drone arrangements with Ukraine, shaded by how many deals (not records); an
 * arrangement Ukraine is not a party to is named in the note and description, not counted.
 */
export declare const europe: Chart<Partnership>;

/** What a chart accepts: the record kind and, for figures, the measures it can place. */
export declare interface Expects {
    kind: RecordKind | readonly RecordKind[];
    /** Measure ids the chart draws (figures only); the caller selects figures of these measures. */
    measures?: readonly string[];
    /** What the chart needs, in words, for documentation and error messages. */
    description: string;
}

/** What a chart's element offers outside the DOM's types: its markup and its tag. */
declare interface MarkupElement {
    readonly tagName: string;
    readonly outerHTML: string;
}

/** Which countries take part in which arrangement: one row per record, one column per country. */
export declare const matrix: Chart<Partnership>;

/**
 * The party hues, then a fourth that no chart draws any more.
 * @deprecated Colour by party with `PARTY_COLOR`; the fourth hue goes in the next major version.
 */
export declare const PALETTE: readonly ["#0072b2", "#d55e00", "#009e73", "#cc79a7"];

/** Ukraine's yearly drone output as each source states it, with the US output for scale. */
export declare const production: Chart<Figure>;

/** Distances of Ukraine's long-range drone strikes from Ukraine, and a stated range, in km. */
export declare const reach: Chart<Figure>;

/** The record kinds a chart can draw. */
export declare type RecordKind = 'figure' | 'event' | 'partnership';

/** A chart plus the selection of records the report draws it from. */
export declare interface RegisteredChart extends Chart<ChartRecord> {
    select: (data: DataTables) => ChartRecord[];
}

declare type Spread = Figure | EventRecord | Partnership;

/** Places and groups the evidence links to the spread of drone warfare or of skills from the war. */
export declare const spread: Chart<Spread>;

/** The DOM's `SVGSVGElement`; without lib "dom", its markup and tag. */
export declare type SvgElementLike = DomType<'SVGSVGElement', MarkupElement>;

/** The data behind a chart as rows: for an HTML table and a CSV download alike. */
export declare interface Table {
    columns: readonly {
        key: string;
        label: string;
    }[];
    rows: readonly Record<string, Cell>[];
}

/** The table as RFC 4180 CSV with a header row of column labels. */
export declare function tableToCsv(table: Table): string;

/**
 * Events on a time axis by month. An event dated to the month (or day) is a brick stacked in its
 * month; one dated only to a year is a bar spanning that year, below the axis; a planned event is
 * outlined; an event its source does not date is a dot in a row under the key. With `list`, every
 * event is also listed in date order with its title, the undated ones last.
 */
export declare const timeline: Chart<EventRecord>;

export { }
