export declare type Area = (typeof AREAS)[number];

/** The areas `entitiesIn` knows: a UN M49 region, or membership of the EU or NATO. */
export declare const AREAS: readonly ["europe", "eu", "nato"];

export declare type CitationStyle = keyof typeof STYLES;

/**
 * The reference of a source (by id or row) as an APA-style string or a BibTeX entry, both
 * rendered at build time with citation-js. A literal id must be a known `SourceId`. Throws a
 * `DataInputError` on an unknown id or style, or when given another record (pass `figure.source`,
 * the id of its source).
 */
export declare function citeSource<Id extends string>(source: IdArgument<Id, SourceId> | Source, style?: CitationStyle): string;

/** Figures linked by disagreements (of one measure, or of measures declared comparable). */
export declare interface Conflict {
    /** The measure of the first figure (the measure that declares the comparison, across measures). */
    measure: string;
    /** Every measure of the figures, the first being `measure`. */
    measures: string[];
    /** The unit of `measure`, in which the values were compared. */
    baseUnit: string;
    /** Sorted by the start of the time they hold for, then by value. */
    figures: Figure[];
    disagreements: Disagreement[];
}

/** A row of the conflicts table. */
export declare interface ConflictRow {
    /** The two figure ids joined by "--" (derived): stable while both figures are. */
    id: string;
    /** contradiction: one measure, the same time by dates the texts state, no value satisfies both; tension: the same, but the overlap in time rests on an inferred date; different-measures: figures of two measures declared comparable (`comparableWith`) whose values look inconsistent though they measure different things. */
    kind: 'contradiction' | 'tension' | 'different-measures';
    /** Id of the first figure. */
    figureA: string;
    /** Id of the second figure. */
    figureB: string;
    /** Measure of the first figure. */
    measureA: string;
    /** Measure of the second figure (the same for contradiction and tension). */
    measureB: string;
    /** One line a reader can check against both passages, as certain as the evidence allows. */
    reason: string;
}

/**
 * Disagreements between figures, e.g. 4.5 million drones made in 2025 against "four million
 * drones a year" stated in 2026. Within a measure, two figures disagree when they hold for
 * overlapping time and no value satisfies both, their qualifiers considered ("about" stretches
 * 10%): a `contradiction` when the texts state both dates, a `tension` when a date is inferred.
 * Across measures declared comparable (`comparableWith`), every pair of their figures is listed
 * as `different-measures`, with the declared reason. Figures linked by disagreements form
 * one group. The same disagreements are shipped as the conflicts table.
 */
export declare function conflicts(figures?: readonly Figure[], measures?: readonly Pick<Measure, 'id' | 'label' | 'comparableWith'>[]): Conflict[];

/** Whether `needle` occurs verbatim in `haystack`, up to whitespace and typographic quotes. */
export declare function containsVerbatim(haystack: string, needle: string): boolean;

/** `value` in `from` expressed in `to`; throws when the two measure different quantities. */
export declare function convert(value: number, from: Unit, to: Unit): number;

export declare interface CountOptions {
    /**
     * `'separate'` (the default) counts records the texts only say may be the same
     * (`possiblySameAs`) as separate deals or incidents; `'merge'` counts them as one, for the
     * lower bound of a count.
     */
    possible?: 'separate' | 'merge';
}

/**
 * What the helpers throw on input they cannot use, instead of returning "NaN drones" or
 * `undefined`. The message names the helper, what was passed and what it accepts; `helper` and
 * `received` hold the first two. It is a `TypeError`, so code catching those keeps working.
 */
export declare class DataInputError extends TypeError {
    readonly helper: string;
    readonly received: unknown;
    constructor(helper: string, received: unknown, problem: string);
}

/** Version of this data release (semver; see the versioning policy in the README). */
export declare const dataVersion: string;

/** One deal as the world has it: every partnership record that tells it, counted once. */
export declare interface Deal {
    /** Id of the deal: the id of its first telling (the `deal` of every record in it). */
    id: string;
    /** The records that tell it: the first telling, then repeats (`sameAs`) and steps (`partOf`). */
    records: Partnership[];
    /** Ids of every member of any of its records, each once. */
    members: string[];
    /** Ids of the members' countries (a state itself, a company its country), each once. */
    countries: string[];
    /** Ids of other deals that may be this one: the texts do not settle it (see `linkReason`). */
    possiblySameAs: string[];
}

/**
 * The deals the partnerships tell, each once: records that tell the same deal (`sameAs`) or a
 * step of it (`partOf`) are one deal. Count deals, not partnership records, e.g. in a chart of
 * which countries take part in how many arrangements with Ukraine.
 */
export declare function deals(partnerships?: readonly Partnership[], options?: CountOptions): Deal[];

/** Two figures that disagree, and how. */
export declare interface Disagreement {
    kind: DisagreementKind;
    figures: [Figure, Figure];
    /** One line a reader can check against both passages; as certain as the evidence allows. */
    reason: string;
}

/**
 * How two figures disagree. contradiction: one measure, the same time by the dates the texts
 * state, and no value satisfies both. tension: the same, but the overlap in time rests on an
 * inferred date, so they only appear to conflict. different-measures: figures of two measures a
 * reader will set against each other (a declared `comparableWith`) though they measure
 * different things.
 */
export declare type DisagreementKind = 'contradiction' | 'tension' | 'different-measures';

/** Every entity, in record-file order. */
export declare const entities: readonly Entity[];

/**
 * Entities whose country is in an area: `'europe'` (the UN M49 region), `'eu'` or `'nato'`
 * (members on `on`, a day YYYY-MM-DD, by default today). States count by themselves, companies
 * and other bodies by their `country`. Regions and memberships come from a cited list, not the
 * sources (`PLACE_CITATIONS`).
 */
