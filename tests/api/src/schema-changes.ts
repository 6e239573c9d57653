import { isDeepStrictEqual } from 'node:util';
import { bumpFor, type Comparison, describeChange, type ShapeChange } from './shape-change.ts';

/** The part of JSON Schema that zod writes for the tables (see packages/data/src/build). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  [constraint: string]: unknown;
}

/** Keywords that only document: changing them changes no row's validity. */
const ANNOTATIONS = new Set(['description', 'title', '$schema', '$id', 'examples', 'default']);
/** Keywords that restrict a value further: adding one narrows, dropping one widens. */
const RESTRICTIONS = [
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'multipleOf',
];

/** The alternatives a schema allows, `anyOf` and type lists spread out. */
function alternatives(schema: JsonSchema): JsonSchema[] {
  if (schema.anyOf) return schema.anyOf.flatMap(alternatives);
  if (Array.isArray(schema.type)) return schema.type.map((type) => ({ ...schema, type }));
  return [schema];
}

const kindOf = (schema: JsonSchema) =>
  schema.const !== undefined || schema.enum
    ? 'values'
    : typeof schema.type === 'string'
      ? schema.type === 'integer'
        ? 'number'
        : schema.type
      : 'any';

/** Whether a plain-typed schema (no enum) has room for a value, its restrictions aside. */
function holds(schema: JsonSchema, value: unknown): boolean {
  if (schema.type === 'integer') return Number.isInteger(value);
  if (schema.type === 'null') return value === null;
  return typeof value === schema.type;
}

/** How the values a leaf schema accepts compare, before and after. */
function leafComparison(before: JsonSchema, after: JsonSchema): Comparison {
  const strip = (schema: JsonSchema) =>
    Object.fromEntries(Object.entries(schema).filter(([key]) => !ANNOTATIONS.has(key)));
  if (isDeepStrictEqual(strip(before), strip(after))) return 'same';
  if (kindOf(before) === 'any') return kindOf(after) === 'any' ? 'same' : 'narrowed';
  if (kindOf(after) === 'any') return 'widened';
  const values = (schema: JsonSchema) =>
    schema.const !== undefined ? [schema.const] : (schema.enum ?? undefined);
  const [old, now] = [values(before), values(after)];
  if (old && now) {
    const added = now.some((value) => !old.includes(value));
    const removed = old.some((value) => !now.includes(value));
    return added && removed ? 'changed' : removed ? 'narrowed' : added ? 'widened' : 'same';
  }
  // A list of values against a plain type: the type holds them all, or the two are unrelated.
  if (old) return old.every((value) => holds(after, value)) ? 'widened' : 'changed';
  if (now) return now.every((value) => holds(before, value)) ? 'narrowed' : 'changed';
  if (kindOf(before) !== kindOf(after)) return 'changed';
  // integer -> number widens, number -> integer narrows.
  let narrowed = before.type === 'number' && after.type === 'integer';
  let widened = before.type === 'integer' && after.type === 'number';
  for (const keyword of RESTRICTIONS) {
    if (isDeepStrictEqual(before[keyword], after[keyword])) continue;
    if (before[keyword] === undefined) narrowed = true;
    else if (after[keyword] === undefined) widened = true;
    else return 'changed';
  }
  return narrowed && widened ? 'changed' : narrowed ? 'narrowed' : widened ? 'widened' : 'same';
}

/** The values an alternative stands for, as a reader would write them: `"km"`, `string (maxLength 200)`. */
function labels(schema: JsonSchema): string[] {
  return alternatives(schema).flatMap((alternative) => {
    if (alternative.enum) return alternative.enum.map((value) => JSON.stringify(value));
    if (alternative.const !== undefined) return [JSON.stringify(alternative.const)];
    const restrictions = RESTRICTIONS.filter((key) => alternative[key] !== undefined).map((key) => {
      const value = String(alternative[key]);
      return `${key} ${value.length > 24 ? `${value.slice(0, 21)}...` : value}`;
    });
    const type = String(alternative.type ?? 'any');
    return [restrictions.length > 0 ? `${type} (${restrictions.join(', ')})` : type];
  });
}

