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
  test('deals() counts the Polish agreement, memorandum and training plan as possibly one deal, and incidents() the September 2025 incursion into Polish airspace once', () => {
    const poland = 'poland-ukraine-drone-training-and-manufacturing-agreement';
    expect(
      data
        .deals()
        .find((deal) => deal.id === poland)
        ?.possiblySameAs.toSorted(),
    ).toEqual(['poland-ukraine-drone-memorandum', 'poland-ukraine-joint-anti-drone-training-plan']);
    expect(data.deals().length - data.deals(undefined, { possible: 'merge' }).length).toBe(2);
    const incursion = data
      .incidents()
      .find((found) => found.id === 'russian-drones-enter-polish-airspace');
    expect(incursion?.records.map((record) => record.id)).toEqual([
      'russian-drones-enter-polish-airspace',
      'russian-drones-penetrate-polish-airspace-early-september',
      'nato-jets-shoot-down-drones-over-poland',
    ]);
    expect(incursion?.possiblySameAs).toEqual(['ru-drones-nato-airspace-incursion-2025-09']);
  });

  test('the joint venture is a deal of unnamed companies from Ukraine, Denmark and Lithuania, not of the states', () => {
    const venture = data.getPartnership('ua-dk-lt-joint-venture');
    expect(venture.memberRoles).toEqual(['company', 'company', 'company']);
    expect(venture.countries).toEqual(['ua', 'dk', 'lt']);
    expect(venture.members.map((id) => data.getEntity(id).named)).toEqual([false, false, false]);
    expect(data.getPartnership('quantum-frontline-industries').countries).toEqual(['ua', 'de']);
    expect(data.getEvent('ua-dk-lt-joint-venture-signed').countries).toEqual(['ua', 'dk', 'lt']);
  });

  test('the European countries with drone agreements with Ukraine, by the README’s one line', () => {
    const european = new Set(data.entitiesIn('europe').map((entity) => entity.id));
    const partners = [
      ...new Set(
        data
          .deals()
          .filter((deal) => deal.countries.includes('ua'))
          .flatMap((deal) => deal.countries),
      ),
    ].filter((country) => country !== 'ua' && european.has(country));
    expect(partners.toSorted()).toEqual(['de', 'dk', 'gb', 'lt', 'pl']);
    // The UK left the EU on 31 January 2020; it stays in NATO.
    expect(data.entitiesIn('eu', { on: '2025-09-01' }).map((e) => e.id)).not.toContain('gb');
    expect(data.entitiesIn('eu', { on: '2019-09-01' }).map((e) => e.id)).toContain('gb');
    expect(data.entitiesIn('nato', { on: '2025-09-01' }).map((e) => e.id)).toContain('gb');
  });

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

  test('on the real data, conflicts() finds Ukraine’s yearly output (a tension: it rests on inferred dates) and two pairs of different measures a reader will compare, and no disagreement on the war’s length (the Poland post’s “over the three years” is at least three)', () => {
    expect(
      data
        .conflicts()
        .flatMap((conflict) =>
          conflict.disagreements.map(({ kind, figures }) => [kind, ...figures.map((f) => f.id)]),
        ),
    ).toEqual([
      ['tension', 'ua-drone-production-2025', 'ua-drone-production-stated-rate'],
      [
        'different-measures',
        'ua-autonomous-strike-range',
        'ua-shadow-fleet-tanker-strike-distance',
      ],
      [
        'different-measures',
        'ua-drones-share-of-ground-targets-destroyed',
        'ua-drones-share-of-ru-equipment-losses',
      ],
    ]);
    expect(data.conflicts()[0]?.disagreements[0]?.reason).toBe(
      '4.5 million drones in 2025, against 4 million drones a year stated as of 2026, read as covering the year before: they appear to conflict if both describe 2025 (the date of 4 million drones a year is inferred).',
    );
    // The shipped table holds the same disagreements as the API.
    expect(compiled?.tables.conflicts.map((row) => row.reason)).toEqual(
      data.conflicts().flatMap((conflict) => conflict.disagreements.map((pair) => pair.reason)),
    );
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
