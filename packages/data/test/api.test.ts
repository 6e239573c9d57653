import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import * as data from '../src/index.ts';
import type { Figure } from '../src/types.ts';
import { packageDir } from './helpers.ts';

test('the main entry exports the tables and helpers', () => {
  expect(Object.keys(data).sort()).toEqual([
    'UNITS',
    'citeSource',
    'conflicts',
    'containsVerbatim',
    'dataVersion',
    'entities',
    'errata',
    'events',
    'explainMismatch',
    'figures',
    'findEntity',
    'findEvent',
    'findFigure',
    'findMeasure',
    'findPartnership',
    'findQuote',
    'findSource',
    'formatFigure',
    'getEntity',
    'getEvent',
    'getFigure',
    'getMeasure',
    'getPartnership',
    'getQuote',
    'getSource',
    'measures',
    'normalizeText',
    'partnerships',
    'quotes',
    'sources',
  ]);
});

test('dataVersion is the package version', () => {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  expect(data.dataVersion).toBe(pkg.version);
});

test('getFigure finds by id and throws naming an unknown id', () => {
  const first = data.figures[0] as Figure;
  expect(data.getFigure(first.id)).toBe(first);
  expect(() => data.getFigure('no-such-figure')).toThrow('unknown figure id "no-such-figure"');
  expect(data.findFigure('no-such-figure')).toBeUndefined();
  expect(() => data.getEntity('atlantis')).toThrow('unknown entity id "atlantis"');
});

const figure = (value: number, unit: Figure['unit'], qualifier: Figure['qualifier'] = 'exact') => ({
  value,
  unit,
  qualifier,
});

test.each([
  [figure(4_500_000, 'drones'), 'en', '4.5 million drones'],
  [figure(2_200_000, 'drones'), 'en', '2.2 million drones'],
  [figure(1000, 'km', 'more-than'), 'en', 'more than 1,000 km'],
  [figure(1200, 'mi', 'more-than'), 'en', 'more than 1,200 mi (1,931 km)'],
  [figure(87, 'percent'), 'en', '87%'],
  [figure(800_000_000, 'EUR'), 'en', '€800 million'],
  [figure(100_000_000, 'USD', 'more-than'), 'en', 'more than $100 million'],
  [figure(2000, 'USD', 'approximately'), 'en', 'about $2,000'],
  [figure(3.5, 'years', 'more-than'), 'en', 'more than 3.5 years'],
  [figure(1, 'minutes', 'less-than'), 'en', 'less than 1 minute'],
  [figure(0.5, 'fraction', 'approximately'), 'en', 'about 50%'],
  [figure(1_234_567, 'drones'), 'en', '1,234,567 drones'],
  [figure(160, 'km2', 'approximately'), 'en', 'about 160 km²'],
  [figure(1, 'companies'), 'en', '1 company'],
  [figure(4_500_000, 'drones'), 'de', '4,5 Millionen drones'],
  [figure(800_000_000, 'EUR'), 'de', '800 Millionen €'],
])('formatFigure(%o, %s)', (input, locale, expected) => {
  expect(data.formatFigure(input, { locale }).replaceAll('\u00a0', ' ')).toBe(expected);
});

test.each([
  [figure(10, 'companies', 'more-than'), 'more than 10'],
  [figure(4_500_000, 'drones'), '4.5 million'],
  [figure(1200, 'mi', 'more-than'), 'more than 1,200'],
  [figure(3.5, 'years', 'approximately'), 'about 3.5'],
  [figure(160, 'km2'), '160'],
  [figure(87, 'percent'), '87%'],
  [figure(800_000_000, 'EUR'), '€800 million'],
])('formatFigure(%o, { unit: false }) leaves out the unit noun only', (input, expected) => {
  expect(data.formatFigure(input, { unit: false })).toBe(expected);
});

test('citeSource gives the APA string or the BibTeX entry, and throws on an unknown id', () => {
  const source = data.getSource('poland-seeks-drone-expertise');
  expect(data.citeSource(source.id)).toBe(source.apa);
  expect(data.citeSource(source, 'bibtex')).toBe(source.bibtex);
  expect(source.apa).toMatch(
    /^Poland Seeks Ukraine’s Drone Warfare Expertise After Russian Breach\./,
  );
  expect(() => data.citeSource('no-such-source')).toThrow('unknown source id "no-such-source"');
});

