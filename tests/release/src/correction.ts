import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from '@ua-drones/data';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

export type Kind = 'figure' | 'event' | 'partnership' | 'quote';

/** An erratum as a record carries it (every record kind has the same shape). */
export type Erratum = Figure['errata'][number];

/** One corrected field of one record, as the fixture correction makes it. */
export interface Correction {
  kind: Kind;
  id: string;
  /** A field of the record, or a dotted path into it (`speaker.role`). */
  field: string;
  old: string | number;
  new: string | number;
}

type Row = Record<string, unknown> & { id: string };

const tables: Record<Kind, string> = {
  figure: 'figures',
  event: 'events',
  partnership: 'partnerships',
  quote: 'quotes',
};

const valueAt = (row: Row, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], row);

/**
 * Picks the records to correct from the tables the data package built, so the rehearsal does not
 * depend on ids that may be renamed. The figures are a pair that read two numbers of one excerpt,
 * each correcting its value to the other's: the build checks that a value is stated in its
 * excerpt, that every number of a source is recorded once, and that no id spells its value, and a
 * swap keeps all of that true. Figures a set-aside entry points at are left alone (it names their
 * value). Then an event, a partnership and a quote, one text field each.
 */
export async function chooseCorrections(dataDir: string): Promise<Correction[]> {
  const table = async (file: string) =>
    JSON.parse(await readFile(join(dataDir, 'dist/data', `${file}.json`), 'utf8')) as Row[];
  const { valueInId } = (await import(
    pathToFileURL(join(dataDir, 'src/build/numbers.ts')).href
  )) as { valueInId: (id: string, value: number) => boolean };
  const named = new Set((await table('set-aside')).map((entry) => entry.figure));

  const figures = (await table(tables.figure)).filter(
    (f) => typeof f.value === 'number' && !named.has(f.id),
  );
  const pairs = figures
    .flatMap((a, index) => figures.slice(index + 1).map((b) => [a, b] as const))
    .filter(
      ([a, b]) =>
        a.source === b.source &&
        a.excerpt === b.excerpt &&
        a.value !== b.value &&
        !valueInId(a.id, b.value as number) &&
        !valueInId(b.id, a.value as number),
    );
  // A misreading is likelier between two numbers of the same unit (2.2 and 4.5 million drones).
  const pair = pairs.find(([a, b]) => a.unit === b.unit) ?? pairs[0];
  if (!pair) throw new Error('no two figures read two numbers of one excerpt: nothing to swap');
  const [a, b] = pair;
  const corrections: Correction[] = [
    { kind: 'figure', id: a.id, field: 'value', old: a.value as number, new: b.value as number },
    { kind: 'figure', id: b.id, field: 'value', old: b.value as number, new: a.value as number },
  ];

  const text = async (kind: Kind, field: string) => {
    const row = (await table(tables[kind])).find((r) => typeof valueAt(r, field) === 'string');
    if (!row) throw new Error(`no ${kind} has a ${field} to correct`);
    const old = valueAt(row, field) as string;
    corrections.push({ kind, id: row.id, field, old, new: `${old} (corrected)` });
  };
  await text('event', 'title');
  await text('partnership', 'name');
  await text('quote', 'speaker.role');
  return corrections;
}

/**
 * Edits the record files as a contributor would: the new value, and an `errata` entry with the
 * old one, the version that ships the correction and the reason.
 */
export async function applyCorrections(
  recordsDir: string,
  corrections: readonly Correction[],
  release: { version: string; date: string },
): Promise<Map<Correction, Erratum>> {
  const errata = new Map<Correction, Erratum>();
  for (const correction of corrections) {
    const dir = join(recordsDir, tables[correction.kind]);
    let found = false;
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml'))) {
      const document = parseDocument(await readFile(join(dir, file), 'utf8'));
      if (!isSeq(document.contents)) continue;
      const records: unknown[] = document.contents.items;
      const record = records.find(
        (item): item is YAMLMap => isMap(item) && item.get('id') === correction.id,
      );
      if (!record) continue;
      const path = correction.field.split('.');
      if (record.getIn(path) !== correction.old) {
        throw new Error(
          `${file}: ${correction.id}.${correction.field} is ${record.getIn(path)}, not ${correction.old}`,
        );
      }
      record.setIn(path, correction.new);
      const erratum: Erratum = {
        ...release,
        field: correction.field,
        old: correction.old,
        new: correction.new,
        reason: `Rehearsal fixture: the ${correction.field} was misread.`,
      };
      const list = record.get('errata');
      if (isSeq(list)) list.add(document.createNode(erratum));
      else record.set('errata', document.createNode([erratum]));
      await writeFile(join(dir, file), document.toString());
      errata.set(correction, erratum);
      found = true;
      break;
    }
    if (!found) throw new Error(`no ${correction.kind} record has id ${correction.id}`);
  }
  return errata;
}
