/**
 * Synthetic data sets for the growth benchmark (written only into the bench's temporary copy,
 * never shipped). A set of N figures is the real figures plus copies of them: copy k of a figure
 * gets the id `<id>-s<k>` and the measure `<measure>-s<k>`, a copy of its measure. Each copy of
 * the data set so has the real one's shape (figures per measure, conflicts, sources), and every
 * copy still passes validation: same excerpt, same value, same source.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const SYNTHETIC_FILE = 'zz-bench-synthetic.yaml';

interface Records {
  figures: Array<Record<string, unknown> & { id: string; measure: string }>;
  measures: Array<Record<string, unknown> & { id: string }>;
  measuresText: string;
}

export function readRecords(recordsDir: string): Records {
  const figuresDir = join(recordsDir, 'figures');
  const figures = readdirSync(figuresDir)
    .filter((file) => file.endsWith('.yaml') && file !== SYNTHETIC_FILE)
    .sort()
    .flatMap((file) => parse(readFileSync(join(figuresDir, file), 'utf8')) as Records['figures']);
  const measuresText = readFileSync(join(recordsDir, 'measures.yaml'), 'utf8');
  return { figures, measures: parse(measuresText), measuresText };
}

/** Writes a records folder state with `total` figures; returns how many are synthetic. */
export function writeSyntheticSet(recordsDir: string, real: Records, total: number): number {
  const extra = Math.max(0, total - real.figures.length);
  const figures = Array.from({ length: extra }, (_, index) => {
    const copy = Math.floor(index / real.figures.length) + 1;
    const figure = real.figures[index % real.figures.length] as Records['figures'][number];
    return { ...figure, id: `${figure.id}-s${copy}`, measure: `${figure.measure}-s${copy}` };
  });
  const copies = Math.ceil(extra / real.figures.length);
  const measures = Array.from({ length: copies }, (_, index) =>
    real.measures.map((measure) => ({ ...measure, id: `${measure.id}-s${index + 1}` })),
  ).flat();
  writeFileSync(
    join(recordsDir, 'figures', SYNTHETIC_FILE),
    stringify(figures, { aliasDuplicateObjects: false }),
  );
  writeFileSync(
    join(recordsDir, 'measures.yaml'),
    measures.length === 0
      ? real.measuresText
      : `${real.measuresText.trimEnd()}\n${stringify(measures, { aliasDuplicateObjects: false })}`,
  );
  return extra;
}

/** Puts the records folder back as it was. */
export function restoreRecords(recordsDir: string, real: Records): void {
  writeFileSync(join(recordsDir, 'measures.yaml'), real.measuresText);
  rmSync(join(recordsDir, 'figures', SYNTHETIC_FILE), { force: true });
}
