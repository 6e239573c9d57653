/**
 * The controlled unit vocabulary. `code` is a UCUM code (curly-brace annotations for counts of
 * things, as UCUM allows), mirrored as `unitCode` in JSON-LD; `base` and `factor` convert a value
 * to the base unit (`value * factor`), so miles become kilometres and percents fractions in code.
 */
export const UNITS = {
  drones: { code: '{drone}', base: 'drones', factor: 1 },
  missiles: { code: '{missile}', base: 'missiles', factor: 1 },
  interceptors: { code: '{interceptor}', base: 'interceptors', factor: 1 },
  aircraft: { code: '{aircraft}', base: 'aircraft', factor: 1 },
  targets: { code: '{target}', base: 'targets', factor: 1 },
  strikes: { code: '{strike}', base: 'strikes', factor: 1 },
  people: { code: '{person}', base: 'people', factor: 1 },
  troops: { code: '{troop}', base: 'troops', factor: 1 },
  instructors: { code: '{instructor}', base: 'instructors', factor: 1 },
  companies: { code: '{company}', base: 'companies', factor: 1 },
  countries: { code: '{country}', base: 'countries', factor: 1 },
  projects: { code: '{project}', base: 'projects', factor: 1 },
  systems: { code: '{system}', base: 'systems', factor: 1 },
  flights: { code: '{flight}', base: 'flights', factor: 1 },
  centers: { code: '{center}', base: 'centers', factor: 1 },
  settlements: { code: '{settlement}', base: 'settlements', factor: 1 },
  times: { code: '{times}', base: 'times', factor: 1 },
  percent: { code: '%', base: 'fraction', factor: 0.01 },
  fraction: { code: '1', base: 'fraction', factor: 1 },
  km: { code: 'km', base: 'km', factor: 1 },
  mi: { code: '[mi_i]', base: 'km', factor: 1.609344 },
  km2: { code: 'km2', base: 'km2', factor: 1 },
  EUR: { code: '[EUR]', base: 'EUR', factor: 1 },
  USD: { code: '[USD]', base: 'USD', factor: 1 },
  seconds: { code: 's', base: 'days', factor: 1 / 86400 },
  minutes: { code: 'min', base: 'days', factor: 1 / 1440 },
  hours: { code: 'h', base: 'days', factor: 1 / 24 },
  days: { code: 'd', base: 'days', factor: 1 },
  weeks: { code: 'wk', base: 'days', factor: 7 },
  months: { code: 'mo', base: 'months', factor: 1 },
  years: { code: 'a', base: 'years', factor: 1 },
} as const;

export type Unit = keyof typeof UNITS;

export const unitNames = Object.keys(UNITS) as [Unit, ...Unit[]];
