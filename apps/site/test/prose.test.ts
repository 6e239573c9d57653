/**
 * The report's prose rules, checked on the MDX sources before anything renders: no digit typed
 * into prose (every quantity and date comes from a data component), every chart is placed, and
 * the report is long enough. Whether each data reference resolves is the build's check (it names
 * every bad reference at once: test/fixture-builds.test.ts).
 */
import * as chartsPackage from '@ua-drones/charts';
import { describe, expect, test } from 'vitest';
import { type ParsedChapter, parseChapter, proseOf } from '../src/lib/parse-chapter.ts';
import { reportChapters } from './report-chapters.ts';

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

const chartRegistry = (chartsPackage as { charts?: Record<string, unknown> }).charts;

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

describe('the report chapters', () => {
  const chapters = reportChapters();

  test('exist', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(9);
  });

  test.each(chapters.map((c) => [c.file, c] as const))('%s has no digit in its prose', (_, c) => {
    expect(digitsInProse(c)).toEqual([]);
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
