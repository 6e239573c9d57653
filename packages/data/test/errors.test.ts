import { expect, test } from 'vitest';
import {
  citeSource,
  conflicts,
  convert,
  DataInputError,
  figures,
  formatDate,
  formatDuration,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatQualifier,
  getFigure,
  isMoney,
  undatedFigures,
} from '../src/index.ts';

const figure = figures[0];
if (!figure) throw new Error('the figures table is empty');

/** Calls `call` and returns what it threw, failing the test if it threw nothing. */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the call to throw');
}

// Every case of bad input the helpers used to answer with undefined, "NaN drones", a silent
// default or a foreign error: each now throws a DataInputError (a TypeError) whose message names
// the helper, what was passed and what is accepted.
const cases: [string, () => unknown, RegExp][] = [
  [
    'citeSource(figure) asks for the id of its source',
    () => citeSource(figure as never),
    new RegExp(
      `citeSource: expects a source id or a row of the sources table, got the record "${figure.id}" \\(a record: pass its \`source\``,
    ),
  ],
  [
    "citeSource(id, 'mla') names the styles it renders",
    () => citeSource(figure.source, 'mla' as never),
    /citeSource: citation style "mla" is not one of "apa", "bibtex"/,
  ],
  [
    "formatFigure({ value: 'x' }) says the value is not a number",
    () => formatFigure({ ...figure, value: 'x' as never }),
    /formatFigure: value "x" is not a finite number/,
  ],
  [
    'formatFigure with an unknown unit lists the units',
    () => formatFigure({ ...figure, unit: 'parsecs' as never }),
    /formatFigure: unit "parsecs" is not one of "drones", .*"money\/month"/,
  ],
  [
    'formatFigure with an unknown qualifier lists the qualifiers',
    () => formatFigure({ ...figure, qualifier: 'roughly' as never }),
    /formatFigure: qualifier "roughly" is not one of "exact", "approximately", .*"up-to"/,
  ],
  [
    "formatDate('2025-13-45') says it is not a calendar date",
    () => formatDate('2025-13-45'),
    /formatDate: "2025-13-45" is not a calendar date \(an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD\)/,
  ],
  [
    "formatDate('2025-02-29') rejects a day February 2025 does not have",
    () => formatDate('2025-02-29'),
    /formatDate: "2025-02-29" is not a calendar date/,
  ],
  [
    "formatDate('Sept 2025') names the forms it reads",
    () => formatDate('Sept 2025'),
    /formatDate: "Sept 2025" is not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD/,
  ],
  [
    "formatPeriod('2025/2025-13') names the bad end",
    () => formatPeriod('2025/2025-13'),
    /formatPeriod: "2025-13" is not a calendar date/,
  ],
  [
    "formatDuration('bogus') names the forms it reads",
    () => formatDuration('bogus'),
    /formatDuration: "bogus" is not an ISO 8601 duration such as "P6M", "P1Y6M", "P2W" or "PT30M"/,
  ],
  [
    "formatDuration('P') is a duration of nothing",
    () => formatDuration('P'),
    /formatDuration: "P" is not an ISO 8601 duration/,
  ],
  [
    "formatQualifier('roughly') lists the qualifiers",
    () => formatQualifier('roughly' as never),
    /formatQualifier: qualifier "roughly" is not one of "exact"/,
  ],
  [
    'formatNumber(NaN) says it is not a finite number',
    () => formatNumber(Number.NaN),
    /formatNumber: value NaN is not a finite number/,
  ],
  [
    "conflicts('x') asks for an array of figures",
    () => conflicts('x' as never),
    /conflicts: expects an array of figures \(rows of the figures table\), got "x"/,
  ],
  [
    'conflicts([id]) names the item that is not a figure',
    () => conflicts([figure, figure.id] as never),
    new RegExp(`conflicts: item 1, "${figure.id}", is not a figure`),
  ],
  [
    'undatedFigures({}) asks for an array of figures',
    () => undatedFigures({} as never),
    /undatedFigures: expects an array of figures \(rows of the figures table\), got an object with no keys/,
  ],
  [
    "convert(1, 'km', 'drones') names both quantities",
    () => convert(1, 'km', 'drones'),
    /convert: cannot convert km to drones: length is not drones/,
  ],
  [
    "convert(1, 'km', 'miles') lists the units",
    () => convert(1, 'km', 'miles' as never),
    /convert: unit "miles" is not one of "drones"/,
  ],
  [
    "isMoney('EUR') lists the units",
    () => isMoney('EUR' as never),
    /isMoney: unit "EUR" is not one of/,
  ],
  [
    'getFigure(42) asks for a string id',
    () => getFigure(42 as never),
    /getFigure: expects the id of a figure \(a string\), got 42/,
  ],
  [
    'getFigure of an unknown id says how to look one up without throwing',
    () => getFigure('no-such-figure' as string),
    /getFigure: unknown figure id "no-such-figure"; expects one of the \d+ ids of the figure table \(findFigure returns undefined/,
  ],
];

test.each(cases)('%s', (_name, call, message) => {
  const error = thrown(call);
  expect(error).toBeInstanceOf(DataInputError);
  expect(error).toBeInstanceOf(TypeError);
  expect(error.name).toBe('DataInputError');
  expect(error.message).toMatch(/^@ua-drones\/data: /);
  expect(error.message).toMatch(message);
});

test('a DataInputError keeps the helper and what it was passed', () => {
  const error = thrown(() => formatDate('2025-13-45'));
  expect(error).toMatchObject({ helper: 'formatDate', received: '2025-13-45' });
});

test('formatDuration reads the time part of a duration: PT30M is 30 minutes, not months', () => {
  expect(formatDuration('PT30M')).toBe('30 minutes');
  expect(formatDuration('P30M')).toBe('30 months');
  expect(formatDuration('P1Y6M')).toBe('1 year 6 months');
  expect(formatDuration('P1DT2H')).toBe('1 day 2 hours');
});

test('formatDate still formats real dates at their precision', () => {
  expect(formatDate('2024-02-29')).toBe('29 February 2024');
  expect(formatDate('2025-09')).toBe('September 2025');
  expect(formatDate('2025')).toBe('2025');
});

test('a literal id that is not a known id fails to compile, and throws when forced', () => {
  // @ts-expect-error: "typo" is not a FigureId (the package type-check fails if this compiles)
  expect(() => getFigure('typo')).toThrow(DataInputError);
});

test('citeSource of a literal id that is not a known source fails to compile', () => {
  // @ts-expect-error: "no-such-source" is not a SourceId
  expect(() => citeSource('no-such-source')).toThrow(DataInputError);
});
