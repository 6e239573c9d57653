import { expect, test } from 'vitest';
import { formatProblem } from '../src/build/problems.ts';
import { fixtureCopy, problemsOf } from './helpers.ts';

/** Each fixture differs from the valid one by one defect and fails with one line a writer can act on. */
const only = (name: string) => {
  const problems = problemsOf(fixtureCopy(name)).map(formatProblem);
  expect(problems).toHaveLength(1);
  return problems[0];
};

test('a figure with attributedTo cannot have the status "reported"', () => {
  expect(only('attributed-but-reported')).toMatch(
    /^records\/figures\/sample\.yaml:38: figure "targets-destroyed-share", field "status": "reported" is the text's own, unattributed statement, but attributedTo names "Andrius Kubilius": use the status of who says it/,
  );
});

test('the passage compared with a public copy must be our text, verbatim', () => {
  expect(only('provenance-compared-not-in-text')).toMatch(
    /^records\/sources\.yaml:\d+: source "global-rush-drone-training", field "provenance\.compared": not found verbatim in our text global-rush-drone-training\.txt: it matches up to "….*shadow-fleet ", then has "tanker/,
  );
});

test("a date the publisher's page gives replaces the inferred one", () => {
  expect(only('provenance-inferred-date-kept')).toMatch(
    /^records\/sources\.yaml:\d+: source "europe-speed-and-capital", field "date": must be '2026-01-20' with dateInferred false: the publisher's page dates the text/,
  );
});
