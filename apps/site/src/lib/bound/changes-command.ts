/**
 * `pnpm run changes [base]`: what the working tree's data changes against `base` (default main):
 * records added, changed or removed, charts whose records changed, and the report's bound
 * sentences and takeaways whose count or assertion now gives something else, each with whether
 * it still holds. Exits non-zero when a bound sentence no longer holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { charts, type RegisteredChart } from '@ua-drones/charts';
import { conflicts, type Figure } from '@ua-drones/data';
import { boundChanges, changedCharts, describeChange, recordChanges } from './changes.ts';
import { boundUses } from './check.ts';
import { type BoundData, type BoundTables, boundScope } from './scope.ts';

const repo = resolve(import.meta.dirname, '../../../../..');
const dataDir = join(repo, 'packages/data');
const reportDir = join(repo, 'apps/site/src/content/report');
const base = process.argv[2] ?? 'main';

/** The tables a records folder compiles to, by the data package's own build. */
function tablesOf(recordsDir: string, sourcesDir: string): Record<string, object[]> {
  const json = execFileSync(
    process.execPath,
    [join(dataDir, 'scripts/tables.ts'), '--records', recordsDir, '--sources', sourcesDir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(json);
}

function dataOf(tables: Record<string, object[]>): BoundData {
  const rows = tables as unknown as BoundTables & {
    events: never[];
    partnerships: never[];
    figures: Figure[];
  };
  return {
    tables: rows,
    conflicts: conflicts(rows.figures).map((conflict) => conflict.measure),
    chartRecords: (name) =>
      Object.hasOwn(charts, name)
        ? (charts as Record<string, RegisteredChart>)[name]?.select(rows as never)
        : undefined,
  };
}

const temp = mkdtempSync(join(tmpdir(), 'ua-changes-'));
let before: BoundData;
try {
  const archive = execFileSync('git', [
    '-C',
    repo,
    'archive',
    base,
    'packages/data/records',
    'packages/data/sources',
  ]);
  execFileSync('tar', ['-x', '-C', temp], { input: archive });
  before = dataOf(
    tablesOf(join(temp, 'packages/data/records'), join(temp, 'packages/data/sources')),
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}
const after = dataOf(tablesOf(join(dataDir, 'records'), join(dataDir, 'sources')));

const lines: string[] = [`Data in the working tree against ${base}:`, '', 'Records:'];
const records = recordChanges(before.tables as never, after.tables as never);
for (const { table, added, removed, changed } of records) {
  for (const [verb, ids] of [
    ['added', added],
    ['changed', changed],
    ['removed', removed],
  ] as const)
    if (ids.length) lines.push(`  ${table} ${verb}: ${ids.join(', ')}`);
}
if (records.length === 0) lines.push('  none');

const chartNames = Object.keys(charts);
const drawn = changedCharts(chartNames, before, after);
lines.push(
  '',
  "Charts whose records changed (their drawings on the site change; the charts package's snapshots draw fixed test data and do not):",
);
lines.push(drawn.length ? `  ${drawn.join(', ')}` : '  none');

const chapters = readdirSync(reportDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => ({
    file: `src/content/report/${name}`,
    source: readFileSync(join(reportDir, name), 'utf8'),
  }));
const scopeFor = (data: BoundData) => {
  const scope = boundScope(data);
  return (use: { name: string; attributes: Record<string, string> }) =>
    use.name === 'Chart'
      ? { ...scope, records: (scope.chart as (name: string) => unknown)(use.attributes.name ?? '') }
      : scope;
};
const changes = boundChanges(boundUses(chapters), scopeFor(before), scopeFor(after));
lines.push('', 'Bound sentences and takeaways that give something else now:');
lines.push(
  ...(changes.length
    ? changes.map((change) => `  ${describeChange(change).replaceAll('\n', '\n  ')}`)
    : ['  none']),
);
process.stdout.write(`${lines.join('\n')}\n`);
if (changes.some((change) => change.after.problem !== null)) process.exitCode = 1;
