import { DataInputError, keyOf } from './errors.ts';

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
export const UNITS = {
  drones: { code: '{drone}', quantity: 'drones', factor: 1, per: null },
  'drones/year': { code: '{drone}/a', quantity: 'drones/year', factor: 1, per: 'year' },
  'drones/day': { code: '{drone}/d', quantity: 'drones/day', factor: 1, per: 'day' },
  'drones/night': { code: '{drone}/{night}', quantity: 'drones/night', factor: 1, per: 'night' },
  'targets/night': {
    code: '{target}/{night}',
    quantity: 'targets/night',
    factor: 1,
    per: 'night',
  },
  flights: { code: '{flight}', quantity: 'flights', factor: 1, per: null },
  people: { code: '{person}', quantity: 'people', factor: 1, per: null },
  troops: { code: '{troop}', quantity: 'troops', factor: 1, per: null },
  companies: { code: '{company}', quantity: 'companies', factor: 1, per: null },
  countries: { code: '{country}', quantity: 'countries', factor: 1, per: null },
  centers: { code: '{center}', quantity: 'centers', factor: 1, per: null },
  settlements: { code: '{settlement}', quantity: 'settlements', factor: 1, per: null },
  percent: { code: '%', quantity: 'fraction', factor: 0.01, per: null },
  fraction: { code: '1', quantity: 'fraction', factor: 1, per: null },
  km: { code: 'km', quantity: 'length', factor: 1, per: null },
  mi: { code: '[mi_i]', quantity: 'length', factor: 1.609344, per: null },
  km2: { code: 'km2', quantity: 'area', factor: 1, per: null },
  seconds: { code: 's', quantity: 'time', factor: 1, per: null },
  minutes: { code: 'min', quantity: 'time', factor: 60, per: null },
  // UCUM's month and year are the mean Julian ones (30.4375 and 365.25 days).
  months: { code: 'mo', quantity: 'time', factor: 2_629_800, per: null },
  years: { code: 'a', quantity: 'time', factor: 31_557_600, per: null },
  money: { code: null, quantity: 'money', factor: 1, per: null },
  'money/year': { code: null, quantity: 'money/year', factor: 1, per: 'year' },
  'money/month': { code: null, quantity: 'money/month', factor: 1, per: 'month' },
} as const;

export type Unit = keyof typeof UNITS;

// Pure, so a bundle that only formats drops it.
export const unitNames = /* @__PURE__ */ Object.keys(UNITS) as [Unit, ...Unit[]];

/**
 * The unit every measure of a quantity is compared in, where one is fixed, so that the
 * `valueInBaseUnit` of figures of different measures compare too: lengths in km whatever the text
 * states (miles), shares in percent (a text's "half" is the fraction 0.5, compared as 50). Times
 * are left to each measure, so a kill chain stays in seconds and a war's length in years.
 */
export const MEASURE_UNITS: Readonly<Partial<Record<(typeof UNITS)[Unit]['quantity'], Unit>>> = {
  length: 'km',
  fraction: 'percent',
};

/** Units whose amount is money: the figure names its currency in `currency`. */
export const isMoney = (unit: Unit): boolean =>
  UNITS[keyOf('isMoney', 'unit', unit, UNITS)].quantity.startsWith('money');

/** Whether a value in `from` can be converted to `to` (same quantity). */
export const convertible = (from: Unit, to: Unit): boolean =>
  UNITS[from].quantity === UNITS[to].quantity;

// Rounds away float noise from unit factors (0.5 mi is 0.804672 km, not 0.8046720000000001).
const clean = (value: number) => Number(value.toPrecision(12));

/** `value` in `from` expressed in `to`; throws when the two measure different quantities. */
export function convert(value: number, from: Unit, to: Unit): number {
  for (const unit of [from, to]) keyOf('convert', 'unit', unit, UNITS);
  if (!convertible(from, to))
    throw new DataInputError(
      'convert',
      to,
      `cannot convert ${from} to ${to}: ${UNITS[from].quantity} is not ${UNITS[to].quantity}`,
    );
  return clean((value * UNITS[from].factor) / UNITS[to].factor);
}