export declare function entitiesIn(area: Area, options?: {
    on?: string;
}, entities?: readonly Entity[]): Entity[];

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
    /** Id of the entity's country (lowercase ISO 3166-1 alpha-2): a country itself, another entity the country the texts tie it to; null when they tie it to none. */
    country: string | null;
    /** Why a company's country is null: what the texts say instead. */
    countryReason?: string;
    /** False for a party the texts count or describe without naming it ("four companies from Ukraine"). */
    named: boolean;
    /** Other names the texts use. */
    aliases?: string[];
    /** One line in our words; facts only from the sources. */
    description?: string;
    /** UN M49 region of the entity's country (derived from a cited list, not the sources: see PLACE_CITATIONS); null without a country. */
    region: 'Africa' | 'Americas' | 'Asia' | 'Europe' | 'Oceania' | null;
    /** UN M49 code of that region (derived): 150 is Europe; null without a country. */
    regionM49: string | null;
    /** When the entity's country joined the EU (derived from a cited list: year, or day); null if it never did. */
    euFrom: string | null;
    /** When it left the EU (derived); null if it has not (or never joined). */
    euUntil: string | null;
    /** When the entity's country joined NATO (derived from a cited list); null if it never did. */
    natoFrom: string | null;
    /** When it left NATO (derived); null if it has not. */
    natoUntil: string | null;
}

/**
 * The fields of an entity that a label reads: its name, what kind of thing it is, the country the
 * texts tie it to and whether the texts name it. Descriptions, aliases and memberships stay out.
 */
declare const ENTITY_LABEL_FIELDS: readonly ["id", "name", "kind", "country", "named"];

/** The id of a row of the entities table. */
export declare type EntityId = "gazprom" | "quantum-systems" | "frontline-robotics" | "quantum-frontline-industries" | "ua-companies-in-ua-dk-lt-joint-venture" | "dk-manufacturers-in-ua-dk-lt-joint-venture" | "lt-manufacturers-in-ua-dk-lt-joint-venture" | "ua" | "ru" | "pl" | "dk" | "gb" | "us" | "by" | "de" | "fr" | "it" | "lt" | "kr" | "bh" | "ir" | "kp" | "ve" | "sd" | "br" | "co" | "mx" | "ht" | "mexican-cartels" | "cartels" | "sinaloa-cartel" | "jalisco-new-generation-cartel" | "brazilian-volunteers-in-ukraine" | "comando-vermelho" | "mali-rebel-groups" | "syrian-opposition-groups" | "nato" | "ukrainian-air-force" | "security-service-of-ukraine" | "european-union" | "european-commission" | "european-parliament" | "us-homeland-security" | "drone-wall" | "leap" | "equator-task-force" | "linza" | "zoom" | "sichen" | "uranos-ki" | "asgard" | "patriot" | "thaad" | "f-35" | "european-autonomous-strike-systems" | "helsing";

/** An entity as a label names it: the `ENTITY_LABEL_FIELDS` of a row of `entities`. */
export declare type EntityLabel = Pick<Entity, (typeof ENTITY_LABEL_FIELDS)[number]>;

/**
 * Every entity as a label names it (name, kind, country, whether the texts name it), in
 * record-file order: what a chart in a browser reads instead of `entities`.
 */
export declare const entityLabels: readonly EntityLabel[];

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

/**
 * @deprecated Renamed `EventRecord`, so that importing it no longer shadows the DOM's `Event`.
 * This alias goes in the next major version.
 */
declare type Event_2 = EventRecord;
export { Event_2 as Event }

/** The id of a row of the events table. */
export declare type EventId = "ua-drone-personnel-arrive-in-denmark" | "suspicious-drone-activity-over-danish-airports" | "russian-drones-penetrate-polish-airspace-early-september" | "ua-instructors-dispatched-to-uk" | "uk-confirms-mass-production-of-drones-developed-with-ukraine" | "ua-delegation-to-us-drone-production-talks" | "zelenskyy-offers-ukraine-for-drone-wall" | "defense-tech-valley-showcase" | "russian-invasion-of-ukraine-2014" | "russian-full-scale-invasion-february-2022" | "quantum-frontline-industries-established" | "de-ua-autonomous-strike-drone-agreement" | "sichen-unveiled" | "leap-unveiled" | "ua-dk-lt-joint-venture-signed" | "european-parliament-drone-warfare-resolution" | "uranos-ki-initial-deployment" | "asgard-completion" | "iran-drone-campaign-against-gulf" | "us-pulls-thaad-from-south-korea" | "ru-drones-nato-airspace-incursion-2025-09" | "draghi-competitiveness-report" | "ua-special-forces-train-sudanese-troops" | "ua-drones-strike-shadow-fleet-tanker" | "haiti-drone-strikes-port-au-prince" | "north-korea-learning-drone-warfare" | "ua-underwater-drone-strikes" | "brazilian-volunteers-investigation" | "cartels-linked-to-recruiting-ukraine-veterans" | "russian-drones-enter-polish-airspace" | "nato-jets-shoot-down-drones-over-poland" | "nato-strengthens-eastern-flank-posture" | "belarusian-russian-drones-probe-polish-border" | "poland-ukraine-drone-agreement-announced-in-kyiv" | "russian-drone-attack-recent-thursday" | "ukrainian-drone-strike-salavat-refinery" | "donetsk-counteroffensive-2025" | "us-russia-summit-alaska" | "russia-belarus-exercises";

/** The kind of an event. */
export declare type EventKind = EventRecord['kind'];

