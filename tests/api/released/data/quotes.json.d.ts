/** A row of the quotes table. */
declare interface Quote {
    /** Stable kebab-case id. */
    id: string;
    /** Who speaks: name and role as the text gives them. */
    speaker: {
        /** Name as given in the text. */
        name: string;
        /** Role or title as the text gives it (null when the text gives none). */
        role: string | null;
    };
    /** Id of the entity the speaker speaks for (country or organization), when clear; else null. */
    speaksFor: string | null;
    /** The quoted words exactly as the source gives them; must occur in the excerpt. */
    text: string;
    /** When it was said (ISO 8601); null when the text does not say. */
    date: string | null;
    /** True when the date is inferred from internal evidence (e.g. "just over a week ago" and the article's date) rather than stated. */
    dateInferred: boolean;
    /** The evidence for an inferred date, or why the date is unknown; null when the text states the date. */
    dateReason: string | null;
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower, war (the course and length of the war itself). */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower' | 'war')[];
    /** Id of the source article the record rests on. */
    source: string;
    /** Verbatim passage of the source that supports the record (checked against the text; only whitespace and typographic quotes may differ). */
    excerpt: string;
    /** Editorial note: why a value was read this way, what is unknown. */
    note?: string;
    /** Corrections made in past releases: old value, new value and reason (empty if none). */
    errata: {
        /** Data package version that made the correction. */
        version: string;
        /** Date of the correction. */
        date: string;
        /** Field that changed. */
        field: string;
        /** Value before the correction. */
        old: string | number | null;
        /** Value after the correction. */
        new: string | number | null;
        /** Why it changed. */
        reason: string;
    }[];
    /** Precision of the date (derived); null when the date is unknown. */
    datePrecision: 'year' | 'month' | 'day' | null;
}

/** Every row of the quotes table. */
declare const rows: Quote[];
export default rows;

export { }
