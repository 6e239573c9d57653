/**
 * The report's chapters and key findings are about drones, Ukraine and Europe. How the data set
 * works (records, builds, tests, "hover over the number") belongs on the methodology page; this
 * test fails on such words anywhere in the report's prose, its closing note on the evidence included.
 */
import { describe, expect, test } from 'vitest';
import { type ParsedChapter, parseChapter, proseOf } from '../src/lib/parse-chapter.ts';
import { reportChapters } from './report-chapters.ts';

/** Words about our tooling, each with what to write instead. */
const TOOLING: ReadonlyArray<[RegExp, string]> = [
  [/\brecords\b|\bwe record|\brecorded as\b|\bour record\b/i, 'say what the source says'],
  [/\bdata ?set\b|\bdata package\b|\bour data\b|\bthe data\b/i, 'name the source, not the data'],
  [/\bhover|\btooltip|\bclick\b|\bnote marker/i, 'the page explains its own markers'],
  [/\bthe build\b|\bbuild (?:fails|time)\b|\bat build\b|\bthe tests?\b|\bschema\b/i, 'tooling'],
  [/\bmeasure ["“]|\bthe measure\b|\bconflicts?\(\)/i, 'tooling'],
];

/** Every tooling word in a chapter's prose, as `file:line: word (why)`. */
function toolingIn(chapter: ParsedChapter): string[] {
  return proseOf(chapter).flatMap(({ text, line }) =>
    TOOLING.flatMap(([pattern, instead]) => {
      const found = pattern.exec(text);
      return found ? [`${chapter.file}:${line}: "${found[0]}" (${instead})`] : [];
    }),
  );
}

test('the vocabulary check finds tooling words and passes plain prose', () => {
  const mdx = [
    '---',
    'title: T',
    'order: 3',
    '---',
    'Hover over the number to see the record.',
    '',
    'We record <Fig id="x" /> in a data set.',
    '',
    'Ukraine set a record: drones were built and tested in weeks, and a fighter recorded a video.',
  ].join('\n');
  expect(toolingIn(parseChapter('t.mdx', mdx))).toEqual([
    't.mdx:5: "Hover" (the page explains its own markers)',
    't.mdx:7: "We record" (say what the source says)',
    't.mdx:7: "data set" (name the source, not the data)',
  ]);
});

const chapters = reportChapters();

describe('the chapters and the key findings', () => {
  test('exist', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(9);
  });
  test.each(chapters.map((c) => [c.file, c] as const))('%s does not talk about tooling', (_, c) => {
    expect(toolingIn(c)).toEqual([]);
  });
});