const made = (
  id: string,
  value: number,
  period: string | null,
  qualifier: Figure['qualifier'] = 'exact',
): Figure => {
  const [start, end] = period === null ? [null, null] : [`${period}-01-01`, `${period}-12-31`];
  return {
    ...(data.figures[0] as Figure),
    id,
    measure: 'm',
    value,
    valueInBaseUnit: value,
    qualifier,
    period,
    periodStart: start,
    periodEnd: end,
  };
};

test('conflicts groups figures of one measure whose periods overlap and values disagree', () => {
  const rows = [
    made('y2024', 2_200_000, '2024'),
    made('y2025', 4_500_000, '2025'),
    made('about-2025', 4_400_000, '2025', 'approximately'),
    made('more-2025', 1_000_000, '2025', 'more-than'),
    made('undated', 4_000_000, null),
  ];
  const found = data.conflicts(rows);
  expect(found).toHaveLength(1);
  // 2.2M (2024) and 4.5M (2025) do not overlap, but the undated four million disagrees with both.
  expect(found[0]?.figures.map((row) => row.id)).toEqual(['y2024', 'y2025', 'undated']);
  expect(data.conflicts(rows.slice(0, 4))).toEqual([]);
});

test('conflicts never links figures of different measures and lists groups in input order', () => {
  const of = (measure: string, figure: Figure): Figure => ({ ...figure, measure });
  const rows = [
    of('b', made('b-1', 1, '2025')),
    of('a', made('a-1', 10, '2025')),
    of('b', made('b-2', 2, '2025')),
    of('a', made('a-2', 20, '2025')),
    // Disagrees in value with a-1, but measures something else.
    of('c', made('c-1', 30, '2025')),
  ];
  expect(data.conflicts(rows).map((c) => [c.measure, c.figures.map((row) => row.id)])).toEqual([
    ['b', ['b-1', 'b-2']],
    ['a', ['a-1', 'a-2']],
  ]);
});

test('the real data shows Ukraine’s yearly drone output in dispute (4.5 million vs four million)', () => {
  const production = data
    .conflicts()
    .find((conflict) =>
      conflict.figures.some((row) => row.value === 4_500_000 && row.unit === 'drones'),
    );
  expect(production?.figures.map((row) => row.value)).toEqual(
    expect.arrayContaining([4_500_000, 4_000_000]),
  );
});

test('every figure formats without throwing and keeps its qualifier', () => {
  for (const row of data.figures) {
    const text = data.formatFigure(row);
    if (row.qualifier === 'more-than') expect(text).toMatch(/^more than /);
    if (row.qualifier === 'exact') expect(text).toMatch(/^[\d$€]/);
  }
});

test('the ids the README uses exist', () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const used = [...readme.matchAll(/getFigure\('([a-z0-9-]+)'\)/g)].map((match) => match[1] ?? '');
  expect(used.length).toBeGreaterThan(0);
  for (const id of used) expect(data.findFigure(id), id).toBeDefined();
  const production = data.getFigure('ua-drone-production-2025');
  expect(data.formatFigure(production)).toBe('4.5 million drones');
  expect(data.measures.map((measure) => measure.id)).toContain('ua-drone-production-per-year');
});

test('containsVerbatim forgives whitespace and typographic quotes only, and explainMismatch says where a passage departs', () => {
  const text = 'Ukraine\u2019s drones  strike\n\u201Cfar\u201D away, the army says.';
  expect(data.containsVerbatim(text, `Ukraine's drones strike "far" away`)).toBe(true);
  expect(data.containsVerbatim(text, 'Ukraine\u2019s drones strike far away')).toBe(false);
  expect(data.explainMismatch(text, 'Ukraine\'s drones strike "near" away')).toBe(
    'it matches up to "…Ukraine\'s drones strike "", then has "near" away" where the source has "far" away, the army says."',
  );
});