/** A row of the events table. */
export declare interface EventRecord {
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
    /** ISO 8601 interval the date lies in (START/END), when the evidence bounds it more narrowly than `date` can say (a week across two months); `date` is then the part both ends share. Absent otherwise. */
    dateInterval?: string;
    /** reported (stated as fact); attributed (the text attributes it to someone: "The Times reported", "officials have described"); hedged (the text hedges it: "reportedly", "reporting suggests"); planned (scheduled, announced or proposed, not reported as done: "slated for completion by 2027", "will begin", an alliance a leader "now speaks of"). */
    status: 'reported' | 'attributed' | 'hedged' | 'planned';
    /** Id of the record this one tells again: the same incident, told in another source or passage (linkReason says how the texts establish it); null for the first telling. */
    sameAs: string | null;
    /** Id of the larger incident this record is one step or part of; null when it stands alone. */
    partOf: string | null;
    /** Id of a record that may tell the same incident; the texts do not settle it (linkReason says why), so it is counted separately; null when none. */
    possiblySameAs: string | null;
    /** The evidence for sameAs, partOf or possiblySameAs; null when there is no link. */
    linkReason: string | null;
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
    /** Id of the incident the record tells (derived): the first telling its sameAs and partOf links lead to. Count incidents by distinct values. */
    incident: string;
    /** Ids of the countries the actors belong to (derived): a state itself, a company or body its `country`; each once, in actor order; null when no actor has a country. */
    countries: string[] | null;
    /** Precision of the date (derived): year, month or day; null when the date is unknown. */
    datePrecision: 'year' | 'month' | 'day' | null;
}

/** Every event, in record-file order. */
export declare const events: readonly EventRecord[];

/**
 * Says where a passage stops matching the text it should be copied from, so whoever wrote it
 * can fix the one character that differs instead of re-reading the whole article.
 */
export declare function explainMismatch(haystack: string, needle: string): string;

/** A row of the figures table. */
export declare interface Figure {
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
    /** The date or period the number measures over (a year of output, one night), at the precision the text gives: the column mixes years, months, days and intervals (2025, 2025-09, 2026-04/.., 2025/2026), so filter and sort on periodStart and periodEnd; null when the text does not say. */
    period: string | null;
    /** True when the period is inferred from internal evidence rather than stated. */
    periodInferred: boolean;
    /** ISO 8601 duration of the period when the text gives its length but not its dates ("in six months" is P6M); null otherwise. */
    periodLength: string | null;
    /** When the number was stated or held true: the date of a statement, or of the article for a claim in the present tense ("it produces four million drones a year"), at the precision known (filter on asOfStart and asOfEnd); null for a past event the text does not date. */
    asOf: string | null;
    /** True when `asOf` is not a date the text gives for the number but is inferred: the article's date (read from its page or itself inferred) for a number stated in the present tense, or a date worked out from the text; `dateReason` says which. */
    asOfInferred: boolean;
    /** The evidence for an inferred date, or why the date is unknown; null when the text states the date. */
    dateReason: string | null;
    /** Id of the measure: figures that measure the same quantity share it, so disagreements are explicit. */
    measure: string;
    /** Ids of the entities the number is about (countries, organizations, programs, systems). */
    subjects: string[];
    /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower, war (the course and length of the war itself). */
    topics: ('production' | 'air-defense' | 'deep-strike' | 'cooperation' | 'industry-finance' | 'autonomy-law' | 'proliferation' | 'manpower' | 'war')[];
    /** What kind of claim it is: official-statement (by an official or office of a state or organization that is not a party to the war, named in attributedTo); estimate; claim (a claim the text attributes to someone who is neither an official nor a party to the war, or calls claimed, or restates from one: "its developers claim", "volunteers have described", "a claimed hit rate"); party-claim (by a party to the war, named in attributedTo: Ukraine or Russia, their leaders, officials and forces; an official of any other state or organization makes an official-statement); pledge-or-plan; reported-event (an event the text states as fact, unattributed); reported (stated as fact, unattributed: never with attributedTo). */
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
    /** The value converted to its measure's unit (derived): 0.5 mi is 0.804672 km. Compare and sort figures by this, not by `value`, which keeps the unit the text states. */
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

/** The id of a row of the figures table. */
export declare type FigureId = "ua-full-scale-war-duration-2025-10" | "defense-tech-valley-participants-2025" | "defense-tech-valley-countries-2025" | "defense-tech-valley-investment-pledges-2025" | "ua-military-personnel-2025-10" | "ua-drone-production-2024" | "ua-drone-production-2025" | "ua-autonomous-strike-range" | "ua-full-scale-war-duration-2026" | "europe-defense-shift-period" | "bh-patriot-interceptors-depleted-iran-war" | "ua-dk-lt-joint-venture-ukrainian-companies" | "ua-dk-lt-joint-venture-value" | "ua-defense-export-centers-in-europe" | "drones-needed-to-defend-lt-per-year" | "lt-population" | "asgard-kill-chain-time" | "autonomous-systems-kill-chain-time" | "helsing-terminal-autonomy-distance" | "helsing-terminal-autonomy-hit-rate" | "eu-arms-exports-2024" | "eu-defense-spending-relative-to-us" | "defense-spending-share-of-gdp-shift" | "ru-drones-nato-airspace-incursion-2025-09" | "ru-airborne-targets-single-night" | "ua-drones-share-of-ground-targets-destroyed" | "ua-drone-production-stated-rate" | "us-drone-production-per-year" | "ua-drones-share-of-ru-equipment-losses" | "ua-shadow-fleet-tanker-strike-distance" | "kp-troops-deployed-kursk" | "ru-troops-venezuela-drone-mission" | "cartel-pay-ex-colombian-soldiers" | "cartel-drone-flights-near-us-border-six-months" | "cartel-drones-near-us-territory-per-day" | "ua-full-scale-war-duration-2025-09" | "ru-troops-front-line-putin-2025" | "ru-drones-launched-at-ua-recent-thursday" | "ua-drones-downed-recent-thursday" | "salavat-refinery-strike-drones" | "salavat-refinery-strike-distance" | "ru-donetsk-advance-duration-2025-09" | "donetsk-counteroffensive-area-retaken" | "donetsk-counteroffensive-settlements-retaken" | "donetsk-counteroffensive-prisoners" | "salavat-refinery-strike-casualties" | "polish-border-probe-drones-crossed";

/** Every figure, in record-file order. */
export declare const figures: readonly Figure[];

/** What kind of claim a figure is: an official statement, an estimate, a party's claim, … */
export declare type FigureStatus = Figure['status'];

/**
 * When a figure holds, in three parts so a page can mark the date itself: its period ("2025"),
 * or the date it was stated as of ("as of October 2025"), with the length of an undated period
 * ("over 6 months, as of 2023 or later"). `date` is null when nothing places the figure in time.
 */
export declare function figureTime(figure: Pick<Figure, 'period' | 'periodInferred' | 'asOf' | 'asOfInferred' | 'periodLength'>): {
    lead: string;
    date: string | null;
    inferred: boolean;
    trail: string;
};

/** The entity with this id, or undefined. */
export declare const findEntity: (id: string) => Entity | undefined;

/** The label of the entity with this id, or undefined. */
export declare function findEntityLabel(id: string): EntityLabel | undefined;

/** The event with this id, or undefined. */
export declare const findEvent: (id: string) => EventRecord | undefined;

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

/** The credit of the source with this id, or undefined. */
export declare function findSourceCredit(id: string): SourceCredit | undefined;

/** An ISO date at its own precision: "2025", "September 2025", "30 September 2025". */
export declare function formatDate(iso: string): string;

/** An ISO 8601 duration as words: "P6M" is "6 months", "P1Y6M" "1 year 6 months", "PT30M" "30 minutes". */
export declare function formatDuration(duration: string): string;

/**
 * A figure as a reader would say it: "4 million drones a year", "4.5 million drones" (for a
 * figure of 2025), "more than 1,000 km", "87%", "€800 million", "about $2,000 a month",
 * "about 0.5 mi (0.8 km)".
 */
export declare function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'> & {
    currency?: string | null;
    period?: string | null;
}, { locale, unit: withUnit, per: withPer }?: FormatOptions): string;

