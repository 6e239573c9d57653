import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { Problem } from './problems.ts';

export type Kind =
  | 'source'
  | 'measure'
  | 'entity'
  | 'figure'
  | 'event'
  | 'partnership'
  | 'quote'
  | 'set-aside';

/** Where each kind lives under the records directory: a single file or a folder of files. */
const LAYOUT: Record<string, { kind: Kind; folder: boolean }> = {
  'sources.yaml': { kind: 'source', folder: false },
  'measures.yaml': { kind: 'measure', folder: false },
  entities: { kind: 'entity', folder: true },
  figures: { kind: 'figure', folder: true },
  events: { kind: 'event', folder: true },
  partnerships: { kind: 'partnership', folder: true },
  quotes: { kind: 'quote', folder: true },
  'set-aside': { kind: 'set-aside', folder: true },
};

/** One record as written, with where it was written so problems can point at it. */
export interface RawRecord {
  kind: Kind;
  file: string;
  /** Position in its file, counted from 1. */
  index: number;
  line: number;
  data: unknown;
  /** Line of a top-level field's value, or of the record when the field is absent. */
  lineOf(field: string | undefined): number;
}

export interface Loaded {
  records: RawRecord[];
  problems: Problem[];
}

/**
 * Reads every record file under `recordsDir`; paths in problems are relative to `displayRoot`.
 * A text in the source texts' folder (`sourcesDir`, by default `sources/` beside the records) that
 * no entry of `sources.yaml` names is a problem too: it would otherwise be ignored without a word.
 */
export function loadRecords(
  recordsDir: string,
  displayRoot: string,
  sourcesDir = join(recordsDir, '..', 'sources'),
): Loaded {
  const records: RawRecord[] = [];
  const problems: Problem[] = [];
  const display = (path: string) => relative(displayRoot, path).split('\\').join('/');

  for (const name of readdirSync(recordsDir).sort()) {
    const path = join(recordsDir, name);
    const layout = LAYOUT[name];
    if (layout === undefined) {
      problems.push({
        file: display(path),
        message: `not a known record file or folder (expected one of: ${Object.keys(LAYOUT).join(', ')})`,
      });
      continue;
    }
    if (!layout.folder) {
      readFile(path, layout.kind);
      continue;
    }
    if (!statSync(path).isDirectory()) {
      problems.push({ file: display(path), message: `must be a folder of ${layout.kind} files` });
      continue;
    }
    for (const file of readdirSync(path).sort()) {
      if (file.endsWith('.yaml')) readFile(join(path, file), layout.kind);
      else if (!file.startsWith('.'))
        problems.push({
          file: display(join(path, file)),
          message: 'not read: record files must end in .yaml',
        });
    }
  }
  for (const [name, layout] of Object.entries(LAYOUT)) {
    if (!layout.folder && !records.some((record) => record.kind === layout.kind)) {
      if (!problems.some((problem) => problem.file === display(join(recordsDir, name))))
        problems.push({ file: display(join(recordsDir, name)), message: 'missing or empty' });
    }
  }
  problems.push(...unnamedTexts(sourcesDir, records, display));
  return { records, problems };

  function readFile(path: string, kind: Kind) {
    const file = display(path);
    const text = readFileSync(path, 'utf8');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineAt = (offset: number) => lineCounter.linePos(offset).line;
    const issues = [...doc.errors, ...doc.warnings];
    if (issues.length > 0) {
      // Name the record the error falls in, when the parser got far enough to tell.
      const recordAt = (offset: number) => {
        if (!isSeq(doc.contents)) return {};
        const item = doc.contents.items.find(
          (node) => node !== null && node.range[0] <= offset && offset <= node.range[2],
        );
        const id = isMap(item) ? item.get('id') : undefined;
        return typeof id === 'string' ? { kind, id } : {};
      };
      for (const issue of issues)
        problems.push({
          file,
          line: lineAt(issue.pos[0]),
          ...recordAt(issue.pos[0]),
          message: `YAML ${doc.errors.includes(issue as never) ? 'syntax error' : 'warning'}: ${issue.message.split('\n')[0]}`,
        });
      return;
    }
    if (doc.contents === null) return;
    if (!isSeq(doc.contents)) {
      problems.push({
        file,
        line: 1,
        message: `must be a YAML list of ${kind} records (- id: ...)`,
      });
      return;
    }
    const values = doc.toJS() as unknown[];
    doc.contents.items.forEach((node, position) => {
      const recordLine = lineAt(node?.range[0] ?? 0);
      const map = isMap(node) ? (node as YAMLMap) : undefined;
      records.push({
        kind,
        file,
        index: position + 1,
        line: recordLine,
        data: values[position],
        lineOf(field) {
          if (field === undefined || map === undefined) return recordLine;
          const pair = map.items.find(
            (item) => (item.key as { value?: unknown } | null)?.value === field,
          );
          const range = (pair?.value as { range?: readonly number[] } | null)?.range;
          return range?.[0] === undefined ? recordLine : lineAt(range[0]);
        },
      });
    });
  }
}

/** Source texts (`*.txt`) that no entry of sources.yaml names in its `file`. */
function unnamedTexts(
  sourcesDir: string,
  records: readonly RawRecord[],
  display: (path: string) => string,
): Problem[] {
  if (!existsSync(sourcesDir)) return [];
  const named = new Set(
    records
      .filter((record) => record.kind === 'source')
      .map((record) => (record.data as { file?: unknown } | null)?.file),
  );
  const texts = readdirSync(sourcesDir);
  // An entry that names a text not there is reported by validation ("source text not found"),
  // usually a misspelt name: the text it meant would be reported a second time here.
  if ([...named].some((file) => typeof file === 'string' && !texts.includes(file))) return [];
  return texts
    .filter((file) => file.endsWith('.txt') && !named.has(file))
    .sort()
    .map((file) => ({
      file: display(join(sourcesDir, file)),
      message: `no entry in records/sources.yaml names this text (file: ${file}): describe it there, or run \`pnpm --filter @ua-drones/data run add-source ${display(join(sourcesDir, file))} --title … --publisher … --date … --url …\` to write the entry and its record files (CONTRIBUTING.md, "Add a source")`,
    }));
}
