import { DataInputError, finite, keyOf, show } from './errors.ts';
import type { Figure } from './types.ts';
import { convert, isMoney, UNITS, type Unit } from './units.ts';

export interface FormatOptions {
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

const QUALIFIERS: Record<Figure['qualifier'], string> = {
  exact: '',
  approximately: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'less-than': 'less than',
  almost: 'almost',
  'up-to': 'up to',
};

/** The word a qualifier puts before a number ("about", "more than"); empty for `exact`. */
export function formatQualifier(qualifier: Figure['qualifier']): string {
  return QUALIFIERS[keyOf('formatQualifier', 'qualifier', qualifier, QUALIFIERS)];
}

/** Units Intl can spell itself (locale-aware symbols such as "km" and "%"). */
const INTL_UNITS: Partial<Record<Unit, string>> = {
  km: 'kilometer',
  mi: 'mile',
  seconds: 'second',
  minutes: 'minute',
  months: 'month',
  years: 'year',
};

/** The noun a count is read with, singular and plural. */
const NOUNS: Partial<Record<Unit, [string, string]>> = {
  drones: ['drone', 'drones'],
  'drones/year': ['drone', 'drones'],
  'drones/day': ['drone', 'drones'],
  'drones/night': ['drone', 'drones'],
  'targets/night': ['airborne target', 'airborne targets'],
  flights: ['flight', 'flights'],
  people: ['person', 'people'],
  troops: ['troop', 'troops'],
  companies: ['company', 'companies'],
  countries: ['country', 'countries'],
  centers: ['center', 'centers'],
  settlements: ['settlement', 'settlements'],
};

/** How a rate reads after its number: "4 million drones a year", "75 drones in one night". */
const PER: Record<'year' | 'month' | 'day' | 'night', string> = {
  year: 'a year',
  month: 'a month',
  day: 'a day',
  night: 'in one night',
};

/**
 * Compact notation reads well ("4.5 million") only when it loses nothing: a value of whole
 * millions or billions with at most two decimals.
 */
function compactable(value: number): boolean {
  const magnitude = Math.abs(value);
  if (magnitude < 1e6) return false;
  const scale = magnitude >= 1e9 ? 1e9 : 1e6;
  return Number.isInteger(Math.round((magnitude / scale) * 1e6) / 1e4);
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a site formats
// thousands of figures with a handful of option sets.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, options: Intl.NumberFormatOptions) {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

function number(value: number, locale: string | undefined, options: Intl.NumberFormatOptions = {}) {
  return formatter(locale, {
    maximumFractionDigits: 2,
    ...(compactable(value) ? { notation: 'compact', compactDisplay: 'long' } : {}),
    ...options,
  }).format(value);
}

/**
 * A number as a reader says it, without a unit: 4,500,000 is "4.5 million", 15,000 "15,000".
 * Charts and pages use it for values that have no record of their own (axis ticks, totals).
 */
export function formatNumber(value: number, { locale = 'en' }: { locale?: string } = {}): string {
  return number(finite('formatNumber', value), locale);
}

/**
 * Intl's compact currency is terse ("€800M"); a report reads "€800 million", so the long compact
 * number gets the currency symbol on the side the locale puts it.
 */
function money(value: number, currency: string, locale: string): string {
  const options = { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' } as const;
  if (!compactable(value)) return number(value, locale, options);
  const parts = formatter(locale, options).formatToParts(1);
  const symbolAt = parts.findIndex((part) => part.type === 'currency');
  const numberAt = parts.findIndex((part) => part.type === 'integer');
  const symbol = parts[symbolAt]?.value ?? currency;
  const space = parts.some((part) => part.type === 'literal' && /\s/.test(part.value))
    ? '\u00a0'
    : '';
  const amount = number(value, locale);
  return symbolAt < numberAt ? `${symbol}${space}${amount}` : `${amount}${space}${symbol}`;
}

/** Significant digits a stated value carries: 1,200 has 2, 0.5 has 1, 1,400 has 2. */
function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** A period of one calendar year already says "a year": "4.5 million drones (2025)". */
const spansOneYear = (period: string | null | undefined) =>
  period !== null && period !== undefined && /^\d{4}$/.test(period);

/**
 * A figure as a reader would say it: "4 million drones a year", "4.5 million drones" (for a
 * figure of 2025), "more than 1,000 km", "87%", "€800 million", "about $2,000 a month",
 * "about 0.5 mi (0.8 km)".
 */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier'> & {
    currency?: string | null;
    period?: string | null;
  },
  { locale = 'en', unit: withUnit = true, per: withPer = true }: FormatOptions = {},
): string {
  const value = finite('formatFigure', figure.value);
  const unit = keyOf('formatFigure', 'unit', figure.unit, UNITS);
  const qualifier = QUALIFIERS[keyOf('formatFigure', 'qualifier', figure.qualifier, QUALIFIERS)];
  const per = UNITS[unit].per;
  let text: string;
  // XXX is ISO 4217's "no currency": a hand-built figure without one shows a generic sign (¤)
  // rather than a guessed euro or dollar. Records always carry one (the schema requires it).
  if (isMoney(unit)) text = money(value, figure.currency ?? 'XXX', locale);
  else if (unit === 'percent') text = number(value / 100, locale, { style: 'percent' });
  else if (unit === 'fraction') text = number(value, locale, { style: 'percent' });
  else if (!withUnit) text = number(value, locale);
  else if (unit === 'km2') text = `${number(value, locale)} km²`;
  else if (INTL_UNITS[unit]) {
    const long = !['km', 'mi'].includes(unit);
    text = number(value, locale, {
      style: 'unit',
      unit: INTL_UNITS[unit],
      unitDisplay: long ? 'long' : 'short',
      notation: 'standard',
    });
    // A distance stated in miles is read beside kilometres, the unit the rest of the data uses,
    // rounded no finer than the stated value (half a mile is 0.8 km, not 1 km or 0.804672 km).
    if (unit === 'mi') {
      const km = number(convert(value, 'mi', 'km'), locale, {
        style: 'unit',
        unit: 'kilometer',
        maximumSignificantDigits: significantDigits(value),
        notation: 'standard',
      });
      text = `${text} (${km})`;
    }
  } else {
    const [one, many] = NOUNS[unit] ?? [unit, unit];
    text = `${number(value, locale)} ${value === 1 ? one : many}`;
  }
  const perSaid = per === 'year' && spansOneYear(figure.period);
  if (per !== null && withPer && !perSaid && (withUnit || isMoney(unit)))
    text = `${text} ${PER[per]}`;
  return qualifier ? `${qualifier} ${text}` : text;
}

// Made on first use, so a bundle that formats only figures builds no date formatter.
let month: Intl.DateTimeFormat | undefined;
let day: Intl.DateTimeFormat | undefined;

/** An ISO date at its own precision: "2025", "September 2025", "30 September 2025". */
export function formatDate(iso: string): string {
  return dateText('formatDate', iso);
}

const DATE_FORMS = 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD';

function dateText(helper: string, iso: unknown): string {
  if (typeof iso !== 'string')
    throw new DataInputError(helper, iso, `expects ${DATE_FORMS} (a string), got ${show(iso)}`);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new DataInputError(helper, iso, `${show(iso)} is not ${DATE_FORMS}`);
  const [, year, monthOfYear, dayOfMonth] = match;
  if (monthOfYear === undefined) return iso;
  // Date.UTC rolls 2025-13-45 over into 2026 rather than failing: a real date survives the trip.
  const date = new Date(Date.UTC(Number(year), Number(monthOfYear) - 1, Number(dayOfMonth ?? 1)));
  if (date.toISOString().slice(0, iso.length) !== iso)
    throw new DataInputError(helper, iso, `${show(iso)} is not a calendar date (${DATE_FORMS})`);
  if (dayOfMonth === undefined) {
    month ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return month.format(date);
  }
  day ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return day.format(date);
}

/**
 * An ISO date or interval as a reader says it: "2024–2025", "April 2026 or later" (an open end),
 * "not stated" for null.
 */
export function formatPeriod(iso: string | null): string {
  if (iso === null) return 'not stated';
  if (typeof iso !== 'string')
    throw new DataInputError(
      'formatPeriod',
      iso,
      `expects an ISO 8601 date or interval ("2025", "2024/2025", "2026-04/..") or null, got ${show(iso)}`,
    );
  const [start = iso, end, extra] = iso.split('/');
  if (extra !== undefined)
    throw new DataInputError('formatPeriod', iso, `${show(iso)} has more than one "/"`);
  if (end === undefined) return dateText('formatPeriod', start);
  if (end === '..') return `${dateText('formatPeriod', start)} or later`;
  return `${dateText('formatPeriod', start)}–${dateText('formatPeriod', end)}`;
}

// The designators of an ISO 8601 duration, in order: the date part, then after "T" the time part
// (so "PT30M" is 30 minutes, "P30M" 30 months).
const DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DURATION_WORDS: readonly [string, string][] = [
  ['year', 'years'],
  ['month', 'months'],
  ['week', 'weeks'],
  ['day', 'days'],
  ['hour', 'hours'],
  ['minute', 'minutes'],
  ['second', 'seconds'],
];

/** An ISO 8601 duration as words: "P6M" is "6 months", "P1Y6M" "1 year 6 months", "PT30M" "30 minutes". */
export function formatDuration(duration: string): string {
  const match = typeof duration === 'string' ? DURATION.exec(duration) : null;
  const counts = match?.slice(1) ?? [];
  if (!match || duration.endsWith('T') || counts.every((count) => count === undefined))
    throw new DataInputError(
      'formatDuration',
      duration,
      `${show(duration)} is not an ISO 8601 duration such as "P6M", "P1Y6M", "P2W" or "PT30M"`,
    );
  return counts
    .flatMap((count, index) => {
      if (count === undefined) return [];
      const [one, many] = DURATION_WORDS[index] as [string, string];
      return [`${count} ${Number(count) === 1 ? one : many}`];
    })
    .join(' ');
}

/**
 * When a figure holds, in three parts so a page can mark the date itself: its period ("2025"),
 * or the date it was stated as of ("as of October 2025"), with the length of an undated period
 * ("over 6 months, as of 2023 or later"). `date` is null when nothing places the figure in time.
 */
export function figureTime(
  figure: Pick<Figure, 'period' | 'periodInferred' | 'asOf' | 'asOfInferred' | 'periodLength'>,
): { lead: string; date: string | null; inferred: boolean; trail: string } {
  const length = figure.periodLength ? `over ${formatDuration(figure.periodLength)}` : '';
  if (figure.period !== null)
    return { lead: '', date: figure.period, inferred: figure.periodInferred, trail: '' };
  if (figure.asOf !== null)
    return {
      lead: length ? `${length}, as of ` : 'as of ',
      date: figure.asOf,
      inferred: figure.asOfInferred,
      trail: '',
    };
  return {
    lead: '',
    date: null,
    inferred: false,
    trail: length ? `${length}, not dated` : 'not dated',
  };
}

/** `figureTime` as plain text: "2025", "as of October 2025", "not dated". */
export function formatFigureTime(figure: Parameters<typeof figureTime>[0]): string {
  const { lead, date, trail } = figureTime(figure);
  return `${lead}${date === null ? '' : formatPeriod(date)}${trail}`;
}