/** `figureTime` as plain text: "2025", "as of October 2025", "not dated". */
export declare function formatFigureTime(figure: Parameters<typeof figureTime>[0]): string;

/**
 * A number as a reader says it, without a unit: 4,500,000 is "4.5 million", 15,000 "15,000".
 * Charts and pages use it for values that have no record of their own (axis ticks, totals).
 */
export declare function formatNumber(value: number, { locale }?: {
    locale?: string;
}): string;

export declare interface FormatOptions {
    /** BCP 47 locale for the number; qualifier words and unit nouns are English. */
    locale?: string;
    /**
     * `false` leaves out the unit noun ("more than 10", not "more than 10 companies") for a sentence
     * that already names it. Percentages and money keep their sign (and money its "a month"): they
     * are part of the number. A rate drops its "a year" with its noun.
     */
    unit?: boolean;
    /**
     * `false` leaves out a rate's time ("75 drones", not "75 drones in one night") for a sentence
     * or chart that already says it.
     */
    per?: boolean;
}

/**
 * An ISO date or interval as a reader says it: "2024–2025", "April 2026 or later" (an open end),
 * "not stated" for null.
 */
export declare function formatPeriod(iso: string | null): string;

/** The word a qualifier puts before a number ("about", "more than"); empty for `exact`. */
export declare function formatQualifier(qualifier: Figure['qualifier']): string;

/**
 * The entity with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `EntityId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getEntity: <Id extends string>(id: IdArgument<Id, EntityId>) => Entity;

/**
 * The event with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `EventId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getEvent: <Id extends string>(id: IdArgument<Id, EventId>) => EventRecord;

/**
 * The figure with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `FigureId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getFigure: <Id extends string>(id: IdArgument<Id, FigureId>) => Figure;

/**
 * The measure with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `MeasureId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getMeasure: <Id extends string>(id: IdArgument<Id, MeasureId>) => Measure;

/**
 * The partnership with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `PartnershipId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getPartnership: <Id extends string>(id: IdArgument<Id, PartnershipId>) => Partnership;

/**
 * The quote with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `QuoteId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getQuote: <Id extends string>(id: IdArgument<Id, QuoteId>) => Quote;

/**
 * The source with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `SourceId` (a typo fails to compile); a computed string is checked at run time.
 */
export declare const getSource: <Id extends string>(id: IdArgument<Id, SourceId>) => Source;

/**
 * The id a `get` helper accepts: a literal must be a known id, so `getFigure('typo')` fails to
 * compile; a `string` computed at run time is accepted and checked when the call runs.
 */
export declare type IdArgument<Id extends string, Known extends string> = string extends Id ? Id : Id extends Known ? Id : Known;

/** One incident as the world has it: every event record that tells it, counted once. */
export declare interface Incident {
    /** Id of the incident: the id of its first telling (the `incident` of every record in it). */
    id: string;
    /** The records that tell it: the first telling, then repeats (`sameAs`) and steps (`partOf`). */
    records: EventRecord[];
    /** Ids of the actors of any of its records, each once. */
    actors: string[];
    /** Ids of the actors' countries (a state itself, a company its country), each once. */
    countries: string[];
    /** Ids of other incidents that may be this one: the texts do not settle it. */
    possiblySameAs: string[];
}

/** The incidents the events tell, each once (see `deals`): count incidents, not event records. */
export declare function incidents(events?: readonly EventRecord[], options?: CountOptions): Incident[];

/** Units whose amount is money: the figure names its currency in `currency`. */
export declare const isMoney: (unit: Unit) => boolean;

/** UN M49 regions (top level), by code. */
export declare const M49_REGIONS: {
    readonly '002': "Africa";
    readonly '019': "Americas";
    readonly '142': "Asia";
    readonly '150': "Europe";
    readonly '009': "Oceania";
};

declare type M49Region = keyof typeof M49_REGIONS;

