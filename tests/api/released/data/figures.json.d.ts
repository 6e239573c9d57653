/** A row of the figures table. */
declare interface Figure {
    /** Stable kebab-case id. Never contains the value: a corrected value must not force a rename. */
    id: string;
    /** What the number counts, in a short phrase of our own. */
    label: string;
    /** The number as stated, in the stated unit (2.2 million is 2200000; 87% is 87 with unit percent). Must be readable from the excerpt. */
    value: number;
    /** Unit from the controlled vocabulary (the package exports it as `UNITS`). Rates are units of their own: drones/year, drones/day, drones/night, money/month. */
    unit: 'drones' | 'drones/year' | 'drones/day' | 'drones/night' | 'targets/night' | 'flights' | 'people' | 'troops' | 'companies' | 'countries' | 'centers' | 'settlements' | 'percent' | 'fraction' | 'km' | 'mi' | 'km2' | 'seconds' | 'minutes' | 'months' | 'years' | 'money' | 'money/year' | 'money/month';
    /** ISO 4217 code of the currency for a money unit (EUR, USD); null for every other unit. */
    currency: string | null;
    /** How the text qualifies the number ("about" is approximately, "over" is more-than). */
    qualifier: 'exact' | 'approximately' | 'at-least' | 'more-than' | 'less-than' | 'almost' | 'up-to';
    /** The date or period the number measures over (a year of output, one night); null when the text does not say. */
    period: string | null;
    /** True when the period is inferred from internal evidence rather than stated. */
    periodInferred: boolean;
    /** ISO 8601 duration of the period when the text gives its length but not its dates ("in six months" is P6M); null otherwise. */
    periodLength: string | null;
    /** When the number was stated or held true: the date of a statement, or of the article for a claim in the present tense ("it produces four million drones a year"); null for a past event the text does not date. */
    asOf: string | null;
    /** True when `asOf` is inferred (e.g. the inferred date of the article). */
    asOfInferred: boolean;
    /** The evidence for an inferred date, or why the date is unknown; null when the text states the date. */
    dateReason: string | null;
    /** Id of the measure: figures that measure the same quantity share it, so disagreements are explicit. */
    measure: string;
    /** Ids of the entities the number is about (countries, organizations, programs, systems). */
    subjects: string[];
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower, war (the course and length of the war itself). */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower' | 'war')[];
    /** What kind of claim it is: official-statement (by an official or office, named in attributedTo); estimate; claim (a claim the text attributes to someone who is neither an official nor a party to the war, or calls claimed, or restates from one: "its developers claim", "volunteers have described", "a claimed hit rate"); party-claim (by a party to the war, named in attributedTo); pledge-or-plan; reported-event (an event the text states as fact, unattributed); reported (stated as fact, unattributed: never with attributedTo). */
    status: 'official-statement' | 'estimate' | 'claim' | 'party-claim' | 'pledge-or-plan' | 'reported-event' | 'reported';
    /** True when the text gives the number as hypothetical or dependent on a condition ("would represent", "in the event of a wider war"); combines with any status. */
    conditional: boolean;
    /** Who the text attributes the number to (a person, office, agency, company or maker), or null when it is stated as fact. */
    attributedTo: {
        /** A person's name as the text gives it, or null. */
        name: string | null;
        /** The person's or office's role as the text gives it, or null. */
        role: string | null;
        /** Id of the entity that speaks (country, office, agency, company); null when the text does not name one. */
        entity: string | null;
        /** How the text names who said it, verbatim from the excerpt ("U.S. Homeland Security officials", "its developers"). */
        words: string;
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
    /** UCUM code of the unit (derived), e.g. "[mi_i]" for miles, "{drone}/a" for drones a year; null for money (see currency). */
    unitCode: string | null;
    /** The unit of the figure's measure (derived): every figure of a measure is compared in it. */
    baseUnit: 'drones' | 'drones/year' | 'drones/day' | 'drones/night' | 'targets/night' | 'flights' | 'people' | 'troops' | 'companies' | 'countries' | 'centers' | 'settlements' | 'percent' | 'fraction' | 'km' | 'mi' | 'km2' | 'seconds' | 'minutes' | 'months' | 'years' | 'money' | 'money/year' | 'money/month';
    /** The value converted to its measure's unit (derived): 0.5 mi is 0.804672 km. */
    valueInBaseUnit: number;
    /** First day of the period (derived); null when the period is unknown. */
    periodStart: string | null;
    /** Last day of the period (derived); null when unknown or open-ended. */
    periodEnd: string | null;
    /** Precision of the period start (derived): year, month or day. */
    periodPrecision: 'year' | 'month' | 'day' | null;
    /** First day `asOf` covers (derived); null when asOf is null. */
    asOfStart: string | null;
    /** Last day `asOf` covers (derived); null when asOf is null or open-ended. */
    asOfEnd: string | null;
}

/** Every row of the figures table. */
declare const rows: Figure[];
export default rows;

export { }
