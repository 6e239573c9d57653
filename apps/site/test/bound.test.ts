/**
 * The bound-prose machinery (src/lib/bound/) on its own: what a count renders, what a false or
 * broken assertion says, and, on a copy of the real data with one record added, that the
 * sentences and takeaways it falsifies are named with file, line and what the data now says.
 */
import { describe, expect, test } from 'vitest';
import {
  boundChanges,
  changedCharts,
  describeChange,
  recordChanges,
} from '../src/lib/bound/changes.ts';
import { boundUses, checkBound } from '../src/lib/bound/check.ts';
import { boundData } from '../src/lib/bound/data-scope.ts';
import { failedAssertion } from '../src/lib/bound/expression.ts';
import { type BoundData, boundScope } from '../src/lib/bound/scope.ts';
import { countInWords } from '../src/lib/bound/words.ts';

const row = (id: string, fields: Record<string, unknown> = {}) => ({ id, ...fields });
const tiny: BoundData = {
  tables: {
    figures: [],
    events: [],
    partnerships: [
      row('a', { members: ['pl', 'ua'] }),
      row('b', { members: ['pl', 'gb'] }),
      row('c', { members: ['gb', 'ua'] }),
      row('d', { members: ['pl'] }),
    ],
    quotes: [],
    sources: [row('s1', { author: 'X' }), row('s2', { author: null })],
    entities: [],
    measures: [],
  },
  conflicts: [],
  chartRecords: (name) => (name === 'europe' ? tiny.tables.partnerships : undefined),
};
const chapter = (body: string) => ({ file: 'ch.mdx', source: `---\ntitle: T\n---\n\n${body}\n` });
const messageOf = (body: string, data = tiny): string => {
  const scope = boundScope(data);
  try {
    checkBound([chapter(body)], (use) =>
      use.name === 'Chart'
        ? { ...scope, records: (scope.chart as (n: string) => unknown)(use.attributes.name ?? '') }
        : scope,
    );
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('countInWords', () => {
  test('writes counts to twenty in words, larger ones in figures, and refuses nothing', () => {
    expect(countInWords(4)).toBe('four');
    expect(countInWords(1, { cap: true })).toBe('One');
    expect(countInWords(1200)).toBe('1,200');
    expect(() => countInWords(0)).toThrow('nothing to count: the count is 0');
    expect(() => countInWords(Number.NaN)).toThrow('nothing to count: the count is NaN');
  });
});

describe('failedAssertion', () => {
  const scope = boundScope(tiny);
  test('is null when every conjunct holds, arrows and strings notwithstanding', () => {
    expect(
      failedAssertion(
        "count(partnerships, p => p.members.includes('pl')) >= 3 && leaders(partnerships, p => p.members) == ['pl']",
        scope,
      ),
    ).toBeNull();
  });
  test('names the first false conjunct with the value of each side', () => {
    expect(
      failedAssertion(
        "count(sources) == 2 && leaders(partnerships, p => p.members, 2) == ['pl', 'ua']",
        scope,
      ),
    ).toBe(
      'leaders(partnerships, p => p.members, 2) is ["pl", "gb", "ua"], not == [\'pl\', \'ua\'] (["pl", "ua"])',
    );
  });
  test.each([
    [
      'a missing field',
      'count(sources, s => s.writer === null) == 1',
      'source "s1" has no field "writer"',
    ],
    ['a missing record', "partnership('z').members.length == 2", 'no partnership has id "z"'],
    [
      'an expression that throws',
      'count(sources.nope) == 1',
      '`count(sources.nope)` throws: count() takes a list',
    ],
    ['a syntax error', 'count(sources) == ', 'is not a JavaScript expression'],
    [
      'nothing to compare',
      'max(partnerships.filter(p => false).map(p => p.id)) < "x"',
      'gives undefined; a comparison takes',
    ],
    ['a value that is not true or false', 'count(sources)', 'gives 2, not true or false'],
  ])('throws on %s', (_, assertion, message) => {
    expect(() => failedAssertion(assertion, scope)).toThrow(message);
  });
});

describe('checkBound', () => {
  test('passes a chapter whose bound words hold', () => {
    expect(
      messageOf(
        'Of <Count of="sources" /> sources, <Count of="sources" where="s => s.author === null" /> is unsigned; Poland is in <Claim assert="leaders(partnerships, p => p.members) == [\'pl\']">the most</Claim>.',
      ),
    ).toBe('');
  });

  test('names every failing use once, with file, line, column, the sentence and what the data says', () => {
    const message = messageOf(
      [
        'Intro.',
        '',
        'The UK is in <Claim assert="leaders(partnerships, p => p.members) == [\'gb\']">the most</Claim> arrangements. Another sentence.',
        '',
        'There are <Count of="quotes" /> quotes and <Count of={sources} /> sources.',
        '',
        '<Chart name="europe" takeaway="Poland leads, and Ukraine is in two." assert="count(records, r => r.members.includes(\'ua\')) == 3" />',
      ].join('\n'),
    );
    expect(message.split('\n')).toEqual([
      '4 bound sentences fail:',
      '  ch.mdx:7:14 <Claim assert="leaders(partnerships, p => p.members) == [\'gb\']">: the data no longer bears this out: leaders(partnerships, p => p.members) is ["pl"], not == [\'gb\'] (["gb"])',
      '    in: “The UK is in the most arrangements.”',
      '  ch.mdx:9:11 <Count of="quotes">: nothing to count: quotes is empty',
      '    in: “There are ⟨Count⟩ quotes and ⟨Count⟩ sources.”',
      '  ch.mdx:9:44 <Count >: write of as a string, of="…": the build evaluates it before rendering',
      '    in: “There are ⟨Count⟩ quotes and ⟨Count⟩ sources.”',
      '  ch.mdx:11:1 <Chart name="europe" assert="count(records, r => r.members.includes(\'ua\')) == 3">: the data no longer bears this out: count(records, r => r.members.includes(\'ua\')) is 2, not == 3',
      '    in: “Poland leads, and Ukraine is in two.”',
    ]);
  });

  test('names a sentence and a takeaway that a record added to a copy of the real data falsifies', () => {
    const poland = boundData.tables.partnerships.filter((p) =>
      (p as unknown as { members: string[] }).members.includes('pl'),
    ).length;
    const added = {
      ...boundData.tables.partnerships[0],
      id: 'added',
      members: ['gb'],
      topics: ['cooperation'],
    };
    const copy: BoundData = {
      ...boundData,
      tables: { ...boundData.tables, partnerships: [...boundData.tables.partnerships, added] },
      chartRecords: (name) =>
        name === 'europe' ? [...(boundData.chartRecords(name) ?? []), added] : undefined,
    };
    const body = [
      `Poland is in <Claim assert="count(partnerships, p => p.members.includes('pl')) > count(partnerships, p => p.members.includes('gb'))">more</Claim> arrangements than the UK.`,
      '',
      `<Chart name="europe" takeaway="Poland appears in the most arrangements." assert="leaders(records, r => r.members.filter(m => m !== 'ua')) == ['pl']" />`,
    ].join('\n');
    expect(messageOf(body, boundData)).toBe('');
    const gb = boundData.tables.partnerships.filter((p) =>
      (p as unknown as { members: string[] }).members.includes('gb'),
    ).length;
    // Enough UK arrangements to overtake Poland: one more than the gap.
    const extra = Array.from({ length: poland - gb + 1 }, (_, i) => ({
      ...added,
      id: `added-${i}`,
    }));
    const overtaken: BoundData = {
      ...copy,
      tables: { ...boundData.tables, partnerships: [...boundData.tables.partnerships, ...extra] },
      chartRecords: (name) =>
        name === 'europe' ? [...(boundData.chartRecords(name) ?? []), ...extra] : undefined,
    };
    expect(messageOf(body, overtaken).split('\n')).toEqual([
      '2 bound sentences fail:',
      `  ch.mdx:5:14 <Claim assert="count(partnerships, p => p.members.includes('pl')) > count(partnerships, p => p.members.includes('gb'))">: the data no longer bears this out: count(partnerships, p => p.members.includes('pl')) is ${poland}, not > count(partnerships, p => p.members.includes('gb')) (${poland + 1})`,
      '    in: “Poland is in more arrangements than the UK.”',
      `  ch.mdx:7:1 <Chart name="europe" assert="leaders(records, r => r.members.filter(m => m !== 'ua')) == ['pl']">: the data no longer bears this out: leaders(records, r => r.members.filter(m => m !== 'ua')) is ["gb"], not == ['pl'] (["pl"])`,
      '    in: “Poland appears in the most arrangements.”',
    ]);
  });
});

describe('what a change touches', () => {
  // Arrangement "a" now lists the UK instead of Poland, "d" is gone and "e" is new.
  const moved: BoundData = {
    ...tiny,
    tables: {
      ...tiny.tables,
      partnerships: [
        row('a', { members: ['gb', 'ua'] }),
        row('b', { members: ['pl', 'gb'] }),
        row('c', { members: ['gb', 'ua'] }),
        row('e', { members: ['gb'] }),
      ],
    },
    chartRecords: (name) => (name === 'europe' ? moved.tables.partnerships : undefined),
  };

  test('recordChanges lists rows added, changed and removed by id, per table', () => {
    expect(
      recordChanges(
        { partnerships: tiny.tables.partnerships },
        { partnerships: moved.tables.partnerships },
      ),
    ).toEqual([{ table: 'partnerships', added: ['e'], removed: ['d'], changed: ['a'] }]);
  });

  test('changedCharts and boundChanges name what gives something else, and whether it holds', () => {
    expect(changedCharts(['europe', 'matrix'], tiny, moved)).toEqual(['europe']);
    const uses = boundUses([
      chapter(
        'Poland leads <Claim assert="leaders(partnerships, p => p.members) == [\'pl\']">most</Claim>; <Count of="sources" /> sources.',
      ),
    ]);
    const scope = (data: BoundData) => () => boundScope(data);
    expect(boundChanges(uses, scope(tiny), scope(moved)).map(describeChange)).toEqual([
      `ch.mdx:5:14 <Claim assert="leaders(partnerships, p => p.members) == ['pl']">\n    in: “Poland leads most; ⟨Count⟩ sources.”\n    NO LONGER HOLDS: was holds; now fails: the data no longer bears this out: leaders(partnerships, p => p.members) is ["gb"], not == ['pl'] (["pl"])`,
    ]);
  });
});
