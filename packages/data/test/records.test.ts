import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compileRecords } from '../src/build/compile.ts';
import { statesNumber } from '../src/build/numbers.ts';
import { normalizeText } from '../src/verbatim.ts';
import { packageDir, sourcesDir } from './helpers.ts';

// The real records, as the extractors wrote them: the build must accept all of them.
const { tables } = compileRecords({ recordsDir: join(packageDir, 'records'), sourcesDir });
const text = new Map(
  tables.sources.map((source) => [
    source.id,
    normalizeText(readFileSync(join(sourcesDir, source.file), 'utf8')),
  ]),
);
const cited = [...tables.figures, ...tables.events, ...tables.partnerships, ...tables.quotes];

test('the five sources are all there', () => {
  expect(tables.sources.map((source) => source.id).sort()).toEqual([
    'denmark-training-drone-superpower',
    'europe-absorbs-ukraine-drone-industry',
    'europe-speed-and-capital',
    'global-rush-drone-training',
    'poland-seeks-drone-expertise',
  ]);
});

test.each(cited.map((record) => [record.id, record] as const))(
  '%s: excerpt is verbatim in its source',
  (_, record) => {
    expect(text.get(record.source)).toContain(normalizeText(record.excerpt));
  },
);

test.each(tables.quotes.map((quote) => [quote.id, quote] as const))(
  '%s: quote text is inside its excerpt',
  (_, quote) => {
    expect(normalizeText(quote.excerpt)).toContain(normalizeText(quote.text));
  },
);

test.each(tables.figures.map((figure) => [figure.id, figure] as const))(
  '%s: value is stated in its excerpt',
  (_, figure) => {
    expect(statesNumber(figure.excerpt, figure.value)).toBe(true);
  },
);

test('every reference resolves', () => {
  const entities = new Set(tables.entities.map((entity) => entity.id));
  const measures = new Set(tables.measures.map((measure) => measure.id));
  const sources = new Set(tables.sources.map((source) => source.id));
  for (const record of cited) expect(sources, record.id).toContain(record.source);
  for (const figure of tables.figures) {
    expect(measures, figure.id).toContain(figure.measure);
    for (const id of figure.subjects) expect(entities, figure.id).toContain(id);
  }
  for (const event of tables.events)
    for (const id of event.actors) expect(entities, event.id).toContain(id);
  for (const partnership of tables.partnerships)
    for (const id of partnership.members) expect(entities, partnership.id).toContain(id);
});
