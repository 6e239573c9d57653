import { describe, expect, test } from 'vitest';
import { citationTargets } from '../src/lib/citation-targets.ts';
import { type CitationTargets, numberNotes } from '../src/lib/notes.ts';
import { parseChapter } from '../src/lib/parse-chapter.ts';
import { referencesOf } from '../src/lib/references.ts';
import { sourceText } from '../src/lib/source-texts.ts';
import { verbatimMismatch } from '../src/lib/verbatim.ts';

const SOURCE_TEXT = 'Drones flew “far” across the border.\nThe army’s   answer came fast.';

const targets: CitationTargets = {
  has: (kind, id) =>
    (kind === 'figure' && ['a', 'b', 'c'].includes(id)) ||
    (kind === 'quote' && id === 'q') ||
    (kind === 'event' && id === 'e'),
  kindsOf: (id) =>
    ['a', 'b', 'c'].includes(id)
      ? ['figure']
      : id === 'q'
        ? ['quote']
        : id === 'e'
          ? ['event']
          : [],
  conflictingFigures: (measure) => (measure === 'm' ? ['b', 'c'] : []),
  isDated: (kind, id) => kind === 'event' || (kind === 'quote' && id === 'q'),
  hasChart: (name) => name === 'production',
  hasSource: (id) => id === 's',
  excerptMismatch: (source, excerpt) =>
    source === 's' ? verbatimMismatch(SOURCE_TEXT, excerpt) : 'no text',
};

const referencesIn = (text: string) => referencesOf(parseChapter('ch.mdx', text));
const chapter = (text: string) => [{ file: 'ch.mdx', references: referencesIn(text) }];

describe('referencesOf', () => {
  test('finds every data component with its line and column, in reading order', () => {
    const refs = referencesIn(
      'One <Fig id="a" />.\n\nTwo <Q id="q"/> and <Chart name="production" />',
    );
    expect(refs.map((r) => [r.component, r.value, r.line, r.column])).toEqual([
      ['Fig', 'a', 1, 5],
      ['Q', 'q', 3, 5],
      ['Chart', 'production', 3, 21],
    ]);
  });

  test('ignores components inside code fences, inline code and MDX comments', () => {
    const text = '```mdx\n<Fig id="x" />\n```\n`<Fig id="y"/>` {/* <Fig id="z"/> */} <Fig id="a"/>';
    expect(referencesIn(text).map((r) => r.value)).toEqual(['a']);
  });

  test('reads an attribute value that contains ">", and the attributes after it', () => {
    const refs = referencesIn(
      'As <Cite source="s" excerpt="costs > 1 bn" /> and <Fig id="a" bare />\n<Conflict\n  measure="m"\n  layout="table" />',
    );
    expect(refs.map((r) => [r.component, r.value, r.attributes, r.line, r.column])).toEqual([
      ['Cite', 's', { source: 's', excerpt: 'costs > 1 bn' }, 1, 4],
      ['Fig', 'a', { id: 'a', bare: '' }, 1, 51],
      ['Conflict', 'm', { measure: 'm', layout: 'table' }, 2, 1],
    ]);
  });

  test('an id written as an expression fails, naming file, line and column', () => {
    expect(() => referencesIn('x\n  <Fig id={someId} />')).toThrow(
      'ch.mdx:2:3 <Fig id={someId}>: write id as a string literal',
    );
  });

  test('an excerpt written as an expression fails too', () => {
    expect(() => referencesIn('<Cite source="s" excerpt={text} />')).toThrow(
      'ch.mdx:1:1 <Cite excerpt={text}>: write excerpt as a string literal',
    );
  });

  test('<Cite source> needs an excerpt, and not an id as well', () => {
    expect(() => referencesIn('x <Cite source="s" />')).toThrow(
      'ch.mdx:1:3 <Cite source="s"> needs an excerpt="…" attribute',
    );
    expect(() => referencesIn('<Cite id="a" source="s" excerpt="x" />')).toThrow(
      'either id="…" (a record) or source="…" excerpt="…", not both',
    );
  });

  test('a component without its key attribute fails', () => {
    expect(() => referencesIn('<Conflict />')).toThrow(
      'ch.mdx:1:1 <Conflict> needs a measure="…" attribute',
    );
  });
});

