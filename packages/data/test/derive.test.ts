import { expect, test } from 'vitest';
import { renderCitations, toCsl } from '../src/build/cite.ts';
import { datePrecision, periodBounds } from '../src/build/derive.ts';
import { isCalendarDate } from '../src/schema/common.ts';
import { compileFixture, fixtureCopy } from './helpers.ts';

const { tables } = compileFixture(fixtureCopy());
const figure = (id: string) => tables.figures.find((row) => row.id === id);

test("figures convert to their measure's unit, in code", () => {
  expect(figure('tanker-strike-distance')).toMatchObject({
    value: 1200,
    unit: 'mi',
    unitCode: '[mi_i]',
    baseUnit: 'km',
    valueInBaseUnit: 1931.2128,
  });
  expect(figure('targets-destroyed-share')).toMatchObject({
    unitCode: '%',
    baseUnit: 'percent',
    valueInBaseUnit: 80,
  });
});

test('periods get start, end and precision', () => {
  expect(figure('targets-destroyed-share')).toMatchObject({
    periodStart: '2025-11-01',
    periodEnd: '2025-11-30',
    periodPrecision: 'month',
  });
  expect(figure('tanker-strike-distance')).toMatchObject({
    periodStart: null,
    periodEnd: null,
    periodPrecision: null,
  });
  expect(periodBounds('2024/2025')).toEqual({
    start: '2024-01-01',
    end: '2025-12-31',
    precision: 'year',
  });
  expect(periodBounds('2026-04/..')).toEqual({
    start: '2026-04-01',
    end: null,
    precision: 'month',
  });
  expect(periodBounds('2024-02')).toMatchObject({ end: '2024-02-29' });
});

test('dates get their precision', () => {
  expect(datePrecision('2025')).toBe('year');
  expect(datePrecision('2025-09')).toBe('month');
  expect(datePrecision('2025-09-10')).toBe('day');
  expect(tables.events[0]?.datePrecision).toBe('month');
  expect(tables.partnerships[0]?.datePrecision).toBeNull();
});

test('only real calendar days pass', () => {
  expect(isCalendarDate('2024-02-29')).toBe(true);
  expect(isCalendarDate('2025-02-29')).toBe(false);
  expect(isCalendarDate('2025-04-31')).toBe(false);
  expect(isCalendarDate('2025-12-31')).toBe(true);
});

test('measures get the UCUM code of their unit and the count of their figures', () => {
  expect(tables.measures.find((measure) => measure.id === 'fixture-strike-distance')).toMatchObject(
    { unit: 'km', unitCode: 'km', figureCount: 1 },
  );
});

test('errata stay on their record and are gathered in the errata table', () => {
  expect(figure('targets-destroyed-share')?.errata).toEqual([
    expect.objectContaining({ field: 'value', old: 70, new: 80, version: '0.1.1' }),
  ]);
  expect(figure('tanker-strike-distance')?.errata).toEqual([]);
  expect(tables.errata).toEqual([
    expect.objectContaining({
      table: 'figures',
      recordId: 'targets-destroyed-share',
      old: 70,
      new: 80,
    }),
  ]);
});

test('sources carry an APA reference and a BibTeX entry rendered by citation-js', () => {
  const source = tables.sources.find((row) => row.id === 'global-rush-drone-training');
  expect(source?.apa).toBe(
    'Global rush to Ukraine for drone warfare training reshapes security landscape. (ca. 2025–2026). https://express-gazette--express-gazette.us-central1.hosted.app/world/global-rush-to-ukraine-for-drone-warfare-training-reshapes-security-landscape',
  );
  expect(source?.bibtex).toMatch(/^@article\{.*,\n\s+year = \{2025\},/);
  const untitled = tables.sources.find((row) => row.id === 'europe-speed-and-capital');
  expect(untitled?.apa).toBe(
    'Untitled op-ed on joint EU–Ukraine defense-tech investment and the value of speed. (ca. 2026).',
  );
});

test('an untitled source is cited by a description that keeps a name capitalized, and a republication says so', () => {
  const fixture = tables.sources.find((row) => row.id === 'europe-speed-and-capital');
  if (!fixture) throw new Error('the fixture has no europe-speed-and-capital');
  const source = {
    ...fixture,
    kind: 'analysis' as const,
    title: "Europe's drone industry",
    publisher: 'Atlantic Council',
    url: 'https://www.example.org/copy',
    provenance: { ...fixture.provenance, copy: 'republication' as const },
  };
  const { apa, bibtex } = renderCitations(toCsl(source));
  expect(apa).toBe(
    'Untitled analysis of Europe’s drone industry. (ca. 2026). Atlantic Council. Republished at example.org. https://www.example.org/copy',
  );
  expect(bibtex).toContain('Republished at example.org.}');
  // A publisher only reports of the piece name is cited as inferred, as a date is circa.
  expect(renderCitations(toCsl({ ...source, publisherInferred: true })).apa).toContain(
    '. Atlantic Council (inferred). Republished at example.org.',
  );
});
