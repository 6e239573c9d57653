import { cpSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../src/build/problems.ts';
import { compileFixture, fixtureCopy, problemsOf } from './helpers.ts';

test('the valid fixture compiles', () => {
  const { tables } = compileFixture(fixtureCopy());
  expect(tables.figures.map((figure) => figure.id)).toEqual([
    'tanker-strike-distance',
    'targets-destroyed-share',
    'kp-troops-kursk',
  ]);
});

/** Each malformed fixture differs from the valid one by one defect and must fail with one message. */
const cases: {
  name: string;
  file: string;
  kind?: string;
  id?: string;
  field?: string;
  message: RegExp;
}[] = [
  {
    name: 'missing-field',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'label',
    message: /missing: required/,
  },
  {
    name: 'unknown-unit',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'unit',
    message:
      /^"soldiers" is not one of: drones, .*\(add a line to UNITS in src\/units\.ts if none fits\)$/,
  },
  {
    name: 'excerpt-not-in-source',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'excerpt',
    message:
      /not found verbatim in source "global-rush-drone-training".*has "soldiers.*" where the source has "troops/,
  },
  {
    name: 'value-not-in-excerpt',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'value',
    message: /1500 is not a number the excerpt states \(numbers read from it: 15000\)/,
  },
  {
    name: 'duplicate-id',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'tanker-strike-distance',
    field: 'id',
    message: /duplicate figure id: also at records\/figures\/sample\.yaml:1$/,
  },
  {
    name: 'dangling-source',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'source',
    message:
      /unknown source "global-rush-drone-trainings" \(did you mean "global-rush-drone-training"\?\)/,
  },
  {
    name: 'dangling-entity',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'subjects[1]',
    message: /unknown entity "russia"/,
  },
  {
    name: 'dangling-measure',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'measure',
    message: /unknown measure "fixture-foreign-troop" \(did you mean "fixture-foreign-troops"\?\)/,
  },
  {
    name: 'bad-date',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'targets-destroyed-share',
    field: 'period',
    message: /not a real calendar date/,
  },
  {
    name: 'unquoted-date',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'targets-destroyed-share',
    field: 'period',
    message: /quote dates in YAML/,
  },
  {
    name: 'bad-id-format',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'KP_troops_Kursk',
    field: 'id',
    message: /kebab-case/,
  },
  {
    name: 'mixed-base-units',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'unit',
    message:
      /unit "troops" does not convert to "km", the unit of measure "fixture-strike-distance"/,
  },
  {
    name: 'unknown-topic',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'topics[0]',
    message: /^"soldiers" is not one of: production, air-defense,/,
  },
  {
    name: 'unknown-qualifier',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'qualifier',
    message: /^"over" is not one of: exact, approximately, at-least, more-than/,
  },
  {
    name: 'extra-unknown-field',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'confidence',
    message: /unknown field/,
  },
  {
    name: 'bad-erratum',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'targets-destroyed-share',
    field: 'errata[0].version',
    message: /version like 1\.2\.3/,
  },
  {
    name: 'quote-text-not-in-excerpt',
    file: 'records/quotes/sample.yaml',
    kind: 'quote',
    id: 'kubilius-teaching-us',
    field: 'text',
    message: /not found inside the excerpt.*"win the wars/,
  },
  {
    name: 'dangling-speaks-for',
    file: 'records/quotes/sample.yaml',
    kind: 'quote',
    id: 'kubilius-teaching-us',
    field: 'speaksFor',
    message: /unknown entity "eu"/,
  },
  {
    name: 'wrong-iso3166',
    file: 'records/entities/countries.yaml',
    kind: 'entity',
    id: 'kp',
    field: 'iso3166',
    message: /iso3166 equal to its id in upper case \("KP"\)/,
  },
  {
    name: 'event-bad-month',
    file: 'records/events/sample.yaml',
    kind: 'event',
    id: 'kubilius-conference-statement',
    field: 'date',
    message: /ISO 8601 date/,
  },
  {
    name: 'dangling-member',
    file: 'records/partnerships/sample.yaml',
    kind: 'partnership',
    id: 'ua-europe-drone-alliance',
    field: 'members[1]',
    message: /unknown entity "eu-commission"/,
  },
  {
    name: 'missing-source-text',
    file: 'records/sources.yaml',
    kind: 'source',
    id: 'global-rush-drone-training',
    field: 'file',
    message: /source text not found/,
  },
  {
    name: 'rate-unit-on-count-measure',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'unit',
    message:
      /unit "drones\/year" does not convert to "troops", the unit of measure "fixture-foreign-troops" \("drones\/year" is a rate per year; the measure is not\)/,
  },
  {
    name: 'bad-currency',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'currency',
    message: /is not an ISO 4217 currency code/,
  },
  {
    name: 'currency-without-money',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'currency',
    message: /must be null: unit "troops" is not money/,
  },
  {
    name: 'attribution-unknown-entity',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'targets-destroyed-share',
    field: 'attributedTo.entity',
    message: /unknown entity "eu"/,
  },
  {
    name: 'attribution-words-not-in-excerpt',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'targets-destroyed-share',
    field: 'attributedTo.words',
    message: /"Commissioner Kubilius" not found verbatim in the excerpt/,
  },
  {
    name: 'id-contains-value',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk-15000',
    field: 'id',
    message: /contains the value 15000: ids must not carry values/,
  },
  {
    name: 'inferred-without-reason',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'targets-destroyed-share',
    field: 'dateReason',
    message: /missing: an inferred period or asOf needs its evidence/,
  },
  {
    name: 'same-as-nowhere',
    file: 'records/events/sample.yaml',
    kind: 'event',
    id: 'kubilius-conference-statement',
    field: 'sameAs',
    message: /unknown event "kubilius-conference-speech"/,
  },
  {
    name: 'same-as-cycle',
    file: 'records/events/sample.yaml',
    kind: 'event',
    id: 'kubilius-conference-statement',
    field: 'sameAs',
    message:
      /links form a cycle \(kubilius-conference-statement → kubilius-conference-remark → kubilius-conference-statement\).*point the first telling's link to null/,
  },
  {
    name: 'relation-units-do-not-convert',
    file: 'records/measures.yaml',
    kind: 'measure',
    id: 'fixture-strike-distance',
    field: 'comparableWith[0].measure',
    message:
      /units cannot convert: "fixture-targets-destroyed-share" is in "percent" \(fraction\), this measure in "km" \(length\); relate only measures of one quantity/,
  },
  {
    name: 'summary-number-not-in-excerpt',
    file: 'records/events/sample.yaml',
    kind: 'event',
    id: 'kubilius-conference-statement',
    field: 'summary',
    message:
      /^"80" not in the excerpt: widen the excerpt \(verbatim\) to the passage that states it, or keep to what the excerpt says$/,
  },
  {
    name: 'company-without-country',
    file: 'records/entities/organizations.yaml',
    kind: 'entity',
    id: 'frontline-robotics',
    field: 'country',
    message: /missing: a company needs the country the texts tie it to .*countryReason/,
  },
  {
    name: 'topics-differ-in-measure',
    file: 'records/figures/sample.yaml',
    kind: 'figure',
    id: 'kp-troops-kursk',
    field: 'topics',
    message: /\[manpower\] differs from \[deep-strike\] of figure "tanker-strike-distance"/,
  },
  {
    name: 'unaccounted-number',
    file: 'sources/global-rush-drone-training.txt',
    kind: 'source',
    id: 'global-rush-drone-training',
    message:
      /^number "42" in "…of targets simultaneously, 42 of them at once but a mass…" is not accounted for: record it in a figure whose excerpt holds it, or set it aside in records\/set-aside\/global-rush-drone-training\.yaml$/,
  },
  {
    name: 'set-aside-not-in-source',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: '80',
    field: 'context',
    message:
      /^not found verbatim in source "global-rush-drone-training" \(it is in source "europe-speed-and-capital"\)$/,
  },
  {
    name: 'unknown-reason',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: 'hundreds',
    field: 'reason',
    message: /^"vague" is not one of: vague-amount, repeat-of, other-unit, part-of-figure, rank,/,
  },
  {
    name: 'recorded-and-set-aside',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: '15,000',
    message:
      /^"15,000" is recorded by figure "kp-troops-kursk" \(its excerpt holds it, with the value 15000\): a number is recorded or set aside, not both$/,
  },
  {
    name: 'repeat-of-other-value',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: 'one',
    field: 'figure',
    message: /^figure "kp-troops-kursk" has the value 15000, which "one" does not state/,
  },
  {
    name: 'set-aside-context-twice',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: 'one',
    field: 'context',
    message: /^occurs \d+ times in source "global-rush-drone-training": lengthen it/,
  },
  {
    name: 'set-aside-span-not-a-number',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: 'example',
    field: 'span',
    message: /^"example" is not a number the build reads in this context \(it reads: none\)$/,
  },
  {
    name: 'part-of-figure-elsewhere',
    file: 'records/set-aside/global-rush-drone-training.yaml',
    kind: 'set-aside',
    id: 'hundreds',
    field: 'figure',
    message: /^the excerpt of figure "kp-troops-kursk" does not hold this "hundreds"/,
  },
  {
    name: 'date-outside-interval',
    file: 'records/events/sample.yaml',
    kind: 'event',
    id: 'kubilius-conference-statement',
    field: 'date',
    message: /^must be "2025", the part both ends of dateInterval "2025-10-28\/2025-11-02" share/,
  },
  {
    name: 'measure-not-in-base-unit',
    file: 'records/measures.yaml',
    kind: 'measure',
    id: 'fixture-strike-distance',
    field: 'unit',
    message:
      /^measures of length are compared in "km" \(MEASURE_UNITS in src\/units\.ts\), not "mi"/,
  },
  {
    name: 'yaml-syntax-error',
    file: 'records/partnerships/sample.yaml',
    kind: 'partnership',
    id: 'ua-europe-drone-alliance',
    message: /^YAML syntax error: Flow sequence/,
  },
];

test('at least 15 kinds of malformed record are covered', () => {
  expect(new Set(cases.map((item) => item.name)).size).toBeGreaterThanOrEqual(15);
});

describe.each(cases)('$name', ({ name, file, kind, id, field, message }) => {
  test('fails with one message naming the file, record and field', () => {
    const problems = problemsOf(fixtureCopy(name));
    expect(problems.map(formatProblem)).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file, kind, id, ...(field ? { field } : {}) });
    expect(problem?.message).toMatch(message);
    const line = formatProblem(problem ?? { file: '', message: '' });
    expect(line).toContain(file);
    expect(line).toContain(field ? `${kind} "${id}", field "${field}": ` : `${kind} "${id}": `);
  });
});

test('the YAML syntax error names the line where the parser stopped', () => {
  const [problem] = problemsOf(fixtureCopy('yaml-syntax-error'));
  expect(problem && formatProblem(problem)).toMatch(
    /^records\/partnerships\/sample\.yaml:7: partnership "ua-europe-drone-alliance": YAML syntax error/,
  );
});

test('a number no record accounts for is reported at its line in the source text', () => {
  const [problem] = problemsOf(fixtureCopy('unaccounted-number'));
  expect(problem && formatProblem(problem)).toMatch(
    /^sources\/global-rush-drone-training\.txt:3: source "global-rush-drone-training": number "42"/,
  );
});

test('problems in several records are all reported together', () => {
  const dir = fixtureCopy('unknown-unit');
  const more = fixtureCopy('quote-text-not-in-excerpt');
  cpSync(`${more}/records/quotes`, `${dir}/records/quotes`, { recursive: true });
  expect(problemsOf(dir).map((problem) => problem.field)).toEqual(['unit', 'text']);
});
