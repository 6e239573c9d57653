import type { Figure } from './types.ts';
import { UNITS } from './units.ts';

export interface FormatOptions {
  /** BCP 47 locale for the number; qualifier words and unit nouns are English. */
  locale?: string;
  /**
   * `false` leaves out the unit noun ("more than 10", not "more than 10 companies") for a sentence
   * that already names it. Percentages and money keep their sign: it is part of the number.
   */
  unit?: boolean;
}

const QUALIFIERS: Record<Figure['qualifier'], string> = {
  exact: '',
  approximately: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  almost: 'almost ',
  'up-to': 'up to ',
};

/** Units Intl can spell itself (locale-aware symbols such as "km" and "%"). */
const INTL_UNITS: Partial<Record<Figure['unit'], string>> = {
  km: 'kilometer',
  mi: 'mile',
  seconds: 'second',
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
};

const SINGULAR: Partial<Record<Figure['unit'], string>> = {
  people: 'person',
  companies: 'company',
  countries: 'country',
  times: 'time',
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

/**
 * A figure as a reader would say it: "4.5 million drones", "more than 1,000 km", "87%",
 * "€800 million", "about 3.5 years".
 */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>,
  { locale = 'en', unit: withUnit = true }: FormatOptions = {},
): string {
  const { value, unit } = figure;
  let text: string;
  if (!withUnit && !['percent', 'fraction', 'EUR', 'USD'].includes(unit)) {
    text = number(value, locale);
  } else if (unit === 'percent') text = number(value / 100, locale, { style: 'percent' });
  else if (unit === 'fraction') text = number(value, locale, { style: 'percent' });
  else if (unit === 'EUR' || unit === 'USD') text = money(value, unit, locale);
  else if (unit === 'km2') text = `${number(value, locale)} km²`;
  else if (INTL_UNITS[unit]) {
    const long = !['km', 'mi'].includes(unit);
    text = number(value, locale, {
      style: 'unit',
      unit: INTL_UNITS[unit],
      unitDisplay: long ? 'long' : 'short',
      notation: 'standard',
    });
    // A distance stated in miles is read beside kilometres, the unit the rest of the data uses.
    const { base, factor } = UNITS[unit];
    if (base === 'km' && unit !== 'km') {
      const km = number(value * factor, locale, {
        style: 'unit',
        unit: 'kilometer',
        maximumFractionDigits: 0,
        notation: 'standard',
      });
      text = `${text} (${km})`;
    }
  } else {
    const noun = value === 1 ? (SINGULAR[unit] ?? unit.replace(/s$/, '')) : unit;
    text = `${number(value, locale)} ${noun}`;
  }
  return `${QUALIFIERS[figure.qualifier]}${text}`;
}