/** A row of the measures table. */
export declare interface Measure {
    /** Stable kebab-case id, the `measure` of the figures that measure it. */
    id: string;
    /** What is measured, e.g. "Drones produced in Ukraine per year". */
    label: string;
    /** The measure's base unit: the unit its figures are compared in. Each figure's `valueInBaseUnit` is its value converted to it (miles to km, minutes to seconds, a fraction to percent); every length is in km and every share in percent (MEASURE_UNITS), a time in the unit the measure names. */
    unit: 'drones' | 'drones/year' | 'drones/day' | 'drones/night' | 'targets/night' | 'flights' | 'people' | 'troops' | 'companies' | 'countries' | 'centers' | 'settlements' | 'percent' | 'fraction' | 'km' | 'mi' | 'km2' | 'seconds' | 'minutes' | 'months' | 'years' | 'money' | 'money/year' | 'money/month';
    /** How figures of this measure compare, and why they may disagree. */
    description?: string;
    /** Other measures a reader will set against this one though they measure different things (a stated range and one strike's distance): `conflicts()` lists every pair of their figures, with this reason. The units must convert: figures are compared in this measure's unit. */
    comparableWith?: {
        /** Id of the other measure. */
        measure: string;
        /** What each measures, and why their figures are different things that a reader will compare. */
        reason: string;
    }[];
    /** UCUM code of the unit (derived); null for money. */
    unitCode: string | null;
    /** Number of figures of this measure (derived). */
    figureCount: number;
}

/** The id of a row of the measures table. */
export declare type MeasureId = "ua-full-scale-war-duration" | "ua-military-personnel" | "ru-troops-front-line" | "ru-drones-launched-at-ua-per-night" | "ua-drones-downed-per-night" | "ua-autonomous-strike-range" | "salavat-refinery-strike-distance" | "shadow-fleet-tanker-strike-distance" | "salavat-refinery-strike-drones" | "salavat-refinery-strike-casualties" | "polish-border-probe-drones-crossed" | "defense-tech-valley-participants" | "defense-tech-valley-countries" | "defense-tech-valley-investment-pledges" | "ru-donetsk-advance-duration" | "donetsk-counteroffensive-area-retaken" | "donetsk-counteroffensive-settlements-retaken" | "donetsk-counteroffensive-prisoners" | "ua-drone-production-per-year" | "us-drone-production-per-year" | "europe-defense-shift-duration" | "bh-patriot-interceptors-depleted-share" | "ua-dk-lt-joint-venture-ukrainian-companies" | "ua-dk-lt-joint-venture-value" | "ua-defense-export-centers-in-europe" | "drones-needed-to-defend-lt-per-year" | "lt-population" | "asgard-kill-chain-time" | "autonomous-systems-kill-chain-time" | "helsing-terminal-autonomy-distance" | "helsing-terminal-autonomy-hit-rate" | "eu-arms-exports-per-year" | "eu-defense-spending-relative-to-us" | "europe-defense-spending-share-of-gdp" | "ru-drones-nato-airspace-incursion-2025-09" | "ua-drone-share-of-ground-targets-destroyed" | "ua-drone-share-of-ru-equipment-losses" | "kp-troops-deployed-for-russia" | "ru-troops-venezuela-drone-mission" | "cartel-pay-ex-colombian-soldiers-per-month" | "cartel-drone-flights-near-us-border" | "cartel-drones-near-us-territory-per-day" | "ru-airborne-targets-at-ua-per-night";

/** Every measure, in record-file order. */
export declare const measures: readonly Measure[];

/** A membership: the year (or day) it began and, when it ended, the day it ended. */
export declare interface Membership {
    from: string;
    until: string | null;
}

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
    /** A short name of our own for tight spaces such as a chart's row labels (about 32 characters, at most 40), exactly as strong as `name`: no fact it lacks, and a hedge it carries kept by attribution ("Drone alliance von der Leyen speaks of"). */
    shortName: string;
    /** What kind of partnership it is; assistance is help or know-how shared in no more specific form the text names; alliance is one the text calls an alliance without saying what form it takes. */
    kind: 'program' | 'joint-venture' | 'memorandum' | 'agreement' | 'training-mission' | 'investment' | 'production' | 'assistance' | 'alliance';
    /** Ids of the member entities (countries, companies, organizations); a party the text counts without naming it is an entity with `named: false`. */
    members: string[];
    /** When it was agreed or started (ISO 8601); null when the text does not say (`dateReason` says why). */
    date: string | null;
    /** True when the date is inferred from internal evidence (e.g. "just over a week ago" and the article's date) rather than stated. */
    dateInferred: boolean;
    /** The evidence for an inferred date, or why the date is unknown; null when the text states the date. */
    dateReason: string | null;
    /** ISO 8601 interval the date lies in (START/END), when the evidence bounds it more narrowly than `date` can say (a week across two months); `date` is then the part both ends share. Absent otherwise. */
    dateInterval?: string;
    /** reported (stated as fact); attributed (the text attributes it to someone: "The Times reported", "officials have described"); hedged (the text hedges it: "reportedly", "reporting suggests"); planned (scheduled, announced or proposed, not reported as done: "slated for completion by 2027", "will begin", an alliance a leader "now speaks of"). */
    status: 'reported' | 'attributed' | 'hedged' | 'planned';
    /** Id of the record this one tells again: the same deal, told in another source or passage (linkReason says how the texts establish it); null for the first telling. */
    sameAs: string | null;
    /** Id of the larger deal this record is one step or part of; null when it stands alone. */
    partOf: string | null;
    /** Id of a record that may tell the same deal; the texts do not settle it (linkReason says why), so it is counted separately; null when none. */
    possiblySameAs: string | null;
    /** The evidence for sameAs, partOf or possiblySameAs; null when there is no link. */
    linkReason: string | null;
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
    /** Id of the deal the record tells (derived): the first telling its sameAs and partOf links lead to. Count deals by distinct values. */
    deal: string;
    /** What each member is, in the order of `members` (derived from its entity): state, company or organization (programs, groups and other bodies). */
    memberRoles: ('state' | 'company' | 'organization')[];
    /** Ids of the countries the members belong to (derived): a state itself, a company or body its `country`; each once, in member order; null when no member has a country. */
    countries: string[] | null;
    /** Precision of the date (derived); null when the date is unknown. */
    datePrecision: 'year' | 'month' | 'day' | null;
}

