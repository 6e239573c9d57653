/**
 * Facts about states that the five sources do not state: each state's UN M49 region and its
 * membership of the EU and NATO, with dates. They come from the published lists in
 * `PLACE_CITATIONS`, never from the articles, and are kept apart from the records so that a
 * reader can tell the two kinds of evidence apart. No npm package carries EU and NATO
 * memberships with dates (world-countries, countries-list and i18n-iso-countries were checked),
 * so the table is kept here, one line per state the records name.
 */

/** A published list a fact of `STATES` is taken from. */
export interface PlaceCitation {
  /** What the list gives. */
  title: string;
  /** The page (or package) the fact was read from. */
  url: string;
  /** Day it was read (ISO 8601). */
  checked: string;
  /** What was read there, and any caveat. */
  note: string;
}

export const PLACE_CITATIONS = {
  m49: {
    title: 'UN Statistics Division, Standard country or area codes for statistical use (M49)',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
    checked: '2026-12-06',
    note: 'Region (the top level of M49: Africa 002, Americas 019, Asia 142, Europe 150, Oceania 009), read from the `region` field of the npm package world-countries 5.1.0, which follows M49 at that level (its subregions do not, so none are recorded).',
  },
  nato: {
    title: 'NATO Fast Facts: 30 member countries with the year each joined (CNN)',
    url: 'https://edition.cnn.com/2013/07/30/world/nato-fast-facts/',
    checked: '2026-12-06',
    note: "Years of accession; Germany joined in 1955 as West Germany. The same years are on NATO's own list of member countries (https://www.nato.int/cps/en/natohq/topics_52044.htm).",
  },
  eu: {
    title:
      'Year each state joined the EU, compiled from the CIA World Factbook (understandeurope.com)',
    url: 'http://www.understandeurope.com/data/yeareu.php',
    checked: '2026-12-06',
    note: 'Years of accession, counted from the European Economic Community (1958) for its six founders; the Danish EU information centre counts them from the Coal and Steel Community of 1952 (https://english.eu.dk/en/faq/membership).',
  },
  brexit: {
    title: 'When did the United Kingdom leave the European Union? (Government of the Netherlands)',
    url: 'https://www.government.nl/topics/brexit/question-and-answer/when-will-the-united-kingdom-leave-the-european-union',
    checked: '2026-12-06',
    note: 'The United Kingdom left the EU on 31 January 2020.',
  },
} as const satisfies Record<string, PlaceCitation>;

/** UN M49 regions (top level), by code. */
export const M49_REGIONS = {
  '002': 'Africa',
  '019': 'Americas',
  '142': 'Asia',
  '150': 'Europe',
  '009': 'Oceania',
} as const;

export type M49Region = keyof typeof M49_REGIONS;

/** A membership: the year (or day) it began and, when it ended, the day it ended. */
export interface Membership {
  from: string;
  until: string | null;
}

export interface StateFacts {
  region: M49Region;
  eu: Membership | null;
  nato: Membership | null;
}

const since = (from: string): Membership => ({ from, until: null });

/** Every state the records name, by lowercase ISO 3166-1 alpha-2 code (its entity id). */
export const STATES: Readonly<Record<string, StateFacts>> = {
  ua: { region: '150', eu: null, nato: null },
  ru: { region: '150', eu: null, nato: null },
  by: { region: '150', eu: null, nato: null },
  pl: { region: '150', eu: since('2004'), nato: since('1999') },
  dk: { region: '150', eu: since('1973'), nato: since('1949') },
  gb: { region: '150', eu: { from: '1973', until: '2020-01-31' }, nato: since('1949') },
  de: { region: '150', eu: since('1958'), nato: since('1955') },
  fr: { region: '150', eu: since('1958'), nato: since('1949') },
  it: { region: '150', eu: since('1958'), nato: since('1949') },
  lt: { region: '150', eu: since('2004'), nato: since('2004') },
  us: { region: '019', eu: null, nato: since('1949') },
  ve: { region: '019', eu: null, nato: null },
  br: { region: '019', eu: null, nato: null },
  co: { region: '019', eu: null, nato: null },
  mx: { region: '019', eu: null, nato: null },
  ht: { region: '019', eu: null, nato: null },
  kr: { region: '142', eu: null, nato: null },
  kp: { region: '142', eu: null, nato: null },
  bh: { region: '142', eu: null, nato: null },
  ir: { region: '142', eu: null, nato: null },
  sd: { region: '002', eu: null, nato: null },
};
