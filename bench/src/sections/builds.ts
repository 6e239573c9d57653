/** Builds as a developer and CI wait for them: cold, warm (cache hit), after a one-line edit. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Run, RunError, runTimed } from '../lib/run.ts';

export interface TurboRun extends Run {
  /** Build tasks replayed from turbo's cache, and all build tasks. */
  cached: number;
  tasks: number;
}

export interface BuildsResult {
  cold: TurboRun;
  warm: TurboRun;
  edited: TurboRun & { file: string; line: number; before: string; after: string };
  /** The build after the edit was reverted: turbo restores the previous outputs from its cache. */
  reverted: TurboRun;
}

export const TURBO_ENV = {
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

/** Build tasks replayed from the cache, and all build tasks, from turbo's closing summary. */
export function parseTurboSummary(output: string): { cached: number; tasks: number } {
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  return {
    cached: Number(cached?.[1] ?? Number.NaN),
    tasks: Number(cached?.[2] ?? Number.NaN),
  };
}

export async function turboBuild(workspace: string, extra: string[] = []): Promise<TurboRun> {
  const run = await runTimed(
    join(workspace, 'node_modules/.bin/turbo'),
    ['run', 'build', ...extra],
    {
      cwd: workspace,
      env: TURBO_ENV,
    },
  );
  if (!run.ok) throw new RunError(`turbo run build ${extra.join(' ')}`.trim(), run);
  return { ...run, ...parseTurboSummary(run.output) };
}

/** The first plain (unquoted, one-line) figure label: editing it changes one line of data. */
function findEditableLine(recordsDir: string) {
  const dir = join(recordsDir, 'figures');
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => /^ {2}label: [^'"|>]/.test(line));
    if (index >= 0) return { file, lines, index };
  }
  throw new Error(`no plain figure label line found under ${dir}`);
}

export async function measureBuilds(workspace: string): Promise<BuildsResult> {
  const cold = await turboBuild(workspace, ['--force']);
  const warm = await turboBuild(workspace);
  const { file, lines, index } = findEditableLine(join(workspace, 'packages/data/records'));
  const original = lines.join('\n');
  const before = lines[index] as string;
  const after = `${before} (edited)`;
  writeFileSync(file, [...lines.slice(0, index), after, ...lines.slice(index + 1)].join('\n'));
  let edited: TurboRun;
  try {
    edited = await turboBuild(workspace);
  } finally {
    writeFileSync(file, original);
  }
  const reverted = await turboBuild(workspace);
  return {
    cold,
    warm,
    edited: { ...edited, file: file.slice(workspace.length + 1), line: index + 1, before, after },
    reverted,
  };
}