/** The id of a row of the partnerships table. */
export declare type PartnershipId = "ukraine-denmark-drone-training-mission" | "poland-ukraine-joint-anti-drone-training-plan" | "ukraine-uk-drone-instructor-mission" | "uk-ukraine-drone-mass-production" | "quantum-frontline-industries" | "de-ua-autonomous-strike-drone-agreement" | "leap" | "ua-dk-lt-joint-venture" | "ua-defense-export-centers-europe" | "ua-europe-drone-alliance" | "russia-venezuela-drone-training-mission" | "ua-sudan-drone-training" | "ua-drone-know-how-mali-syria-rebels" | "poland-ukraine-drone-memorandum" | "poland-ukraine-drone-training-and-manufacturing-agreement";

/** The kind of a partnership. */
export declare type PartnershipKind = Partnership['kind'];

/** Every partnership, in record-file order. */
export declare const partnerships: readonly Partnership[];

export declare const PLACE_CITATIONS: {
    readonly m49: {
        readonly title: "UN Statistics Division, Standard country or area codes for statistical use (M49)";
        readonly url: "https://unstats.un.org/unsd/methodology/m49/";
        readonly checked: "2026-12-06";
        readonly note: "Region (the top level of M49: Africa 002, Americas 019, Asia 142, Europe 150, Oceania 009), read from the `region` field of the npm package world-countries 5.1.0, which follows M49 at that level (its subregions do not, so none are recorded).";
    };
    readonly nato: {
        readonly title: "NATO Fast Facts: 30 member countries with the year each joined (CNN)";
        readonly url: "https://edition.cnn.com/2013/07/30/world/nato-fast-facts/";
        readonly checked: "2026-12-06";
        readonly note: "Years of accession; Germany joined in 1955 as West Germany. The same years are on NATO's own list of member countries (https://www.nato.int/cps/en/natohq/topics_52044.htm).";
    };
    readonly eu: {
        readonly title: "Year each state joined the EU, compiled from the CIA World Factbook (understandeurope.com)";
        readonly url: "http://www.understandeurope.com/data/yeareu.php";
        readonly checked: "2026-12-06";
        readonly note: "Years of accession, counted from the European Economic Community (1958) for its six founders; the Danish EU information centre counts them from the Coal and Steel Community of 1952 (https://english.eu.dk/en/faq/membership).";
    };
    readonly brexit: {
        readonly title: "When did the United Kingdom leave the European Union? (Government of the Netherlands)";
        readonly url: "https://www.government.nl/topics/brexit/question-and-answer/when-will-the-united-kingdom-leave-the-european-union";
        readonly checked: "2026-12-06";
        readonly note: "The United Kingdom left the EU on 31 January 2020.";
    };
};

/**
 * Facts about states that the five sources do not state: each state's UN M49 region and its
 * membership of the EU and NATO, with dates. They come from the published lists in
 * `PLACE_CITATIONS`, never from the articles, and are kept apart from the records so that a
 * reader can tell the two kinds of evidence apart. No npm package carries EU and NATO
 * memberships with dates (world-countries, countries-list and i18n-iso-countries were checked),
 * so the table is kept here, one line per state the records name.
 */
/** A published list a fact of `STATES` is taken from. */
export declare interface PlaceCitation {
    /** What the list gives. */
    title: string;
    /** The page (or package) the fact was read from. */
    url: string;
    /** Day it was read (ISO 8601). */
    checked: string;
    /** What was read there, and any caveat. */
    note: string;
}

/** How the text qualifies a figure's number ("about" is approximately). */
export declare type Qualifier = Figure['qualifier'];

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

/** The id of a row of the quotes table. */
export declare type QuoteId = "zelenskyy-drone-wall-2025-09-30" | "frederiksen-ukraine-only-anti-drone-expert" | "kubilius-ukraine-teaching-us" | "rutte-ukraine-innovation-powerhouse" | "von-der-leyen-drones-russian-equipment-losses" | "draghi-procurement-from-us" | "shmyhal-security-cooperation-new-level" | "kierwinski-belarusian-russian-drones";

/** Every quote, in record-file order. */
export declare const quotes: readonly Quote[];

/** How firmly a source reports an event or a partnership: reported, attributed, hedged, planned. */
export declare type ReportStatus = EventRecord['status'] & Partnership['status'];

/**
 * Why a number of a source text is not recorded as a figure: the controlled list every entry of
 * the set-aside table takes its `reason` from, each with its definition. Reasons that name a
 * figure (`repeat-of`, `other-unit`, `part-of-figure`) carry its id in the entry's `figure`.
 */
export declare const SET_ASIDE_REASONS: {
    readonly 'vague-amount': "A scale without a value (\"dozens\", \"tens of billions\", \"a few thousand\"), so there is no number to record.";
    readonly 'repeat-of': "Restates a number that a figure of the same source records, with the same value; the entry names the figure.";
    readonly 'other-unit': "Restates the quantity of a figure in another unit (\"(600 miles)\" after \"1,000 kilometers\"); the entry names the figure.";
    readonly 'part-of-figure': "Says what a figure counts, its period or a threshold (\"in six months\", \"within 500 meters\"), and is kept in that figure's label or period; the entry names the figure.";
    readonly rank: "An ordinal: a place in an order or ranking (\"second-largest\", \"the first war in which\"), not an amount.";
    readonly 'not-a-quantity': "Counts nothing the data could measure: a pronoun or idiom (\"one of the\", \"at first\"), the items of a list (\"Three stand out\", \"one of his two key war aims\"), named parties (\"the two nations\") or digits in a name (\"F-35\").";
    readonly rhetorical: "A number in a figure of speech or comparison that the text does not offer as a measurement (\"anything agreed at the last three NATO summits combined\").";
    readonly 'relative-date': "Dates something relative to the article (\"just over a week ago\"); dates are carried by the date fields of records.";
    readonly 'out-of-scope': "A quantity stated as fact that bears on none of the report's topics (drones, the defense industry, air defense, strikes, cooperation, spending, manpower, proliferation, the war's course).";
};

