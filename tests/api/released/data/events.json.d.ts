/** A row of the events table. */
declare interface EventRecord {
    /** Stable kebab-case id. */
    id: string;
    /** Short headline in our words. */
    title: string;
    /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD; precision is its length); null when the text does not date the event (`dateReason` says so). */
    date: string | null;
    /** True when the date is inferred from internal evidence (e.g. "just over a week ago" and the article's date) rather than stated. */
    dateInferred: boolean;
    /** The evidence for an inferred date, or why the date is unknown; null when the text states the date. */
    dateReason: string | null;
    /** reported (stated as fact); attributed (the text attributes it to someone: "The Times reported", "officials have described"); hedged (the text hedges it: "reportedly", "reporting suggests"); planned (scheduled or announced, not reported as done: "slated for completion by 2027", "will begin"). */
    status: 'reported' | 'attributed' | 'hedged' | 'planned';
    /** Id of the event this record reports again (the same incident in another source); null for the first report. Count incidents by events whose sameAs is null. */
    sameAs: string | null;
    /** What kind of event it is. */
    kind: 'agreement' | 'incursion' | 'strike' | 'unveiling' | 'resolution' | 'training-mission' | 'investment' | 'statement' | 'deployment' | 'other';
    /** Ids of the entities that acted or were acted upon. */
    actors: string[];
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower, war (the course and length of the war itself). */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower' | 'war')[];
    /** One or two sentences in our words. */
    summary: string;
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
    /** Precision of the date (derived): year, month or day; null when the date is unknown. */
    datePrecision: 'year' | 'month' | 'day' | null;
}

/** Every row of the events table. */
declare const rows: EventRecord[];
export default rows;

export { }
