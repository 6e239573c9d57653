import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

export type Kind = 'figure' | 'event' | 'partnership' | 'quote';

export interface Erratum {
  version: string;
  date: string;
  field: string;
  old: string | number | null;
  new: string | number | null;
  reason: string;
}

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
 * Picks one record of each kind to correct from the tables the data package built, so the
 * rehearsal does not depend on ids that may be renamed. A figure's new value must be another
 * number its excerpt states (the build checks that), found with the package's own reader.
 */
export async function chooseCorrections(dataDir: string): Promise<Correction[]> {
  const table = async (kind: Kind) =>
    JSON.parse(await readFile(join(dataDir, 'dist/data', `${tables[kind]}.json`), 'utf8')) as Row[];
  const numbers = (await import(pathToFileURL(join(dataDir, 'src/build/numbers.ts')).href)) as {
    readNumbers: (text: string) => number[];
  };

  const corrections: Correction[] = [];
  for (const figure of await table('figure')) {
    const value = figure.value;
    if (typeof value !== 'number' || value <= 0) continue;
    // The misreading the fixture corrects: the excerpt's other number closest in magnitude.
    const distance = (n: number) => Math.abs(Math.log(n / value));
    const [other] = numbers
      .readNumbers(String(figure.excerpt))
      .filter((n) => n > 0 && n !== value)
      .sort((a, b) => distance(a) - distance(b));
    if (other === undefined) continue;
    corrections.push({ kind: 'figure', id: figure.id, field: 'value', old: value, new: other });
    break;
  }
  const text = async (kind: Kind, field: string) => {
    const row = (await table(kind)).find((r) => typeof valueAt(r, field) === 'string');
    if (!row) throw new Error(`no ${kind} has a ${field} to correct`);
    const old = valueAt(row, field) as string;
    corrections.push({ kind, id: row.id, field, old, new: `${old} (corrected)` });
  };
  await text('event', 'title');
  await text('partnership', 'name');
  await text('quote', 'speaker.role');
  if (corrections.length !== 4) throw new Error('no figure states a second number to correct to');
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