/** A row of the numbers set aside table. */
export declare interface SetAside {
    /** Id of the source whose text states the number. */
    source: string;
    /** The number as written, as the build reads it: "tens of thousands", "second", "600", "a week". */
    span: string;
    /** A few words around the number, verbatim from the source, that occur there once (at most 80 characters: the articles themselves are not republished). */
    context: string;
    /** Why the number is not a figure. vague-amount: A scale without a value ("dozens", "tens of billions", "a few thousand"), so there is no number to record. repeat-of: Restates a number that a figure of the same source records, with the same value; the entry names the figure. other-unit: Restates the quantity of a figure in another unit ("(600 miles)" after "1,000 kilometers"); the entry names the figure. part-of-figure: Says what a figure counts, its period or a threshold ("in six months", "within 500 meters"), and is kept in that figure's label or period; the entry names the figure. rank: An ordinal: a place in an order or ranking ("second-largest", "the first war in which"), not an amount. not-a-quantity: Counts nothing the data could measure: a pronoun or idiom ("one of the", "at first"), the items of a list ("Three stand out", "one of his two key war aims"), named parties ("the two nations") or digits in a name ("F-35"). rhetorical: A number in a figure of speech or comparison that the text does not offer as a measurement ("anything agreed at the last three NATO summits combined"). relative-date: Dates something relative to the article ("just over a week ago"); dates are carried by the date fields of records. out-of-scope: A quantity stated as fact that bears on none of the report's topics (drones, the defense industry, air defense, strikes, cooperation, spending, manpower, proliferation, the war's course). */
    reason: 'vague-amount' | 'repeat-of' | 'other-unit' | 'part-of-figure' | 'rank' | 'not-a-quantity' | 'rhetorical' | 'relative-date' | 'out-of-scope';
    /** Id of the figure the number repeats (repeat-of), restates in another unit (other-unit) or belongs to (part-of-figure); null for the other reasons. */
    figure: string | null;
    /** Why, in a short sentence of our own. */
    note: string;
}

/**
 * Every number of the source texts that no figure records, with the reason (one of
 * `SET_ASIDE_REASONS`) and a few words of context. With the figures, it accounts for every number
 * in the sources.
 */
export declare const setAside: readonly SetAside[];

export declare type SetAsideReason = keyof typeof SET_ASIDE_REASONS;

