import { M49_REGIONS, STATES } from '../places.ts';
import type { EntityRecord } from '../schema/entity.ts';
import type { EventRecord } from '../schema/event.ts';
import type { FigureRecord, MeasureRecord } from '../schema/figure.ts';
import type { PartnershipRecord } from '../schema/partnership.ts';
import type { QuoteRecord } from '../schema/quote.ts';
import type { SourceRecord } from '../schema/source.ts';
import { convert, UNITS } from '../units.ts';

export type Precision = 'year' | 'month' | 'day';

/** The precision of an ISO date is its length: `2025` is a year, `2025-09` a month. */
export function datePrecision(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** First day an ISO date covers (`2025` starts on 2025-01-01). */
function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** Last day an ISO date covers (`2025-02` ends on 2025-02-28). */
function lastDay(date: string): string {
  const [year = '0', month, day] = date.split('-');
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${pad(last)}`;
}

/** Start, end (null when open) and precision of an ISO date or interval. */
export function periodBounds(period: string) {
  const [start = period, end = start] = period.split('/');
  return {
    start: firstDay(start),
    end: end === '..' ? null : lastDay(end),
    precision: datePrecision(start),
  };
}

/** A figure with its value in its measure's unit and the bounds of its period and `asOf`. */
export function deriveFigure(figure: FigureRecord, measure: MeasureRecord) {
  const period = figure.period === null ? null : periodBounds(figure.period);
  const asOf = figure.asOf === null ? null : periodBounds(figure.asOf);
  return {
    ...figure,
    unitCode: UNITS[figure.unit].code,
    baseUnit: measure.unit,
    valueInBaseUnit: convert(figure.value, figure.unit, measure.unit),
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    periodPrecision: period?.precision ?? null,
    asOfStart: asOf?.start ?? null,
    asOfEnd: asOf?.end ?? null,
    errata: figure.errata ?? [],
  };
}

export function deriveMeasure(measure: MeasureRecord, figures: readonly FigureRecord[]) {
  return {
    ...measure,
    unitCode: UNITS[measure.unit].code,
    figureCount: figures.filter((figure) => figure.measure === measure.id).length,
  };
}

/** Identity links as rows carry them: every field present, null when the record has none. */
const links = (record: EventRecord | PartnershipRecord) => ({
  sameAs: record.sameAs ?? null,
  partOf: record.partOf ?? null,
  possiblySameAs: record.possiblySameAs ?? null,
  linkReason: record.linkReason ?? null,
});

type EntityCountries = ReadonlyMap<string, { kind: string; country: string | null }>;

/** The countries of some entities, each once, in order: a state itself, another its country; null if none has one. */
const countriesOf = (ids: readonly string[], entities: EntityCountries) => {
  const countries = [...new Set(ids.flatMap((id) => entities.get(id)?.country ?? []))];
  // An empty list would be an empty CSV cell, which reads as null: say null in JSON too.
  return countries.length > 0 ? countries : null;
};

/** `roots`: the incident each event tells (see `rootsOf`); `entities`: every entity row, by id. */
export const deriveEvent = (
  event: EventRecord,
  roots: ReadonlyMap<string, string>,
  entities: EntityCountries,
) => ({
  ...event,
  ...links(event),
  incident: roots.get(event.id) ?? event.id,
  countries: countriesOf(event.actors, entities),
  datePrecision: event.date === null ? null : datePrecision(event.date),
  errata: event.errata ?? [],
});

const ROLES = { country: 'state', company: 'company' } as const;

/** `roots`: the deal each partnership tells; `entities`: every entity row, by id. */
export const derivePartnership = (
  partnership: PartnershipRecord,
  roots: ReadonlyMap<string, string>,
  entities: EntityCountries,
) => {
  const members = partnership.members.map((id) => entities.get(id));
  return {
    ...partnership,
    ...links(partnership),
    deal: roots.get(partnership.id) ?? partnership.id,
    memberRoles: members.map(
      (member) => ROLES[member?.kind as keyof typeof ROLES] ?? ('organization' as const),
    ),
    countries: countriesOf(partnership.members, entities),
    datePrecision: partnership.date === null ? null : datePrecision(partnership.date),
    errata: partnership.errata ?? [],
  };
};

/** An entity with its country and, from the cited table of states, that country's region and memberships. */
export const deriveEntity = (entity: EntityRecord) => {
  const country = entity.kind === 'country' ? entity.id : (entity.country ?? null);
  const state = country === null ? undefined : STATES[country];
  return {
    ...entity,
    country,
    named: entity.named ?? true,
    region: state === undefined ? null : M49_REGIONS[state.region],
    regionM49: state?.region ?? null,
    euFrom: state?.eu?.from ?? null,
    euUntil: state?.eu?.until ?? null,
    natoFrom: state?.nato?.from ?? null,
    natoUntil: state?.nato?.until ?? null,
  };
};

export const deriveQuote = (quote: QuoteRecord) => ({
  ...quote,
  datePrecision: quote.date === null ? null : datePrecision(quote.date),
  errata: quote.errata ?? [],
});

export const deriveSourceDates = (source: SourceRecord) => {
  const bounds = periodBounds(source.date);
  return { dateStart: bounds.start, dateEnd: bounds.end, datePrecision: bounds.precision };
};
