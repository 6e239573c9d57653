import { describe, expect, test } from 'vitest';
import { parseChapter, proseOf, RENDERED_WORDS } from '../src/lib/parse-chapter.ts';

const sample = [
  '---',
  'title: T',
  'order: 7',
  'sample: true',
  '---',
  'import X from "./x-2.ts";',
  '',
  '### Output in <When id="e" />',
  '',
  'Output was <Fig id="ua-drone-production-2025" period /> in all.',
  '{/* a note from 2025 */}',
  'Over 9000 drones.<Cite id="f" />',
  'See [the page](page-2/) and <Chart name="production" />.',
  'As <Cite source="s" excerpt="in 2024 > 2023" /> <PageLink href="/v2/">says</PageLink> `code 42`.',
  '',
  '```mdx',
  '<Fig id="example" />',
  '```',
  '',
  '<Q id="q" block />',
].join('\n');

describe('parseChapter', () => {
  const chapter = parseChapter('ch.mdx', sample);

  test('reads the front matter', () => {
    expect(chapter.frontmatter).toEqual({ title: 'T', order: 7, sample: true });
    expect(parseChapter('x.mdx', 'No front matter.').frontmatter).toEqual({});
  });

  test('finds every component with its attributes, file, line and column; none in code', () => {
    expect(
      chapter.components.map((c) => [c.name, c.attributes, c.placement, c.line, c.column]),
    ).toEqual([
      ['When', { id: 'e' }, 'text', 8, 15],
      ['Fig', { id: 'ua-drone-production-2025', period: '' }, 'text', 10, 12],
      ['Cite', { id: 'f' }, 'text', 12, 18],
      ['Chart', { name: 'production' }, 'text', 13, 29],
      ['Cite', { source: 's', excerpt: 'in 2024 > 2023' }, 'text', 14, 4],
      ['PageLink', { href: '/v2/' }, 'text', 14, 49],
      ['Q', { id: 'q', block: '' }, 'flow', 20, 1],
    ]);
    expect(new Set(chapter.components.map((c) => c.file))).toEqual(new Set(['ch.mdx']));
  });

  test('keeps attributes written as expressions apart, with their source', () => {
    const [use] = parseChapter('x.mdx', '<Fig id={someId} {...rest} bare />').components;
    expect(use?.attributes).toEqual({ bare: '' });
    expect(use?.expressions).toEqual({ id: 'someId', '...': '...rest' });
  });

  test('lists headings with their depth, text and line', () => {
    expect(chapter.headings).toEqual([{ depth: 3, text: 'Output in ⟨When⟩', line: 8 }]);
  });

  test('prose is the text a reader reads, components that render words as placeholders', () => {
    expect(chapter.prose.map((block) => block.text)).toEqual([
      'Output in ⟨When⟩',
      'Output was ⟨Fig⟩ in all.',
      // <Cite> renders a note number and <Chart> a figure: no words, no placeholder.
      'Over 9000 drones. See the page and . As says .',
    ]);
  });

  test('counts words of prose plus the words a component in running text renders', () => {
    // "Output in" (2), "Output was in all" (4), "Over 9000 drones" (3), "See the page and" (4),
    // "As says" (2); <When> and <Fig> render about two words each; <Cite>, <Chart> and the
    // block <Q> count nothing.
    expect(chapter.words).toBe(15 + (RENDERED_WORDS.When ?? 0) + (RENDERED_WORDS.Fig ?? 0));
    expect(parseChapter('x.mdx', "Don't stop — 4.5 times.").words).toBe(4);
  });

  test('fails on invalid MDX with file, line and column', () => {
    expect(() => parseChapter('bad.mdx', 'ok\n\nSee <Fig id="a"></Fag>')).toThrow(
      /^bad\.mdx:3:\d+: Unexpected closing tag `<\/Fag>`/,
    );
  });
});

describe('proseOf', () => {
  test('gives each sentence with the line it starts on', () => {
    const chapter = parseChapter(
      'ch.mdx',
      '### A title\n\nFirst sentence.<Cite id="a" /> Second one\nruns on to the next line. Third\n<Fig id="x" /> here.\n\n- An item in <When id="e" />.',
    );
    expect(proseOf(chapter)).toEqual([
      { text: 'A title', line: 1 },
      { text: 'First sentence.', line: 3 },
      { text: 'Second one runs on to the next line.', line: 3 },
      { text: 'Third ⟨Fig⟩ here.', line: 4 },
      { text: 'An item in ⟨When⟩.', line: 7 },
    ]);
  });

  test('leaves out code, comments, link targets and attributes', () => {
    const chapter = parseChapter(
      'ch.mdx',
      'Use `build 2` and [the data](/data/records/) {/* hover */} <PageLink href="/record/">here</PageLink>.\n\n```\nrecord\n```',
    );
    expect(proseOf(chapter)).toEqual([{ text: 'Use and the data here.', line: 1 }]);
  });
});
