/**
 * The report's prose rules, checked on the MDX sources before anything renders: no digit typed
 * into prose (every quantity and date comes from a data component), every data reference resolves
 * against @ua-drones/data and @ua-drones/charts, every chart is placed, and the report is long
 * enough. The site's build also fails on a bad id; this test names every offence at once.
 */
import * as chartsPackage from '@ua-drones/charts';
import { conflicts, events, figures, partnerships, quotes } from '@ua-drones/data';
import { describe, expect, test } from 'vitest';
import {
  type ComponentUse,
  type ParsedChapter,
  parseChapter,
  proseOf,
} from '../src/lib/parse-chapter.ts';
import { sourceText } from '../src/lib/source-texts.ts';
import { verbatimMismatch } from '../src/lib/verbatim.ts';
import { reportChapters } from './report-chapters.ts';

const MIN_WORDS = 5000;
const COMPONENTS = ['Fig', 'Q', 'Cite', 'When', 'Conflict', 'Chart', 'Src'] as const;
type Component = (typeof COMPONENTS)[number];

/** Sentences of prose that contain a digit, as `line: sentence`. */
function digitsInProse(chapter: ParsedChapter): string[] {
  return proseOf(chapter)
    .filter((sentence) => /\d/.test(sentence.text))
    .map((sentence) => `${sentence.line}: ${sentence.text}`);
}

type Tag = Pick<ComponentUse, 'name' | 'attributes' | 'line'>;

/** Components (capitalized JSX names); lowercase names are HTML elements. */
const tagsOf = (chapter: ParsedChapter): Tag[] =>
  chapter.components.filter((use) => /^[A-Z]/.test(use.name));

const ids = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((r) => r.id));
const figureIds = ids(figures);
const quoteIds = ids(quotes);
const eventIds = ids(events);
const partnershipIds = ids(partnerships);
const datedIds = new Set(
  [...events, ...partnerships, ...quotes].filter((r) => r.date !== null).map((r) => r.id),
);
const conflictMeasures = new Set(conflicts().map((c) => c.measure));
const chartRegistry = (chartsPackage as { charts?: Record<string, unknown> }).charts;

/** Why a tag does not resolve, or null when it does. */
function problemWith(tag: Tag): string | null {
  const { name: component, attributes } = tag;
  if (component === 'PageLink') {
    return attributes.href?.startsWith('/') ? null : '<PageLink> needs href="/…" (a site path)';
  }
  if (!(COMPONENTS as readonly string[]).includes(component)) {
    return `<${component}> is not a data component (${COMPONENTS.join(', ')}) or <PageLink>`;
  }
  if (component === 'Cite' && attributes.source !== undefined) {
    const text = sourceText(attributes.source);
    if (text === undefined) return `no source "${attributes.source}"`;
    const mismatch = verbatimMismatch(text, attributes.excerpt ?? '');
    return mismatch === null ? null : `excerpt not verbatim in "${attributes.source}": ${mismatch}`;
  }
  const key = component === 'Conflict' ? 'measure' : component === 'Chart' ? 'name' : 'id';
  const value = attributes[key];
  if (!value) return `<${component}> needs ${key}="…"`;
  switch (component as Component) {
    case 'Src':
      return sourceText(value) === undefined ? `no source "${value}"` : null;
    case 'Fig':
      return figureIds.has(value) ? null : `no figure "${value}"`;
    case 'Q':
      return quoteIds.has(value) ? null : `no quote "${value}"`;
    case 'When':
      return datedIds.has(value) ? null : `no dated event, partnership or quote "${value}"`;
    case 'Cite': {
      const byKind: Record<string, Set<string>> = {
        figure: figureIds,
        quote: quoteIds,
        event: eventIds,
        partnership: partnershipIds,
      };
      const kind = attributes.kind;
      if (kind !== undefined) {
        const set = byKind[kind];
        if (!set) return `<Cite kind="${kind}">: unknown kind`;
        return set.has(value) ? null : `no ${kind} "${value}"`;
      }
      return Object.values(byKind).some((set) => set.has(value)) ? null : `no record "${value}"`;
    }
    case 'Conflict':
      return conflictMeasures.has(value)
        ? null
        : `the data lists no conflict for measure "${value}"`;
    case 'Chart':
      if (!chartRegistry) return 'the @ua-drones/charts build exports no `charts` registry';
      return Object.hasOwn(chartRegistry, value) ? null : `no chart named "${value}"`;
  }
}

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

  test('checks a quoted passage against its source text', () => {
    const cite = (source: string, excerpt: string) =>
      problemWith({ name: 'Cite', attributes: { source, excerpt }, line: 1 });
    const text = sourceText('europe-speed-and-capital') as string;
    const passage = text.slice(100, 160);
    expect(cite('europe-speed-and-capital', passage)).toBeNull();
    expect(cite('nope', passage)).toBe('no source "nope"');
    expect(cite('europe-speed-and-capital', `${passage} and unicorns`)).toMatch(
      /^excerpt not verbatim in "europe-speed-and-capital": it matches up to/,
    );
  });

  test('flags an unknown id and an unknown component', () => {
    expect(problemWith({ name: 'Fig', attributes: { id: 'no-such-figure' }, line: 1 })).toBe(
      'no figure "no-such-figure"',
    );
    expect(problemWith({ name: 'Fgi', attributes: { id: 'x' }, line: 1 })).toMatch(
      /not a data component/,
    );
    expect(problemWith({ name: 'PageLink', attributes: { href: 'data/' }, line: 1 })).toMatch(
      /needs href="\/…"/,
    );
    expect(problemWith({ name: 'PageLink', attributes: { href: '/data/' }, line: 1 })).toBe(null);
  });
});

describe('the report chapters', () => {
  const chapters = reportChapters();

  test('exist', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(10);
  });

  test.each(chapters.map((c) => [c.file, c] as const))('%s has no digit in its prose', (_, c) => {
    expect(digitsInProse(c)).toEqual([]);
  });

  test.each(chapters.map((c) => [c.file, c] as const))(
    '%s references only records, measures and charts that exist',
    (_, c) => {
      const problems = tagsOf(c)
        .map((tag) => ({ tag, problem: problemWith(tag) }))
        .filter((p) => p.problem !== null)
        .map(({ tag, problem }) => `${c.file}:${tag.line} ${problem}`);
      expect(problems).toEqual([]);
    },
  );

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
