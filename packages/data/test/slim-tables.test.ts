import { expect, test } from 'vitest';
import {
  entities,
  entityLabels,
  findEntityLabel,
  findSourceCredit,
  sourceCredits,
  sources,
} from '../src/index.ts';
import { ENTITY_LABEL_FIELDS, SOURCE_CREDIT_FIELDS } from '../src/slim.ts';

const only = (row: object, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(row).filter(([field]) => fields.includes(field)));

test('sourceCredits holds each source, in order, with only the fields a credit line reads', () => {
  expect(sourceCredits).toEqual(sources.map((row) => only(row, SOURCE_CREDIT_FIELDS)));
  expect(Object.keys(sourceCredits[0] ?? {})).toEqual([...SOURCE_CREDIT_FIELDS]);
});

test('entityLabels holds each entity, in order, with only the fields a label reads', () => {
  expect(entityLabels).toEqual(entities.map((row) => only(row, ENTITY_LABEL_FIELDS)));
  expect(Object.keys(entityLabels[0] ?? {})).toEqual([...ENTITY_LABEL_FIELDS]);
});

test('findSourceCredit and findEntityLabel find by id and return undefined for an unknown id', () => {
  const source = sources[0];
  const entity = entities[0];
  if (!source || !entity) throw new Error('the sources or entities table is empty');
  expect(findSourceCredit(source.id)).toEqual(only(source, SOURCE_CREDIT_FIELDS));
  expect(findEntityLabel(entity.id)).toEqual(only(entity, ENTITY_LABEL_FIELDS));
  expect(findSourceCredit('no-such-source')).toBeUndefined();
  expect(findEntityLabel('atlantis')).toBeUndefined();
  expect(() => findSourceCredit(7 as never)).toThrow(
    /findSourceCredit: expects the id of a source \(a string\), got 7/,
  );
});
