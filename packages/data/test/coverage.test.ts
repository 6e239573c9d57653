import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { compileRecords } from '../src/build/compile.ts';
import { formatProblem, RecordsError } from '../src/build/problems.ts';
import { packageDir } from './helpers.ts';

// The real records and source texts, copied so that a test can break them on purpose.
function realCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ua-drones-coverage-'));
  for (const folder of ['records', 'sources'])
    cpSync(join(packageDir, folder), join(dir, folder), { recursive: true });
  return dir;
}

function problemLines(dir: string): string[] {
  try {
    compileRecords({
      recordsDir: join(dir, 'records'),
      sourcesDir: join(dir, 'sources'),
      displayRoot: dir,
    });
    return [];
  } catch (error) {
    if (error instanceof RecordsError) return error.problems.map(formatProblem);
    throw error;
  }
}

/** Deletes the one entry of a YAML list file whose `key` is `value`. */
function deleteEntry(file: string, key: string, value: string) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (!isSeq(doc.contents)) throw new Error(`${file} is not a list`);
  const before = doc.contents.items.length;
  doc.contents.items = doc.contents.items.filter(
    (item) => !(isMap(item) && (item.toJSON() as Record<string, unknown>)[key] === value),
  );
  expect(doc.contents.items.length, `one entry with ${key} ${value} in ${file}`).toBe(before - 1);
  writeFileSync(file, doc.toString());
}

test('deleting a set-aside entry fails the build at the number, in its source text', () => {
  const dir = realCopy();
  deleteEntry(join(dir, 'records/set-aside/global-rush-drone-training.yaml'), 'span', 'hundreds');
  expect(problemLines(dir)).toEqual([
    'sources/global-rush-drone-training.txt:8: source "global-rush-drone-training": vague amount "hundreds" in "…radar systems can track hundreds of targets simultaneously…" is not accounted for: set it aside in records/set-aside/global-rush-drone-training.yaml',
  ]);
});

test('deleting the figure that records a number fails the build at that number', () => {
  const dir = realCopy();
  deleteEntry(
    join(dir, 'records/figures/global-rush-drone-training.yaml'),
    'id',
    'kp-troops-deployed-kursk',
  );
  expect(problemLines(dir)).toEqual([
    'sources/global-rush-drone-training.txt:4: source "global-rush-drone-training": number "15,000" in "…Asia, including more than 15,000 North Korean troops deployed…" is not accounted for: record it in a figure whose excerpt holds it, or set it aside in records/set-aside/global-rush-drone-training.yaml',
  ]);
});

test('a number pasted into a source text fails the build, in digits or in words', () => {
  const dir = realCopy();
  const file = join(dir, 'sources/poland-seeks-drone-expertise.txt');
  const text = readFileSync(file, 'utf8');
  const sentence = 'This high-volume, continuous defense highlights';
  expect(text).toContain(sentence);
  writeFileSync(
    file,
    text.replace(
      sentence,
      'This high-volume, continuous defense of 12 cities and a dozen ports highlights',
    ),
  );
  expect(problemLines(dir)).toEqual([
    expect.stringMatching(
      /^sources\/poland-seeks-drone-expertise\.txt:65: source "poland-seeks-drone-expertise": number "12" in "…continuous defense of 12 cities and a dozen/,
    ),
    expect.stringMatching(
      /^sources\/poland-seeks-drone-expertise\.txt:65: source "poland-seeks-drone-expertise": number "a dozen" in "…/,
    ),
  ]);
});
