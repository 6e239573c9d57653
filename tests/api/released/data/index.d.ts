export declare type CitationStyle = 'apa' | 'bibtex';

/**
 * The reference of a source (by id or row) as an APA-style string or a BibTeX entry, both
 * rendered at build time with citation-js. Throws on an unknown id.
 */
export declare function citeSource(source: string | Source, style?: CitationStyle): string;

/** Figures of one measure, for overlapping periods, whose values cannot all be true together. */
export declare interface Conflict {
    measure: string;
    baseUnit: string;
    /** Sorted by period start (undated last), then value. */
    figures: Figure[];
}

/**
 * Groups of figures that measure the same thing over overlapping periods and disagree, e.g.
 * 4.5 million drones made in 2025 against "four million drones a year". Two figures disagree
 * when no value satisfies both, their qualifiers considered ("about" stretches 10%); figures
 * linked by disagreements form one group.
 */
export declare function conflicts(figures?: readonly Figure[]): Conflict[];

/** Whether `needle` occurs verbatim in `haystack`, up to whitespace and typographic quotes. */
export declare function containsVerbatim(haystack: string, needle: string): boolean;

/** Version of this data release (semver; see the versioning policy in the README). */
export declare const dataVersion: string;

/** Every entity, in record-file order. */
export declare const entities: readonly Entity[];

/** A row of the entities table. */
export declare interface Entity {
    /** Stable kebab-case id; for a country its lowercase ISO 3166-1 alpha-2 code. */
    id: string;
    /** Name in English. */
    name: string;
    /** country, organization, company, program, system or group. */
    kind: 'country' | 'organization' | 'company' | 'program' | 'system' | 'group';
    /** ISO 3166-1 alpha-2 code, for countries only. */
    iso3166?: string;
    /** Other names the texts use. */
    aliases?: string[];
    /** One line in our words; facts only from the sources. */
    description?: string;
}

/** Every correction made in a release, across tables: old value, new value and reason. */
export declare const errata: readonly Erratum[];

/** A row of the errata table. */
export declare interface Erratum {
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
    /** Table of the corrected record. */
    table: 'figures' | 'events' | 'partnerships' | 'quotes';
    /** Id of the corrected record. */
    recordId: string;
}

/** A row of the events table. */
declare interface Event_2 {
    /** Stable kebab-case id. */
    id: string;
    /** Short headline in our words. */
    title: string;
    /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); precision is its length. */
    date: string;
    /** True when the date is inferred (e.g. "just over a week ago" from the article's date). */
    dateInferred?: boolean;
    /** What kind of event it is. */
    kind: 'agreement' | 'incursion' | 'strike' | 'unveiling' | 'resolution' | 'training-mission' | 'investment' | 'statement' | 'deployment' | 'other';
    /** Ids of the entities that acted or were acted upon. */
    actors: string[];
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower. */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower')[];
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
    /** Precision of the date (derived): year, month or day. */
    datePrecision: 'year' | 'month' | 'day';
}
export { Event_2 as Event }

/** Every event, in record-file order. */
export declare const events: readonly Event_2[];

/**
 * Says where a passage stops matching the text it should be copied from, so whoever wrote it
 * can fix the one character that differs instead of re-reading the whole article.
 */
export declare function explainMismatch(haystack: string, needle: string): string;

