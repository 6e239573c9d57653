import { describe, expect, test } from 'vitest';
import { type Catalog, numberNotes } from '../src/lib/notes.ts';
import { scanReferences } from '../src/lib/references.ts';

const catalog: Catalog = {
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
  hasChart: (name) => name === 'production',
};

const chapter = (text: string) => [{ file: 'ch.mdx', references: scanReferences('ch.mdx', text) }];

describe('scanReferences', () => {
  test('finds every data component with its line and column, in reading order', () => {
    const refs = scanReferences(
      'ch.mdx',
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
    expect(scanReferences('ch.mdx', text).map((r) => r.value)).toEqual(['a']);
  });

  test('an id written as an expression fails, naming file, line and column', () => {
    expect(() => scanReferences('ch.mdx', 'x\n  <Fig id={someId} />')).toThrow(
      'ch.mdx:2:3 <Fig id={someId}>: write id as a string literal',
    );
  });

  test('a component without its key attribute fails', () => {
    expect(() => scanReferences('ch.mdx', '<Conflict />')).toThrow(
      'ch.mdx:1:1 <Conflict> needs a measure="…" attribute',
    );
  });
});

describe('numberNotes', () => {
  test('numbers records by first citation; a repeated record keeps its number', () => {
    const notes = numberNotes(
      chapter('<Fig id="b"/> <Fig id="a"/> <Fig id="b"/> <Q id="q"/>'),
      catalog,
    );
    expect(notes).toEqual([
      { n: 1, kind: 'figure', id: 'b' },
      { n: 2, kind: 'figure', id: 'a' },
      { n: 3, kind: 'quote', id: 'q' },
    ]);
  });

  test('a conflict cites each conflicting figure', () => {
    const notes = numberNotes(chapter('<Conflict measure="m" />'), catalog);
    expect(notes.map((n) => n.id)).toEqual(['b', 'c']);
  });

  test('an unknown figure id fails with file, line, column and the id', () => {
    expect(() => numberNotes(chapter('ok\n\nSee <Fig id="nope" />'), catalog)).toThrow(
      'ch.mdx:3:5 <Fig id="nope">: no figure has id "nope"',
    );
  });

  test('an unknown quote, date, chart or conflict fails too', () => {
    expect(() => numberNotes(chapter('<Q id="a"/>'), catalog)).toThrow('no quote has id "a"');
    expect(() => numberNotes(chapter('<When id="a"/>'), catalog)).toThrow(
      'no event or partnership has id "a"',
    );
    expect(() => numberNotes(chapter('<Chart name="pie"/>'), catalog)).toThrow(
      'no chart is named "pie"',
    );
    expect(() => numberNotes(chapter('<Conflict measure="x"/>'), catalog)).toThrow(
      'the data lists no conflict for measure "x"',
    );
  });

  test('<Cite kind> restricts the kinds an id may resolve to', () => {
    expect(numberNotes(chapter('<Cite id="e" kind="event"/>'), catalog)).toEqual([
      { n: 1, kind: 'event', id: 'e' },
    ]);
    expect(() => numberNotes(chapter('<Cite id="a" kind="event"/>'), catalog)).toThrow(
      'no event has id "a"',
    );
  });
});