/** A row of the sources table. */
export declare interface Source {
    /** Stable kebab-case id, the `source` of every record citing it. */
    id: string;
    /** Title as given in the text or on the page at `url`, or a neutral description when neither gives one (titleGiven false). */
    title: string;
    /** True when `title` is the piece's own title, given in the text or, when the text has none, by a public copy of it (`note` then says so); false when neither has one and `title` is our description. */
    titleGiven: boolean;
    /** How the report names the source in running text ("Dickinson", "the industry analysis"): defined once here, used everywhere. */
    shortName: string;
    /** Author as the text or the page at `url` states it; null when neither does. */
    author: string | null;
    /** Author's role as the text states it. */
    authorRole: string | null;
    /** Publisher or outlet of the text as published, as the text or the page at `url` establishes it, or else as other pages name it (reports of the piece, a feed of the publisher); `provenance.finding` says which; null when unknown. */
    publisher: string | null;
    /** True when the publisher is inferred from other pages (reports of the piece, a feed of the publisher) rather than read in the text or on the publisher's own page; `provenance.finding` gives the evidence. */
    publisherInferred: boolean;
    /** Publication date or, when only bounded by evidence, an ISO 8601 interval. */
    date: string;
    /** True when the date is inferred from evidence rather than read: from the publisher's page (`provenance.published`) it is read. */
    dateInferred: boolean;
    /** The evidence for an inferred date; null when the date is read. */
    dateReason: string | null;
    /** Address of a public page whose text matches ours word for word (`provenance.copy` says whose page it is); null when none was found (never guessed). */
    url: string | null;
    /** news, analysis, op-ed or blog. */
    kind: 'news' | 'analysis' | 'op-ed' | 'blog';
    /** BCP 47 language tag. */
    language: string;
    /** File name of the full text under packages/data/sources/, kept for verification only and never published. */
    file: string;
    /** What is known and unknown about the source. */
    note: string;
    /** How the origin was looked for, and what was found. */
    provenance: {
        /** Day the search for the original and public copies was made. */
        checked: string;
        /** What the page at `url` is: the publisher's own page, or a republication of the text on another site; null when no page was found. */
        copy: 'publisher' | 'republication' | null;
        /** Date the page at `url` gives itself (in its text or its address), as read; null when it gives none or no page was found. A republication dates the copy, so it bounds the original from above. */
        published: string | null;
        /** Passage of our text compared word for word with the page at `url` (checked verbatim against our text); null when no page was found. */
        compared: string | null;
        /** What our text is: the original piece, a syndicated copy of it, or a rewrite of another piece (`isBasedOn`); null when unknown. */
        version: 'original' | 'syndicated' | 'rewrite' | null;
        /** The piece our text retells, for a rewrite; null otherwise or when unknown. */
        isBasedOn: {
            /** Title of the piece our text retells. */
            title: string | null;
            /** Its author, as a copy of it names them. */
            author: string | null;
            /** Outlet that published it, as a copy names it. */
            outlet: string | null;
            /** Its publication date as a copy states it; null if none does. */
            date: string | null;
            /** Address where we read it (a republication when the original page was not found); null when not found. */
            url: string | null;
        } | null;
        /** Searches tried (queries of public web pages), so a missing page is a documented absence. */
        searches: string[];
        /** What the check established, from which page, and what stays unknown. */
        finding: string;
    };
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

/**
 * The fields of a source that a chart's credit line and labels read: its author, its title (quoted
 * only when the piece gives one), its date and whether that date is inferred, and the short name
 * running text calls it by. The address, provenance, notes and rendered references of the full
 * `sources` rows stay out, so a browser page that draws a chart does not carry them.
 */
declare const SOURCE_CREDIT_FIELDS: readonly ["id", "shortName", "author", "title", "titleGiven", "date", "dateInferred"];

/** A source as a credit line cites it: the `SOURCE_CREDIT_FIELDS` of a row of `sources`. */
export declare type SourceCredit = Pick<Source, (typeof SOURCE_CREDIT_FIELDS)[number]>;

/**
 * Every source as a chart's credit line cites it (author, title, date, short name), in
 * record-file order: what a chart in a browser reads instead of `sources`, whose provenance and
 * rendered references it does not draw.
 */
export declare const sourceCredits: readonly SourceCredit[];

/** The id of a row of the sources table. */
export declare type SourceId = "denmark-training-drone-superpower" | "europe-absorbs-ukraine-drone-industry" | "poland-seeks-drone-expertise" | "europe-speed-and-capital" | "global-rush-drone-training";

/** Every source, in record-file order. */
export declare const sources: readonly Source[];

export declare interface StateFacts {
    region: M49Region;
    eu: Membership | null;
    nato: Membership | null;
}

/** Every state the records name, by lowercase ISO 3166-1 alpha-2 code (its entity id). */
export declare const STATES: Readonly<Record<string, StateFacts>>;

declare const STYLES: {
    readonly apa: "APA-style reference";
    readonly bibtex: "BibTeX entry";
};

/** A topic a record is filed under (the report's chapters follow them). */
export declare type Topic = Figure['topics'][number];

/** Figures left out of comparisons within a measure: neither a period nor an `asOf` places them in time. */
export declare function undatedFigures(figures?: readonly Figure[]): Figure[];

export declare type Unit = keyof typeof UNITS;

/**
 * The controlled unit vocabulary. A rate is a unit of its own ("drones/year", "money/month"): a
 * count of drones, a yearly output and a daily average are different quantities.
 *
 * - `code`: the UCUM code (curly-brace annotations for counts of things, as UCUM allows; a night
 *   is `{night}`, since UCUM has no such unit); null for money, whose unit is the figure's
 *   `currency` (ISO 4217), not a UCUM code.
 * - `quantity` and `factor`: units of one quantity convert into each other through their factor
 *   (the size of the unit in the quantity's reference unit: a mile is 1.609344 km). A figure is
 *   converted to its measure's unit, never to a fixed base, so 60 s stays 60 s, not 0.000694 d.
 * - `per`: for a rate, the time unit it is counted per; null for a plain quantity.
 */
export declare const UNITS: {
    readonly drones: {
        readonly code: "{drone}";
        readonly quantity: "drones";
        readonly factor: 1;
        readonly per: null;
    };
    readonly 'drones/year': {
        readonly code: "{drone}/a";
        readonly quantity: "drones/year";
        readonly factor: 1;
        readonly per: "year";
    };
    readonly 'drones/day': {
        readonly code: "{drone}/d";
        readonly quantity: "drones/day";
        readonly factor: 1;
        readonly per: "day";
    };
    readonly 'drones/night': {
        readonly code: "{drone}/{night}";
        readonly quantity: "drones/night";
        readonly factor: 1;
        readonly per: "night";
    };
    readonly 'targets/night': {
        readonly code: "{target}/{night}";
        readonly quantity: "targets/night";
        readonly factor: 1;
        readonly per: "night";
    };
    readonly flights: {
        readonly code: "{flight}";
        readonly quantity: "flights";
        readonly factor: 1;
        readonly per: null;
    };
    readonly people: {
        readonly code: "{person}";
        readonly quantity: "people";
        readonly factor: 1;
        readonly per: null;
    };
    readonly troops: {
        readonly code: "{troop}";
        readonly quantity: "troops";
        readonly factor: 1;
        readonly per: null;
    };
    readonly companies: {
        readonly code: "{company}";
        readonly quantity: "companies";
        readonly factor: 1;
        readonly per: null;
    };
    readonly countries: {
        readonly code: "{country}";
        readonly quantity: "countries";
        readonly factor: 1;
        readonly per: null;
    };
    readonly centers: {
        readonly code: "{center}";
        readonly quantity: "centers";
        readonly factor: 1;
        readonly per: null;
    };
    readonly settlements: {
        readonly code: "{settlement}";
        readonly quantity: "settlements";
        readonly factor: 1;
        readonly per: null;
    };
    readonly percent: {
        readonly code: "%";
        readonly quantity: "fraction";
        readonly factor: 0.01;
        readonly per: null;
    };
    readonly fraction: {
        readonly code: "1";
        readonly quantity: "fraction";
        readonly factor: 1;
        readonly per: null;
    };
    readonly km: {
        readonly code: "km";
        readonly quantity: "length";
        readonly factor: 1;
        readonly per: null;
    };
    readonly mi: {
        readonly code: "[mi_i]";
        readonly quantity: "length";
        readonly factor: 1.609344;
        readonly per: null;
    };
    readonly km2: {
        readonly code: "km2";
        readonly quantity: "area";
        readonly factor: 1;
        readonly per: null;
    };
    readonly seconds: {
        readonly code: "s";
        readonly quantity: "time";
        readonly factor: 1;
        readonly per: null;
    };
    readonly minutes: {
        readonly code: "min";
        readonly quantity: "time";
        readonly factor: 60;
        readonly per: null;
    };
    readonly months: {
        readonly code: "mo";
        readonly quantity: "time";
        readonly factor: 2629800;
        readonly per: null;
    };
    readonly years: {
        readonly code: "a";
        readonly quantity: "time";
        readonly factor: 31557600;
        readonly per: null;
    };
    readonly money: {
        readonly code: null;
        readonly quantity: "money";
        readonly factor: 1;
        readonly per: null;
    };
    readonly 'money/year': {
        readonly code: null;
        readonly quantity: "money/year";
        readonly factor: 1;
        readonly per: "year";
    };
    readonly 'money/month': {
        readonly code: null;
        readonly quantity: "money/month";
        readonly factor: 1;
        readonly per: "month";
    };
};

export { }