/** A row of the figures table. */
export declare interface Figure {
    /** Stable kebab-case id. */
    id: string;
    /** What the number counts, in a short phrase of our own. */
    label: string;
    /** The number as stated, in the stated unit (2.2 million is 2200000; 87% is 87 with unit percent). Must be readable from the excerpt. */
    value: number;
    /** Unit from the controlled vocabulary (drones, people, percent, km, mi, EUR, USD, ...). */
    unit: 'drones' | 'missiles' | 'interceptors' | 'aircraft' | 'targets' | 'strikes' | 'people' | 'troops' | 'instructors' | 'companies' | 'countries' | 'projects' | 'systems' | 'flights' | 'centers' | 'settlements' | 'times' | 'percent' | 'fraction' | 'km' | 'mi' | 'km2' | 'EUR' | 'USD' | 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
    /** How the text qualifies the number ("about" is approximately, "over" is more-than). */
    qualifier: 'exact' | 'approximately' | 'at-least' | 'more-than' | 'less-than' | 'almost' | 'up-to';
    /** The date or period the number refers to (ISO 8601 date or interval); null when the text does not say. */
    period: string | null;
    /** Id of the measure: figures that measure the same quantity share it, so disagreements are explicit. */
    measure: string;
    /** Ids of the entities the number is about (countries, organizations, programs, systems). */
    subjects: string[];
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower. */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower')[];
    /** What kind of claim it is: official-statement, estimate, pledge-or-plan, reported-event, party-claim (by a party to the war) or reported (stated as fact, unattributed). */
    status: 'official-statement' | 'estimate' | 'pledge-or-plan' | 'reported-event' | 'party-claim' | 'reported';
    /** Who the text attributes the number to (name and role as the text gives them), or null. */
    attributedTo: {
        /** Name as given in the text. */
        name: string;
        /** Role or title as the text gives it (null when the text gives none). */
        role: string | null;
    } | null;
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
    /** UCUM code of the unit (derived), e.g. "[mi_i]" for miles, "%" for percent. */
    unitCode: string;
    /** Unit all figures of the same measure convert to (derived): miles become km, percent a fraction. */
    baseUnit: string;
    /** The value converted to the base unit (derived). */
    valueInBaseUnit: number;
    /** First day of the period (derived); null when the period is unknown. */
    periodStart: string | null;
    /** Last day of the period (derived); null when unknown or open-ended. */
    periodEnd: string | null;
    /** Precision of the period start (derived): year, month or day. */
    periodPrecision: 'year' | 'month' | 'day' | null;
}

/** Every figure, in record-file order. */
export declare const figures: readonly Figure[];

/** The entity with this id, or undefined. */
export declare const findEntity: (id: string) => Entity | undefined;

/** The event with this id, or undefined. */
export declare const findEvent: (id: string) => Event_2 | undefined;

/** The figure with this id, or undefined. */
export declare const findFigure: (id: string) => Figure | undefined;

/** The measure with this id, or undefined. */
export declare const findMeasure: (id: string) => Measure | undefined;

/** The partnership with this id, or undefined. */
export declare const findPartnership: (id: string) => Partnership | undefined;

/** The quote with this id, or undefined. */
export declare const findQuote: (id: string) => Quote | undefined;

/** The source with this id, or undefined. */
export declare const findSource: (id: string) => Source | undefined;

/**
 * A figure as a reader would say it: "4.5 million drones", "more than 1,000 km", "87%",
 * "€800 million", "about 3.5 years".
 */
export declare function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, { locale, unit: withUnit }?: FormatOptions): string;

export declare interface FormatOptions {
    /** BCP 47 locale for the number; qualifier words and unit nouns are English. */
    locale?: string;
    /**
     * `false` leaves out the unit noun ("more than 10", not "more than 10 companies") for a sentence
     * that already names it. Percentages and money keep their sign: it is part of the number.
     */
    unit?: boolean;
}

/** The entity with this id; throws an Error naming the id when there is none. */
export declare const getEntity: (id: string) => Entity;

/** The event with this id; throws an Error naming the id when there is none. */
export declare const getEvent: (id: string) => Event_2;

/** The figure with this id; throws an Error naming the id when there is none. */
export declare const getFigure: (id: string) => Figure;

/** The measure with this id; throws an Error naming the id when there is none. */
export declare const getMeasure: (id: string) => Measure;

/** The partnership with this id; throws an Error naming the id when there is none. */
export declare const getPartnership: (id: string) => Partnership;

