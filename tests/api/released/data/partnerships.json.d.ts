/** A row of the partnerships table. */
declare interface Partnership {
    /** Stable kebab-case id. */
    id: string;
    /** Name of the program, venture or agreement. */
    name: string;
    /** What kind of partnership it is; assistance is help or know-how shared in no more specific form the text names. */
    kind: 'program' | 'joint-venture' | 'memorandum' | 'agreement' | 'training-mission' | 'investment' | 'production' | 'assistance';
    /** Ids of the member entities (countries, companies, organizations). */
    members: string[];
    /** When it was agreed or started (ISO 8601); null when the text does not say (`dateReason` says why). */
    date: string | null;
    /** True when the date is inferred from internal evidence (e.g. "just over a week ago" and the article's date) rather than stated. */
    dateInferred: boolean;
    /** The evidence for an inferred date, or why the date is unknown; null when the text states the date. */
    dateReason: string | null;
    /** reported (stated as fact); attributed (the text attributes it to someone: "The Times reported", "officials have described"); hedged (the text hedges it: "reportedly", "reporting suggests"); planned (scheduled or announced, not reported as done: "slated for completion by 2027", "will begin"). */
    status: 'reported' | 'attributed' | 'hedged' | 'planned';
    /** What it covers, in our words. */
    covers: string;
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

/** Every row of the partnerships table. */
declare const rows: Partnership[];
export default rows;

export { }