/** "\"shells\" added (widened)", or the whole before and after when that says more. */
function describe(comparison: Exclude<Comparison, 'same'>, before: JsonSchema, after: JsonSchema) {
  const [old, now] = [labels(before), labels(after)];
  const added = now.filter((label) => !old.includes(label));
  const removed = old.filter((label) => !now.includes(label));
  if (added.length + removed.length === 0)
    return describeChange(comparison, old.join(' | '), now.join(' | '));
  return [
    removed.length > 0 ? `${removed.join(' | ')} removed` : '',
    added.length > 0 ? `${added.join(' | ')} added` : '',
  ]
    .filter(Boolean)
    .join(', ')
    .concat(` (${comparison})`);
}

/**
 * How the values one schema accepts compare with another's, alternative by alternative: every
 * old alternative must still be accepted by one of the new ones, or the field was narrowed.
 */
function compareAlternatives(before: JsonSchema, after: JsonSchema): Comparison {
  const old = alternatives(before);
  const now = alternatives(after);
  const covered = (from: JsonSchema[], to: JsonSchema[]) =>
    from.every((a) =>
      to.some((b) => {
        const comparison = leafComparison(a, b);
        return comparison === 'same' || comparison === 'widened';
      }),
    );
  const widenedOrSame = covered(old, now);
  const narrowedOrSame = covered(now, old);
  if (widenedOrSame && narrowedOrSame) return 'same';
  if (widenedOrSame) return 'widened';
  if (narrowedOrSame) return 'narrowed';
  return 'changed';
}

/** The object schema of an alternative list, when there is exactly one (nullable or not). */
const objectOf = (schema: JsonSchema) => {
  const objects = alternatives(schema).filter((a) => a.type === 'object' && a.properties);
  return objects.length === 1 ? objects[0] : undefined;
};
const arrayOf = (schema: JsonSchema) => {
  const arrays = alternatives(schema).filter((a) => a.type === 'array' && a.items);
  return arrays.length === 1 ? arrays[0] : undefined;
};
const nullable = (schema: JsonSchema) => alternatives(schema).some((a) => a.type === 'null');

/**
 * The changes between two versions of a table's JSON Schema. Rows are written by whoever makes
 * or validates them (and passed back into the package's functions), so the rule is the one for
 * written shapes: a row valid against the old schema must be valid against the new one.
 */
export function schemaChanges(before: JsonSchema, after: JsonSchema, where: string): ShapeChange[] {
  const changes: ShapeChange[] = [];
  const add = (path: string, comparison: Exclude<Comparison, 'same'>, change: string) =>
    changes.push({ where: path, change, bump: bumpFor(comparison, 'written') });

  const walk = (old: JsonSchema, now: JsonSchema, path: string) => {
    const [oldObject, newObject] = [objectOf(old), objectOf(now)];
    const [oldArray, newArray] = [arrayOf(old), arrayOf(now)];
    if ((oldObject && newObject) || (oldArray && newArray)) {
      if (nullable(old) !== nullable(now)) {
        const comparison = nullable(now) ? 'widened' : 'narrowed';
        add(path, comparison, nullable(now) ? 'may now be null' : 'may no longer be null');
      }
      if (oldArray?.items && newArray?.items) walk(oldArray.items, newArray.items, `${path}[]`);
      if (oldObject && newObject) walkObject(oldObject, newObject, path);
      return;
    }
    const comparison = compareAlternatives(old, now);
    if (comparison !== 'same') add(path, comparison, describe(comparison, old, now));
  };

  const walkObject = (old: JsonSchema, now: JsonSchema, path: string) => {
    const oldRequired = new Set(old.required ?? []);
    const newRequired = new Set(now.required ?? []);
    const field = (name: string) => (path ? `${path}.${name}` : name);
    for (const [name, schema] of Object.entries(old.properties ?? {})) {
      const next = now.properties?.[name];
      if (!next) {
        // A closed object rejects a field it no longer lists; an open one still accepts it.
        if (now.additionalProperties === false) add(field(name), 'narrowed', 'removed');
        else add(field(name), 'changed', 'removed');
        continue;
      }
      if (oldRequired.has(name) && !newRequired.has(name))
        add(field(name), 'widened', 'now optional');
      if (!oldRequired.has(name) && newRequired.has(name))
        add(field(name), 'narrowed', 'now required');
      walk(schema, next, field(name));
    }
    for (const name of Object.keys(now.properties ?? {})) {
      if (old.properties?.[name]) continue;
      if (newRequired.has(name)) add(field(name), 'narrowed', 'added, required');
      else add(field(name), 'widened', 'added, optional');
    }
  };

  walk(before, after, where);
  return changes;
}
