/**
 * Adding a source: a text that no entry of sources.yaml names fails the build, and `add-source`
 * scaffolds the entry and record files with one candidate per number the build will ask about.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../src/build/problems.ts';
import { fixtureCopy, packageDir, problemsOf, sourcesDir } from './helpers.ts';

test('a source text that no entry names fails the build, naming the file and what to do', () => {
  const dir = fixtureCopy();
  copyFileSync(
    join(sourcesDir, 'denmark-training-drone-superpower.txt'),
    join(dir, 'sources/unnamed.txt'),
  );
  expect(problemsOf(dir).map(formatProblem)).toEqual([
    'sources/unnamed.txt: no entry in records/sources.yaml names this text (file: unnamed.txt): describe it there, or run `pnpm --filter @ua-drones/data run add-source sources/unnamed.txt --title … --publisher … --date … --url …` to write the entry and its record files (CONTRIBUTING.md, "Add a source")',
  ]);
});

test('add-source writes the entry, the record files and a candidate for every number to account for', () => {
  const dir = fixtureCopy();
  const text = join(sourcesDir, 'denmark-training-drone-superpower.txt');
  const result = spawnSync(
    process.execPath,
    [
      join(packageDir, 'scripts/add-source.ts'),
      text,
      ...['--id', 'added-news', '--title', 'A title', '--publisher', 'An outlet'],
      ...['--date', '2025-10-01', '--url', 'https://example.org/a'],
      ...['--records', join(dir, 'records'), '--sources', join(dir, 'sources')],
    ],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(readFileSync(join(dir, 'sources/added-news.txt'), 'utf8')).toBe(
    readFileSync(text, 'utf8'),
  );
  const entries = parse(readFileSync(join(dir, 'records/sources.yaml'), 'utf8'));
  expect(entries.at(-1)).toMatchObject({
    id: 'added-news',
    title: 'A title',
    publisher: 'An outlet',
    date: '2025-10-01',
    url: 'https://example.org/a',
    file: 'added-news.txt',
    shortName: null,
  });
  for (const folder of ['figures', 'events', 'partnerships', 'quotes', 'set-aside']) {
    expect(parse(readFileSync(join(dir, `records/${folder}/added-news.yaml`), 'utf8'))).toEqual([]);
  }
  // The build names each field of the entry still to fill.
  expect(problemsOf(dir).map(formatProblem)).toContain(
    'records/sources.yaml:' +
      `${readFileSync(join(dir, 'records/sources.yaml'), 'utf8').split('\n').indexOf('  shortName: null') + 1}` +
      ': source "added-news", field "shortName": Invalid input: expected string, received null',
  );
  // Once they are filled, it names each number still open, and the set-aside file holds one
  // commented candidate for each, at the same line of the text.
  const filled = entries.map((entry: Record<string, unknown>) =>
    entry.id === 'added-news'
      ? {
          ...entry,
          shortName: 'the added news',
          kind: 'news',
          language: 'en',
          note: 'A test source.',
          provenance: {
            ...(entry.provenance as object),
            checked: '2026-12-06',
            copy: 'publisher',
            compared: /[^.\n]{40,}\./.exec(readFileSync(text, 'utf8'))?.[0],
            searches: ['a search'],
            finding: 'Nothing.',
          },
        }
      : entry,
  );
  writeFileSync(join(dir, 'records/sources.yaml'), stringify(filled));
  const open = problemsOf(dir)
    .filter((p) => p.file === 'sources/added-news.txt')
    .map((p) => `${p.line}: ${/"([^"]+)" in/.exec(p.message)?.[1]}`);
  const candidates = [
    ...readFileSync(join(dir, 'records/set-aside/added-news.yaml'), 'utf8').matchAll(
      /^# sources\/added-news\.txt:(\d+): \w+ "([^"]+)"/gm,
    ),
  ].map(([, line, span]) => `${line}: ${span}`);
  expect(open.length).toBeGreaterThan(0);
  expect(candidates).toEqual(open);
});
