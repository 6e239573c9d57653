import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import * as data from '../src/index.ts';
import type { Figure } from '../src/types.ts';
import { packageDir } from './helpers.ts';

test('dataVersion is the package version', () => {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  expect(data.dataVersion).toBe(pkg.version);
});

test('getFigure finds by id and throws naming an unknown id', () => {
  const first = data.figures[0] as Figure;
  expect(data.getFigure(first.id)).toBe(first);
  expect(() => data.getFigure('no-such-figure' as string)).toThrow(
    'unknown figure id "no-such-figure"',
  );
  expect(data.findFigure('no-such-figure')).toBeUndefined();
  expect(() => data.getEntity('atlantis' as string)).toThrow('unknown entity id "atlantis"');
});

const figure = (
  value: number,
  unit: Figure['unit'],
  qualifier: Figure['qualifier'] = 'exact',
  extra: { currency?: string; period?: string } = {},
) => ({ value, unit, qualifier, ...extra });
const eur = { currency: 'EUR' };
const usd = { currency: 'USD' };

test.each([
  [figure(19, 'drones'), 'en', '19 drones'],
  [figure(4_000_000, 'drones/year'), 'en', '4 million drones a year'],
  [figure(4_500_000, 'drones/year', 'exact', { period: '2025' }), 'en', '4.5 million drones'],
  [figure(328, 'drones/day'), 'en', '328 drones a day'],
  [figure(75, 'drones/night'), 'en', '75 drones in one night'],
  [figure(700, 'targets/night', 'more-than'), 'en', 'more than 700 airborne targets in one night'],
  [figure(1000, 'km', 'more-than'), 'en', 'more than 1,000 km'],
  [figure(1200, 'mi', 'more-than'), 'en', 'more than 1,200 mi (1,900 km)'],
  [figure(0.5, 'mi', 'approximately'), 'en', 'about 0.5 mi (0.8 km)'],
  [figure(87, 'percent'), 'en', '87%'],
  [figure(800_000_000, 'money', 'exact', eur), 'en', '€800 million'],
  [figure(100_000_000, 'money', 'more-than', usd), 'en', 'more than $100 million'],
  [figure(2000, 'money/month', 'approximately', usd), 'en', 'about $2,000 a month'],
  [figure(60_000_000_000, 'money/year', 'exact', { ...eur, period: '2024' }), 'en', '€60 billion'],
  [figure(3.5, 'years', 'more-than'), 'en', 'more than 3.5 years'],
  [figure(1, 'minutes', 'less-than'), 'en', 'less than 1 minute'],
  [figure(60, 'seconds', 'less-than'), 'en', 'less than 60 seconds'],
  [figure(0.5, 'fraction', 'approximately'), 'en', 'about 50%'],
  [figure(1_234_567, 'drones'), 'en', '1,234,567 drones'],
  [figure(160, 'km2', 'approximately'), 'en', 'about 160 km²'],
  [figure(1, 'companies'), 'en', '1 company'],
  [figure(4_500_000, 'drones'), 'de', '4,5 Millionen drones'],
  [figure(800_000_000, 'money', 'exact', eur), 'de', '800 Millionen €'],
])('formatFigure(%o, %s)', (input, locale, expected) => {
  expect(data.formatFigure(input, { locale }).replaceAll('\u00a0', ' ')).toBe(expected);
});

test.each([
  [figure(10, 'companies', 'more-than'), 'more than 10'],
  [figure(4_000_000, 'drones/year'), '4 million'],
  [figure(1200, 'mi', 'more-than'), 'more than 1,200'],
  [figure(3.5, 'years', 'approximately'), 'about 3.5'],
  [figure(160, 'km2'), '160'],
  [figure(87, 'percent'), '87%'],
  [figure(800_000_000, 'money', 'exact', eur), '€800 million'],
  [figure(2000, 'money/month', 'approximately', usd), 'about $2,000 a month'],
])('formatFigure(%o, { unit: false }) leaves out the unit noun only', (input, expected) => {
  expect(data.formatFigure(input, { unit: false })).toBe(expected);
});