describe('numberNotes', () => {
  test('numbers records by first citation; a repeated record keeps its number', () => {
    const notes = numberNotes(
      chapter('<Fig id="b"/> <Fig id="a"/> <Fig id="b"/> <Q id="q"/>'),
      targets,
    );
    expect(notes).toEqual([
      { n: 1, kind: 'figure', id: 'b' },
      { n: 2, kind: 'figure', id: 'a' },
      { n: 3, kind: 'quote', id: 'q' },
    ]);
  });

  test('a conflict cites each conflicting figure', () => {
    const notes = numberNotes(chapter('<Conflict measure="m" />'), targets);
    expect(notes.map((n) => n.id)).toEqual(['b', 'c']);
  });

  test('an unknown figure id fails with file, line, column and the id', () => {
    expect(() => numberNotes(chapter('ok\n\nSee <Fig id="nope" />'), targets)).toThrow(
      'ch.mdx:3:5 <Fig id="nope">: no figure has id "nope"',
    );
  });

  test('an unknown quote, date, chart or conflict fails too', () => {
    expect(() => numberNotes(chapter('<Q id="a"/>'), targets)).toThrow('no quote has id "a"');
    expect(() => numberNotes(chapter('<When id="a"/>'), targets)).toThrow(
      'no event, partnership or quote has id "a"',
    );
    expect(() => numberNotes(chapter('<Chart name="pie"/>'), targets)).toThrow(
      'no chart is named "pie"',
    );
    expect(() => numberNotes(chapter('<Conflict measure="x"/>'), targets)).toThrow(
      'the data lists no conflict for measure "x"',
    );
  });

  test('<Cite kind> restricts the kinds an id may resolve to', () => {
    expect(numberNotes(chapter('<Cite id="e" kind="event"/>'), targets)).toEqual([
      { n: 1, kind: 'event', id: 'e' },
    ]);
    expect(() => numberNotes(chapter('<Cite id="a" kind="event"/>'), targets)).toThrow(
      'no event has id "a"',
    );
  });

  test('<When> takes the id of a dated quote, and fails on an undated record', () => {
    expect(numberNotes(chapter('<When id="q"/>'), targets)).toEqual([
      { n: 1, kind: 'quote', id: 'q' },
    ]);
    const undated = { ...targets, isDated: () => false };
    expect(() => numberNotes(chapter('<When id="q"/>'), undated)).toThrow(
      'ch.mdx:1:1 <When id="q">: the data gives this quote no date',
    );
  });
});

describe('<Cite source excerpt>', () => {
  test('a verbatim passage gets a note; spacing and typographic quotes do not matter', () => {
    const notes = numberNotes(
      chapter(
        '<Cite source="s" excerpt=\'flew "far" across\' /> <Fig id="a"/> <Cite source="s" excerpt="flew “far”  across" />',
      ),
      targets,
    );
    expect(notes).toEqual([
      {
        n: 1,
        kind: 'excerpt',
        id: 's:flew "far" across',
        source: 's',
        excerpt: 'flew "far" across',
      },
      { n: 2, kind: 'figure', id: 'a' },
    ]);
  });

  test('an unknown source id fails with file, line, column and the id', () => {
    expect(() =>
      numberNotes(chapter('ok\n\nSee <Cite source="nope" excerpt="Drones flew" />'), targets),
    ).toThrow('ch.mdx:3:5 <Cite source="nope">: no source has id "nope"');
  });

  test('a passage not in the source fails, saying where it departs from the text', () => {
    expect(() =>
      numberNotes(chapter('<Cite source="s" excerpt="The army’s answer came slowly." />'), targets),
    ).toThrow(
      'ch.mdx:1:1 <Cite source="s">: the excerpt is not verbatim in the source: it matches up to "…The army\'s answer came ", then has "slowly." where the source has "fast."',
    );
  });

  test('the site citation targets check excerpts against the source texts in packages/data/sources', () => {
    const text = sourceText('poland-seeks-drone-expertise') as string;
    const passage = text.slice(200, 260);
    expect(citationTargets.hasSource('poland-seeks-drone-expertise')).toBe(true);
    expect(citationTargets.hasSource('no-such-source')).toBe(false);
    expect(citationTargets.excerptMismatch('poland-seeks-drone-expertise', passage)).toBeNull();
    expect(citationTargets.excerptMismatch('europe-speed-and-capital', passage)).not.toBeNull();
    expect(citationTargets.excerptMismatch('poland-seeks-drone-expertise', `${passage}zz`)).toMatch(
      /^it matches up to/,
    );
  });
});
