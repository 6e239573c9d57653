/**
 * The report's prose rules, checked on the MDX sources before anything renders: no digit typed
 * into prose (every quantity and date comes from a data component), no number word or
 * comparative that is neither bound to the data, quoted, nor a reviewed fixed expression, every
 * chart is placed, and the report is long enough. Whether each data reference resolves and each
 * bound sentence holds is the build's check (it names every bad one at once:
 * test/fixture-builds.test.ts).
 */
import { readFileSync } from 'node:fs';
import * as chartsPackage from '@ua-drones/charts';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type FixedExpression, unboundNumberWords } from '../src/lib/bound/number-words.ts';
import { type ParsedChapter, parseChapter, proseOf } from '../src/lib/parse-chapter.ts';
import { reportChapters } from './report-chapters.ts';

const REPORT_DIR = new URL('../src/content/report/', import.meta.url);
const FIXED_FILE = new URL('../src/content/fixed-expressions.yaml', import.meta.url);
const fixed = parseYaml(readFileSync(FIXED_FILE, 'utf8')) as FixedExpression[];

const MIN_WORDS = 5000;
/** Sentences of prose that contain a digit, as `line: sentence`. */
function digitsInProse(chapter: ParsedChapter): string[] {
  return proseOf(chapter)
    .filter((sentence) => /\d/.test(sentence.text))
    .map((sentence) => `${sentence.line}: ${sentence.text}`);
}

/** Components (capitalized JSX names); lowercase names are HTML elements. */
const tagsOf = (chapter: ParsedChapter) =>
  chapter.components.filter((use) => /^[A-Z]/.test(use.name));

const chartRegistry = (chartsPackage as { charts?: Record<string, { title?: string }> }).charts;
const chartTitle = (name: string) => chartRegistry?.[name]?.title;

describe('the prose checker itself', () => {
  test('finds a digit typed into prose, with its line, and nothing in markup', () => {
    const chapter = parseChapter(
      'ch.mdx',
      [
        '---',
        'order: 7',
        '---',
        'import X from "./x-2.ts";',
        '',
        'Output was <Fig id="ua-drone-production-2025" period /> in all.',
        '{/* a note from 2025 */}',
        'Over 9000 drones.',
        'See [the page](page-2/), `v2` and <Chart name="production" />.',
      ].join('\n'),
    );
    expect(digitsInProse(chapter)).toEqual(['8: Over 9000 drones.']);
  });
});

describe('the number-word checker itself', () => {
  test('finds unbound number words in prose, takeaways and chart titles, and lets bound, quoted and fixed ones stand', () => {
    const source = [
      '---',
      'order: 7',
      '---',
      '',
      'The evidence is <Count of="sources" /> articles; <Claim assert="count(sources) > 1">most</Claim> are unsigned.',
      'He named “one of two aims”, and one another agreed. Poland shows four arrangements.',
      '',
      '<Chart name="europe" takeaway="Poland leads, the UK second, in most." />',
      '',
      '<Chart name="matrix" takeaway="Ukraine is in most." assert="true" />',
    ].join('\n');
    const used = new Set<FixedExpression>();
    const entry = { words: 'one another', reason: 'an idiom' };
    // A chart's title is checked with its takeaway; a <Chart assert> binds both.
    const titles = (name: string) =>
      ({ europe: 'Poland in four arrangements', matrix: 'Ukraine in most' })[name];
    expect(
      unboundNumberWords('ch.mdx', source, { fixed: [entry], chartTitle: titles, used }),
    ).toEqual([
      {
        line: 6,
        word: 'four',
        sentence: 'Poland shows four arrangements.',
      },
      { line: 8, word: 'most', sentence: 'Poland leads, the UK second, in most.' },
      { line: 8, word: 'four', sentence: 'Poland in four arrangements' },
    ]);
    expect([...used]).toEqual([entry]);
  });
});

test('every fixed expression gives its words and a reason', () => {
  const incomplete = fixed.filter((entry) => !entry.words?.trim() || !entry.reason?.trim());
  expect(incomplete, `${FIXED_FILE.pathname}: each entry needs words and a reason`).toEqual([]);
});

describe('the report chapters', () => {
  const chapters = reportChapters();

  test('exist', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(9);
  });

  test.each(chapters.map((c) => [c.file, c] as const))('%s has no digit in its prose', (_, c) => {
    expect(digitsInProse(c)).toEqual([]);
  });

  const used = new Set<FixedExpression>();
  test.each(chapters.map((c) => [c.file, c] as const))(
    '%s binds, quotes or lists every number word',
    (file) => {
      const source = readFileSync(new URL(file, REPORT_DIR), 'utf8');
      const unbound = unboundNumberWords(file, source, { fixed, chartTitle, used }).map(
        ({ line, word, sentence }) => `${file}:${line}: "${word}" in: ${sentence}`,
      );
      expect(
        unbound,
        'bind each with <Count> or <Claim assert> (a takeaway with <Chart assert>), or list it with a reason in src/content/fixed-expressions.yaml (WRITING.md)',
      ).toEqual([]);
    },
  );

  test('use every fixed expression', () => {
    expect(fixed.filter((entry) => !used.has(entry)).map((entry) => entry.words)).toEqual([]);
  });

  test('place every chart of the charts package', () => {
    expect(chartRegistry, 'the @ua-drones/charts build exports no `charts` registry').toBeDefined();
    const placed = new Set(
      chapters.flatMap((c) =>
        tagsOf(c)
          .filter((t) => t.name === 'Chart')
          .map((t) => t.attributes.name),
      ),
    );
    expect(Object.keys(chartRegistry ?? {}).filter((name) => !placed.has(name))).toEqual([]);
  });

  test(`have at least ${MIN_WORDS} words of prose in total`, () => {
    const total = chapters.reduce((sum, c) => sum + c.words, 0);
    expect(total).toBeGreaterThanOrEqual(MIN_WORDS);
  });
});
