// Generated from src/build/rows.ts by `pnpm --filter @ua-drones/data generate`: do not edit.

/** A row of the figures table. */
export interface Figure {
  /** Stable kebab-case id. Never contains the value: a corrected value must not force a rename. */
  id: string;
  /** What the number counts, in a short phrase of our own. */
  label: string;
  /** The number as stated, in the stated unit (2.2 million is 2200000; 87% is 87 with unit percent). Must be readable from the excerpt. */
  value: number;
  /** Unit from the controlled vocabulary (the package exports it as `UNITS`). Rates are units of their own: drones/year, drones/day, drones/night, money/month. */
  unit:
    | 'drones'
    | 'drones/year'
    | 'drones/day'
    | 'drones/night'
    | 'targets/night'
    | 'flights'
    | 'people'
    | 'troops'
    | 'companies'
    | 'countries'
    | 'centers'
    | 'settlements'
    | 'percent'
    | 'fraction'
    | 'km'
    | 'mi'
    | 'km2'
    | 'seconds'
    | 'minutes'
    | 'months'
    | 'years'
    | 'money'
    | 'money/year'
    | 'money/month';
  /** ISO 4217 code of the currency for a money unit (EUR, USD); null for every other unit. */
  currency: string | null;
  /** How the text qualifies the number ("about" is approximately, "over" is more-than). */
  qualifier:
    | 'exact'
    | 'approximately'
    | 'at-least'
    | 'more-than'
    | 'less-than'
    | 'almost'
    | 'up-to';
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
  topics: (
    | 'production'
    | 'air-defense'
    | 'deep-strike'
    | 'cooperation'
    | 'industry-finance'
    | 'autonomy-law'
    | 'proliferation'
    | 'manpower'
    | 'war'
  )[];
  /** What kind of claim it is: official-statement (by an official or office of a state or organization that is not a party to the war, named in attributedTo); estimate; claim (a claim the text attributes to someone who is neither an official nor a party to the war, or calls claimed, or restates from one: "its developers claim", "volunteers have described", "a claimed hit rate"); party-claim (by a party to the war, named in attributedTo: Ukraine or Russia, their leaders, officials and forces; an official of any other state or organization makes an official-statement); pledge-or-plan; reported-event (an event the text states as fact, unattributed); reported (stated as fact, unattributed: never with attributedTo). */
  status:
    | 'official-statement'
    | 'estimate'
    | 'claim'
    | 'party-claim'
    | 'pledge-or-plan'
    | 'reported-event'
    | 'reported';
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
  baseUnit:
    | 'drones'
    | 'drones/year'
    | 'drones/day'
    | 'drones/night'
    | 'targets/night'
    | 'flights'
    | 'people'
    | 'troops'
    | 'companies'
    | 'countries'
    | 'centers'
    | 'settlements'
    | 'percent'
    | 'fraction'
    | 'km'
    | 'mi'
    | 'km2'
    | 'seconds'
    | 'minutes'
    | 'months'
    | 'years'
    | 'money'
    | 'money/year'
    | 'money/month';
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

/** A row of the measures table. */
export interface Measure {
  /** Stable kebab-case id, the `measure` of the figures that measure it. */
  id: string;
  /** What is measured, e.g. "Drones produced in Ukraine per year". */
  label: string;
  /** The measure's base unit: the unit its figures are compared in. Each figure's `valueInBaseUnit` is its value converted to it (miles to km, minutes to seconds, a fraction to percent); every length is in km and every share in percent (MEASURE_UNITS), a time in the unit the measure names. */
  unit:
    | 'drones'
    | 'drones/year'
    | 'drones/day'
    | 'drones/night'
    | 'targets/night'
    | 'flights'
    | 'people'
    | 'troops'
    | 'companies'
    | 'countries'
    | 'centers'
    | 'settlements'
    | 'percent'
    | 'fraction'
    | 'km'
    | 'mi'
    | 'km2'
    | 'seconds'
    | 'minutes'
    | 'months'
    | 'years'
    | 'money'
    | 'money/year'
    | 'money/month';
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

/** A row of the events table. */
export interface EventRecord {
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
  kind:
    | 'agreement'
    | 'incursion'
    | 'strike'
    | 'unveiling'
    | 'resolution'
    | 'training-mission'
    | 'investment'
    | 'statement'
    | 'deployment'
    | 'other';
  /** Ids of the entities that acted or were acted upon. */
  actors: string[];
  /** Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower, war (the course and length of the war itself). */
  topics: (
    | 'production'
    | 'air-defense'
    | 'deep-strike'
    | 'cooperation'
    | 'industry-finance'
    | 'autonomy-law'
    | 'proliferation'
    | 'manpower'
    | 'war'
  )[];
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

/** A row of the partnerships table. */
export interface Partnership {
  /** Stable kebab-case id. */
  id: string;
  /** Name of the program, venture or agreement. */
  name: string;
  /** A short name of our own for tight spaces such as a chart's row labels (about 32 characters, at most 40), exactly as strong as `name`: no fact it lacks, and a hedge it carries kept by attribution ("Drone alliance von der Leyen speaks of"). */
  shortName: string;
  /** What kind of partnership it is; assistance is help or know-how shared in no more specific form the text names; alliance is one the text calls an alliance without saying what form it takes. */
  kind:
    | 'program'
    | 'joint-venture'
    | 'memorandum'
    | 'agreement'
    | 'training-mission'
    | 'investment'
    | 'production'
    | 'assistance'
    | 'alliance';
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
  topics: (
    | 'production'
    | 'air-defense'
    | 'deep-strike'
    | 'cooperation'
    | 'industry-finance'
    | 'autonomy-law'
    | 'proliferation'
    | 'manpower'
    | 'war'
  )[];
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

/** A row of the quotes table. */
export interface Quote {
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
  topics: (
    | 'production'
    | 'air-defense'
    | 'deep-strike'
    | 'cooperation'
    | 'industry-finance'
    | 'autonomy-law'
    | 'proliferation'
    | 'manpower'
    | 'war'
  )[];
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

/** A row of the entities table. */
export interface Entity {
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

/** A row of the sources table. */
export interface Source {
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

/** A row of the errata table. */
export interface Erratum {
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

/** A row of the numbers set aside table. */
export interface SetAside {
  /** Id of the source whose text states the number. */
  source: string;
  /** The number as written, as the build reads it: "tens of thousands", "second", "600", "a week". */
  span: string;
  /** A few words around the number, verbatim from the source, that occur there once (at most 80 characters: the articles themselves are not republished). */
  context: string;
  /** Why the number is not a figure. vague-amount: A scale without a value ("dozens", "tens of billions", "a few thousand"), so there is no number to record. repeat-of: Restates a number that a figure of the same source records, with the same value; the entry names the figure. other-unit: Restates the quantity of a figure in another unit ("(600 miles)" after "1,000 kilometers"); the entry names the figure. part-of-figure: Says what a figure counts, its period or a threshold ("in six months", "within 500 meters"), and is kept in that figure's label or period; the entry names the figure. rank: An ordinal: a place in an order or ranking ("second-largest", "the first war in which"), not an amount. not-a-quantity: Counts nothing the data could measure: a pronoun or idiom ("one of the", "at first"), the items of a list ("Three stand out", "one of his two key war aims"), named parties ("the two nations") or digits in a name ("F-35"). rhetorical: A number in a figure of speech or comparison that the text does not offer as a measurement ("anything agreed at the last three NATO summits combined"). relative-date: Dates something relative to the article ("just over a week ago"); dates are carried by the date fields of records. out-of-scope: A quantity stated as fact that bears on none of the report's topics (drones, the defense industry, air defense, strikes, cooperation, spending, manpower, proliferation, the war's course). */
  reason:
    | 'vague-amount'
    | 'repeat-of'
    | 'other-unit'
    | 'part-of-figure'
    | 'rank'
    | 'not-a-quantity'
    | 'rhetorical'
    | 'relative-date'
    | 'out-of-scope';
  /** Id of the figure the number repeats (repeat-of), restates in another unit (other-unit) or belongs to (part-of-figure); null for the other reasons. */
  figure: string | null;
  /** Why, in a short sentence of our own. */
  note: string;
}

/** A row of the conflicts table. */
export interface ConflictRow {
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