test('formatFigure(…, { per: false }) leaves out the time of a rate, for text that says it', () => {
  expect(data.formatFigure(figure(75, 'drones/night'), { per: false })).toBe('75 drones');
  expect(data.formatFigure(figure(2000, 'money/month', 'approximately', usd), { per: false })).toBe(
    'about $2,000',
  );
});

test('formatPeriod, formatDate and formatQualifier say dates and qualifiers one way', () => {
  expect(data.formatPeriod('2024/2025')).toBe('2024–2025');
  expect(data.formatPeriod('2026-04/..')).toBe('April 2026 or later');
  expect(data.formatPeriod(null)).toBe('not stated');
  expect(data.formatDate('2025-09-30')).toBe('30 September 2025');
  expect(data.formatQualifier('approximately')).toBe('about');
  expect(data.formatQualifier('exact')).toBe('');
  expect(data.formatNumber(4_500_000)).toBe('4.5 million');
  expect(data.formatDuration('P6M')).toBe('6 months');
});

test('citeSource gives the APA string or the BibTeX entry, and throws on an unknown id', () => {
  const source = data.getSource('poland-seeks-drone-expertise');
  expect(data.citeSource(source.id)).toBe(source.apa);
  expect(data.citeSource(source, 'bibtex')).toBe(source.bibtex);
  expect(source.apa).toMatch(
    /^Poland Seeks Ukraine’s Drone Warfare Expertise After Russian Breach\./,
  );
  expect(() => data.citeSource('no-such-source' as string)).toThrow(
    'unknown source id "no-such-source"',
  );
});

const made = (
  id: string,
  value: number,
  time: { period?: string; asOf?: string },
  qualifier: Figure['qualifier'] = 'exact',
  unit: Figure['unit'] = 'drones/year',
): Figure => {
  const bounds = (year: string | undefined): [string | null, string | null] =>
    year === undefined ? [null, null] : [`${year}-01-01`, `${year}-12-31`];
  const [periodStart, periodEnd] = bounds(time.period);
  const [asOfStart, asOfEnd] = bounds(time.asOf);
  return {
    ...(data.figures[0] as Figure),
    id,
    measure: 'm',
    value,
    unit,
    currency: null,
    valueInBaseUnit: value,
    qualifier,
    period: time.period ?? null,
    periodStart,
    periodEnd,
    asOf: time.asOf ?? null,
    asOfStart,
    asOfEnd,
    periodInferred: false,
    asOfInferred: false,
  };
};

test('conflicts groups figures of one measure that hold for overlapping time and disagree', () => {
  const rows = [
    made('y2024', 2_200_000, { period: '2024' }),
    made('y2025', 4_500_000, { period: '2025' }),
    made('about-2025', 4_400_000, { period: '2025' }, 'approximately'),
    made('more-2025', 1_000_000, { period: '2025' }, 'more-than'),
    made('rate-2026', 4_000_000, { asOf: '2026' }),
    made('undated', 9_000_000, {}),
  ];
  const found = data.conflicts(rows);
  expect(found).toHaveLength(1);
  // A yearly rate stated as of 2026 covers 2025 but not 2024; the undated figure is never compared.
  expect(found[0]?.figures.map((row) => row.id)).toEqual(['y2025', 'rate-2026']);
  expect(found[0]?.disagreements).toHaveLength(1);
  expect(found[0]?.disagreements[0]?.reason).toBe(
    '4.5 million drones in 2025, against 4 million drones a year stated as of 2026, read as covering the year before: they cover the same time and cannot both be right.',
  );
  expect(data.undatedFigures(rows).map((row) => row.id)).toEqual(['undated']);
  expect(data.conflicts(rows.slice(0, 4))).toEqual([]);
  expect(found[0]?.disagreements[0]?.kind).toBe('contradiction');
});

test('a disagreement that rests on an inferred date is a tension, worded as one', () => {
  const rows = [
    { ...made('y2025', 4_500_000, { period: '2025' }), periodInferred: true },
    made('rate-2026', 4_000_000, { asOf: '2026' }),
  ];
  const [pair] = data.conflicts(rows)[0]?.disagreements ?? [];
  expect(pair?.kind).toBe('tension');
  expect(pair?.reason).toBe(
    '4.5 million drones in 2025, against 4 million drones a year stated as of 2026, read as covering the year before: they appear to conflict if both describe 2025 (the date of 4.5 million drones is inferred).',
  );
});

