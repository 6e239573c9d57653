import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Compiled, compileRecords } from '../src/build/compile.ts';
import { formatProblem, RecordsError } from '../src/build/problems.ts';
import * as data from '../src/index.ts';
import { packageDir, sourcesDir } from './helpers.ts';

// The real records, as the extractors wrote them. compileRecords checks every excerpt, value,
// quote and reference and throws on any problem (malformed.test.ts shows it catching each kind).
function compileRealRecords(): { compiled?: Compiled; problems: string[] } {
  try {
    return {
      compiled: compileRecords({ recordsDir: join(packageDir, 'records'), sourcesDir }),
      problems: [],
    };
  } catch (error) {
    if (!(error instanceof RecordsError)) throw error;
    return { problems: error.problems.map((problem) => formatProblem(problem)) };
  }
}
const { compiled, problems } = compileRealRecords();

test('the real records compile without a problem', () => {
  expect(problems).toEqual([]);
});

test('every source text has an entry in sources.yaml and every entry its text', () => {
  const texts = readdirSync(sourcesDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.replace(/\.txt$/, ''))
    .sort();
  expect(texts.length).toBeGreaterThan(0);
  expect(compiled?.tables.sources.map((source) => source.id).sort()).toEqual(texts);
});

// What today's records say, in one place: the rest of the package's tests use made-up rows or
// hold for any data, so a correction to a record changes only this block (and its snapshot of the
// README's examples).
describe('what the records say today', () => {
  test('formatFigureTime says what time a figure holds for', () => {
    const time = (id: string) => data.formatFigureTime(data.getFigure(id));
    expect(time('ua-drone-production-2025')).toBe('2025');
    expect(time('ua-drone-production-stated-rate')).toBe('as of 2026');
    expect(time('cartel-drone-flights-near-us-border-six-months')).toBe(
      'over 6 months, as of 2025–2026',
    );
    expect(time('kp-troops-deployed-kursk')).toBe('not dated');
    expect(data.figureTime(data.getFigure('ru-troops-front-line-putin-2025'))).toEqual({
      lead: 'as of ',
      date: '2025',
      inferred: true,
      trail: '',
    });
  });

  test('on the real data, the conflicts are the war’s length in September 2025 and Ukraine’s yearly output: 4.5 million in 2025 against four million a year as of 2026', () => {
    expect(
      data.conflicts().map((conflict) => ({
        measure: conflict.measure,
        figures: conflict.figures.map((row) => row.id),
        reasons: conflict.disagreements.map((pair) => pair.reason),
      })),
    ).toEqual([
      {
        measure: 'ua-full-scale-war-duration',
        figures: ['ua-full-scale-war-duration-2025-09', 'ua-full-scale-war-duration-2025-10'],
        reasons: [
          '3 years stated as of September 2025, against more than 3.5 years stated as of 30 September 2025–1 October 2025: they cover the same time and cannot both be right.',
        ],
      },
      {
        measure: 'ua-drone-production-per-year',
        figures: ['ua-drone-production-2025', 'ua-drone-production-stated-rate'],
        reasons: [
          '4.5 million drones in 2025, against 4 million drones a year stated as of 2026, read as covering the year before: they cover the same time and cannot both be right.',
        ],
      },
    ]);
    expect(data.undatedFigures().map((row) => row.id)).toEqual([
      'bh-patriot-interceptors-depleted-iran-war',
      'drones-needed-to-defend-lt-per-year',
      'ru-airborne-targets-single-night',
      'ua-shadow-fleet-tanker-strike-distance',
      'kp-troops-deployed-kursk',
    ]);
  });

  test('the ids the README uses exist', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const used = [...readme.matchAll(/getFigure\('([a-z0-9-]+)'\)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(data.findFigure(id), id).toBeDefined();
    const production = data.getFigure('ua-drone-production-2025');
    expect(data.formatFigure(production)).toBe('4.5 million drones');
    expect(data.formatFigure(data.getFigure('ua-drone-production-stated-rate'))).toBe(
      '4 million drones a year',
    );
    expect(data.measures.map((measure) => measure.id)).toContain('ua-drone-production-per-year');
  });

  test('the repeated count of export centers is set aside as a repeat of its figure', () => {
    const repeat = data.setAside.find(
      (entry) => entry.context === 'through the ten export centers',
    );
    expect(repeat).toMatchObject({
      reason: 'repeat-of',
      figure: 'ua-defense-export-centers-in-europe',
    });
    expect(data.getFigure('ua-defense-export-centers-in-europe').value).toBe(10);
  });
});