/** The quote with this id; throws an Error naming the id when there is none. */
export declare const getQuote: (id: string) => Quote;

/** The source with this id; throws an Error naming the id when there is none. */
export declare const getSource: (id: string) => Source;

/** A row of the measures table. */
export declare interface Measure {
    /** Stable kebab-case id, the `measure` of the figures that measure it. */
    id: string;
    /** What is measured, e.g. "Drones produced in Ukraine per year". */
    label: string;
    /** How figures of this measure compare, and why they may disagree. */
    description?: string;
    /** Base unit of its figures (derived); null when no figure uses it yet. */
    baseUnit: string | null;
    /** Number of figures of this measure (derived). */
    figureCount: number;
}

/** Every measure, in record-file order. */
export declare const measures: readonly Measure[];

/**
 * Excerpts are checked against the source texts after normalizing only what copy-paste and
 * typesetting change: runs of whitespace and typographic quotes/apostrophes. Nothing else
 * (dashes, spelling, case) is forgiven, so an excerpt stays a quotation.
 */
export declare function normalizeText(text: string): string;

/** A row of the partnerships table. */
export declare interface Partnership {
    /** Stable kebab-case id. */
    id: string;
    /** Name of the program, venture or agreement. */
    name: string;
    /** What kind of partnership it is. */
    kind: 'program' | 'joint-venture' | 'memorandum' | 'agreement' | 'training-mission' | 'investment' | 'production';
    /** Ids of the member entities (countries, companies, organizations). */
    members: string[];
    /** When it was agreed or started (ISO 8601); null when the text does not say. */
    date: string | null;
    /** What it covers, in our words. */
    covers: string;
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower. */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower')[];
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

/** Every partnership, in record-file order. */
export declare const partnerships: readonly Partnership[];

/** A row of the quotes table. */
export declare interface Quote {
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
    /** True when the date is inferred, not stated. */
    dateInferred?: boolean;
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower. */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower')[];
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

/** Every quote, in record-file order. */
export declare const quotes: readonly Quote[];

/** A row of the sources table. */
export declare interface Source {
    /** Stable kebab-case id, the `source` of every record citing it. */
    id: string;
    /** Title as given in the text, or a neutral description when the text has none (titleGiven false). */
    title: string;
    /** False when the text has no title and `title` is ours. */
    titleGiven: boolean;
    /** Author as the text states it; null when not stated. */
    author: string | null;
    /** Author's role as the text states it. */
    authorRole: string | null;
    /** Publisher or outlet as the text states it; null when not stated. */
    publisher: string | null;
    /** Publication date or, when only bounded by evidence, an ISO 8601 interval. */
    date: string;
    /** True when the date is inferred from internal evidence rather than stated. */
    dateInferred: boolean;
    /** The internal evidence for an inferred date. */
    dateReason: string | null;
    /** Address of the original; null when unknown (never guessed). */
    url: string | null;
    /** news, analysis, op-ed or blog. */
    kind: 'news' | 'analysis' | 'op-ed' | 'blog';
    /** BCP 47 language tag. */
    language: string;
    /** File name of the text under packages/data/sources/ (not published). */
    file: string;
    /** What is known and unknown about the source. */
    note: string;
    /** First day the publication date (or interval) covers (derived). */
    dateStart: string;
    /** Last day it covers (derived); null when the interval is open-ended. */
    dateEnd: string | null;
    /** Precision of the date start (derived): year, month or day. */
    datePrecision: 'year' | 'month' | 'day';
    /** APA-style reference, rendered at build time with citation-js. */
    apa: string;
    /** BibTeX entry, rendered at build time with citation-js. */
    bibtex: string;
}

/** Every source, in record-file order. */
export declare const sources: readonly Source[];

export declare type Unit = keyof typeof UNITS;

/**
 * The controlled unit vocabulary. `code` is a UCUM code (curly-brace annotations for counts of
 * things, as UCUM allows), mirrored as `unitCode` in JSON-LD; `base` and `factor` convert a value
 * to the base unit (`value * factor`), so miles become kilometres and percents fractions in code.
 */
export declare const UNITS: {
    readonly drones: {
        readonly code: "{drone}";
        readonly base: "drones";
        readonly factor: 1;
    };
    readonly missiles: {
        readonly code: "{missile}";
        readonly base: "missiles";
        readonly factor: 1;
    };
    readonly interceptors: {
        readonly code: "{interceptor}";
        readonly base: "interceptors";
        readonly factor: 1;
    };
    readonly aircraft: {
        readonly code: "{aircraft}";
        readonly base: "aircraft";
        readonly factor: 1;
    };
    readonly targets: {
        readonly code: "{target}";
        readonly base: "targets";
        readonly factor: 1;
    };
    readonly strikes: {
        readonly code: "{strike}";
        readonly base: "strikes";
        readonly factor: 1;
    };
    readonly people: {
        readonly code: "{person}";
        readonly base: "people";
        readonly factor: 1;
    };
    readonly troops: {
        readonly code: "{troop}";
        readonly base: "troops";
        readonly factor: 1;
    };
    readonly instructors: {
        readonly code: "{instructor}";
        readonly base: "instructors";
        readonly factor: 1;
    };
    readonly companies: {
        readonly code: "{company}";
        readonly base: "companies";
        readonly factor: 1;
    };
    readonly countries: {
        readonly code: "{country}";
        readonly base: "countries";
        readonly factor: 1;
    };
    readonly projects: {
        readonly code: "{project}";
        readonly base: "projects";
        readonly factor: 1;
    };
    readonly systems: {
        readonly code: "{system}";
        readonly base: "systems";
        readonly factor: 1;
    };
    readonly flights: {
        readonly code: "{flight}";
        readonly base: "flights";
        readonly factor: 1;
    };
    readonly centers: {
        readonly code: "{center}";
        readonly base: "centers";
        readonly factor: 1;
    };
    readonly settlements: {
        readonly code: "{settlement}";
        readonly base: "settlements";
        readonly factor: 1;
    };
    readonly times: {
        readonly code: "{times}";
        readonly base: "times";
        readonly factor: 1;
    };
    readonly percent: {
        readonly code: "%";
        readonly base: "fraction";
        readonly factor: 0.01;
    };
    readonly fraction: {
        readonly code: "1";
        readonly base: "fraction";
        readonly factor: 1;
    };
    readonly km: {
        readonly code: "km";
        readonly base: "km";
        readonly factor: 1;
    };
    readonly mi: {
        readonly code: "[mi_i]";
        readonly base: "km";
        readonly factor: 1.609344;
    };
    readonly km2: {
        readonly code: "km2";
        readonly base: "km2";
        readonly factor: 1;
    };
    readonly EUR: {
        readonly code: "[EUR]";
        readonly base: "EUR";
        readonly factor: 1;
    };
    readonly USD: {
        readonly code: "[USD]";
        readonly base: "USD";
        readonly factor: 1;
    };
    readonly seconds: {
        readonly code: "s";
        readonly base: "days";
        readonly factor: number;
    };
    readonly minutes: {
        readonly code: "min";
        readonly base: "days";
        readonly factor: number;
    };
    readonly hours: {
        readonly code: "h";
        readonly base: "days";
        readonly factor: number;
    };
    readonly days: {
        readonly code: "d";
        readonly base: "days";
        readonly factor: 1;
    };
    readonly weeks: {
        readonly code: "wk";
        readonly base: "days";
        readonly factor: 7;
    };
    readonly months: {
        readonly code: "mo";
        readonly base: "months";
        readonly factor: 1;
    };
    readonly years: {
        readonly code: "a";
        readonly base: "years";
        readonly factor: 1;
    };
};

export { }