test('figures of measures declared comparable are listed as different measures, whatever their values and dates', () => {
  const of = (measure: string, figure: Figure): Figure => ({ ...figure, measure });
  const rows = [
    of('range', made('range-1', 1_400, { asOf: '2026' }, 'exact', 'km')),
    of('strike', made('strike-1', 1_931, {}, 'more-than', 'km')),
  ];
  const measures = [
    { id: 'range', label: 'Range', comparableWith: [{ measure: 'strike', reason: 'Why.' }] },
    { id: 'strike', label: 'Strike distance' },
  ];
  const found = data.conflicts(rows, measures);
  expect(found.map((conflict) => conflict.measures)).toEqual([['range', 'strike']]);
  expect(found[0]?.disagreements.map(({ kind, reason }) => [kind, reason])).toEqual([
    [
      'different-measures',
      '1,400 km (Range, stated as of 2026), against more than 1,931 km (Strike distance, undated): different measures a reader will compare. Why.',
    ],
  ]);
  expect(data.conflicts(rows, [])).toEqual([]);
});

test('a count stated as of a date is compared with that date only, not the year before', () => {
  const rows = [
    made('in-2025', 100, { period: '2025' }, 'exact', 'drones'),
    made('as-of-2026', 200, { asOf: '2026' }, 'exact', 'drones'),
  ];
  expect(data.conflicts(rows)).toEqual([]);
});

test('conflicts never links figures of different measures and lists groups in input order', () => {
  const of = (measure: string, figure: Figure): Figure => ({ ...figure, measure });
  const rows = [
    of('b', made('b-1', 1, { period: '2025' })),
    of('a', made('a-1', 10, { period: '2025' })),
    of('b', made('b-2', 2, { period: '2025' })),
    of('a', made('a-2', 20, { period: '2025' })),
    // Disagrees in value with a-1, but measures something else.
    of('c', made('c-1', 30, { period: '2025' })),
  ];
  expect(data.conflicts(rows).map((c) => [c.measure, c.figures.map((row) => row.id)])).toEqual([
    ['b', ['b-1', 'b-2']],
    ['a', ['a-1', 'a-2']],
  ]);
});

test('every figure formats without throwing and keeps its qualifier', () => {
  for (const row of data.figures) {
    const text = data.formatFigure(row);
    if (row.qualifier === 'more-than') expect(text).toMatch(/^more than /);
    if (row.qualifier === 'exact') expect(text).toMatch(/^[\d$€]/);
    if (row.unit === 'drones/day') expect(text).toMatch(/ a day$/);
  }
});

test('containsVerbatim forgives whitespace and typographic quotes only, and explainMismatch says where a passage departs', () => {
  const text = 'Ukraine\u2019s drones  strike\n\u201Cfar\u201D away, the army says.';
  expect(data.containsVerbatim(text, `Ukraine's drones strike "far" away`)).toBe(true);
  expect(data.containsVerbatim(text, 'Ukraine\u2019s drones strike far away')).toBe(false);
  expect(data.explainMismatch(text, 'Ukraine\'s drones strike "near" away')).toBe(
    'it matches up to "…Ukraine\'s drones strike "", then has "near" away" where the source has "far" away, the army says."',
  );
});

test('setAside gives each number no figure records a reason from SET_ASIDE_REASONS', () => {
  expect(data.setAside.length).toBeGreaterThan(0);
  const figureOf = (id: string | null) => (id === null ? undefined : data.findFigure(id));
  for (const entry of data.setAside) {
    expect(Object.keys(data.SET_ASIDE_REASONS)).toContain(entry.reason);
    expect(entry.context).toContain(entry.span);
    const figure = figureOf(entry.figure);
    if (['repeat-of', 'other-unit', 'part-of-figure'].includes(entry.reason))
      expect(figure?.source, `${entry.source} "${entry.span}"`).toBe(entry.source);
    else expect(entry.figure).toBeNull();
  }
});
