/**
 * Scaffolds a new source: copies its text into sources/, appends its entry to
 * records/sources.yaml (what is known from the options, null where the build needs more), writes
 * its record files (figures, events, partnerships, quotes, set-aside) and reads its numbers: each
 * one the coverage check will ask about is written into the figures or set-aside file as a
 * commented candidate, with its line, sentence, guessed unit and qualifier, or a suggested reason.
 * Nothing it guesses is live data: the contributor confirms each candidate by uncommenting it.
 *
 *   pnpm --filter @ua-drones/data run add-source <file.txt> --title … --publisher … --date … --url …
 *     [--id <source-id>] [--author …] [--short-name …] [--kind news|analysis|op-ed|blog]
 *     [--language en]
 *   --records DIR / --sources DIR   write into DIR instead of records/ and sources/ (for tests)
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { type Candidate, candidatesOf } from '../src/build/candidates.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    'short-name': { type: 'string' },
    kind: { type: 'string' },
    language: { type: 'string' },
    records: { type: 'string', default: join(root, 'records') },
    sources: { type: 'string', default: join(root, 'sources') },
  },
});

function fail(message: string): never {
  process.stderr.write(`add-source: ${message}\n`);
  process.exit(1);
}

const [textPath] = positionals;
if (positionals.length !== 1 || !textPath?.endsWith('.txt')) {
  fail(
    `expects one source text ending in .txt, got ${positionals.length ? positionals.join(' ') : 'none'}`,
  );
}
const text = readFileSync(resolve(textPath), 'utf8');
const id = args.id ?? basename(textPath, '.txt');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  fail(`the source id "${id}" must be kebab-case (a-z, 0-9, -): pass --id <source-id>`);
}
const recordsDir = resolve(args.records);
const sourcesDir = resolve(args.sources);
const sourcesYaml = join(recordsDir, 'sources.yaml');
if (readFileSync(sourcesYaml, 'utf8').match(new RegExp(`^- id: ${id}$`, 'm'))) {
  fail(`records/sources.yaml already has a source "${id}": pass another --id`);
}
const folders = ['figures', 'events', 'partnerships', 'quotes', 'set-aside'] as const;
for (const folder of folders) {
  const path = join(recordsDir, folder, `${id}.yaml`);
  if (existsSync(path)) fail(`${path} exists already: nothing was written`);
}

// The text, under the name its entry gives it.
const file = `${id}.txt`;
const target = join(sourcesDir, file);
if (resolve(textPath) !== target) {
  if (existsSync(target)) fail(`${target} exists already and is another file: nothing was written`);
  copyFileSync(resolve(textPath), target);
}

// The entry: what the options say, null where the contributor must say more (the build names each).
const entry = {
  id,
  title: args.title ?? null,
  titleGiven: args.title === undefined ? null : true,
  shortName: args['short-name'] ?? null,
  author: args.author ?? null,
  authorRole: null,
  publisher: args.publisher ?? null,
  publisherInferred: args.publisher === undefined ? null : false,
  date: args.date ?? null,
  dateInferred: args.date === undefined ? null : false,
  dateReason: null,
  url: args.url ?? null,
  kind: args.kind ?? null,
  language: args.language ?? null,
  file,
  note: null,
  provenance: {
    checked: null,
    copy: null,
    published: null,
    compared: null,
    version: null,
    isBasedOn: null,
    searches: null,
    finding: null,
  },
};
const existing = readFileSync(sourcesYaml, 'utf8');
writeFileSync(
  sourcesYaml,
  `${existing.replace(/\n*$/, '\n')}${stringify([entry], { lineWidth: 100 })}`,
);

const candidates = candidatesOf(text);
const comment = (yaml: string) =>
  yaml
    .trimEnd()
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
const where = (c: Candidate) =>
  `# sources/${file}:${c.line}: ${c.span.kind === 'amount' ? 'number' : c.span.kind} "${c.span.text}"`;

const figures = candidates
  .filter((c) => c.suggestion === 'figure')
  .map((c) =>
    [
      `${where(c)}: a figure? (unit and qualifier are guesses from the words around it)`,
      comment(
        stringify(
          [
            {
              id: null,
              label: null,
              value: c.span.values[0] ?? null,
              unit: c.unit,
              currency: c.currency,
              qualifier: c.qualifier,
              period: null,
              periodInferred: false,
              periodLength: null,
              asOf: null,
              asOfInferred: false,
              dateReason: null,
              measure: null,
              subjects: [],
              topics: [],
              status: null,
              conditional: false,
              attributedTo: null,
              source: id,
              excerpt: c.sentence,
              note: null,
            },
          ],
          { lineWidth: 100 },
        ),
      ),
    ].join('\n'),
  );
const setAside = candidates.map((c) =>
  [
    `${where(c)}: ${c.suggestion === 'figure' ? 'or set aside, if it is no figure' : `set aside? (suggested reason: ${c.reason})`}`,
    comment(
      stringify(
        [
          {
            source: id,
            span: c.span.text,
            context: c.context,
            reason: c.reason,
            figure: null,
            note: null,
          },
        ],
        { lineWidth: 100 },
      ),
    ),
  ].join('\n'),
);

const header = (what: string) =>
  `# ${what} read from ${id}. Candidates below are commented out: confirm each by uncommenting and\n# completing it (CONTRIBUTING.md, "Add a source"); \`pnpm --filter @ua-drones/data check\` lists what is left.\n`;
const files: Record<(typeof folders)[number], string> = {
  figures: `${header('Figures')}[]\n${figures.length ? `\n${figures.join('\n\n')}\n` : ''}`,
  events: `# Events read from ${id}.\n[]\n`,
  partnerships: `# Partnerships read from ${id}.\n[]\n`,
  quotes: `# Quotes read from ${id}.\n[]\n`,
  'set-aside': `${header('Numbers set aside')}[]\n${setAside.length ? `\n${setAside.join('\n\n')}\n` : ''}`,
};
for (const folder of folders) writeFileSync(join(recordsDir, folder, `${id}.yaml`), files[folder]);

const toSetAside = candidates.filter((c) => c.suggestion === 'set-aside').length;
process.stdout.write(
  `${[
    `add-source: wrote sources/${file}, its entry in records/sources.yaml and records/{${folders.join(',')}}/${id}.yaml`,
    `  ${candidates.length} numbers to account for: ${candidates.length - toSetAside} look like figures, ${toSetAside} like numbers to set aside (candidates are commented in the figures and set-aside files)`,
    '  next: fill in the nulls of the entry, confirm each candidate, add events, partnerships and quotes, then run',
    '    pnpm --filter @ua-drones/data check    (names every field and number still open, with file and line)',
  ].join('\n')}\n`,
);
