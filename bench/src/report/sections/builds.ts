import { mb, seconds, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { Results } from '../results.ts';

/** Cold, warm and incremental builds in the bench's clean copy of the working tree. */
export function renderBuilds(results: Results): string[] {
  const install = ok(results.sections.install);
  const builds = ok(results.sections.builds);
  const lines = ['## Builds', ''];
  if (install)
    lines.push(
      `In a temporary copy of the working tree (${install.files} files: what a clone holds, no dist/ or caches), after \`pnpm install --frozen-lockfile --prefer-offline\` (${seconds(install.install.ms)}). Peak memory is the largest single process (GNU time’s maximum RSS), not the sum over processes.`,
      '',
    );
  if (builds) {
    const runs = [
      ['Cold full build', '`turbo run build --force`', builds.cold],
      ['Warm build, no change', '`turbo run build`', builds.warm],
      ['After a one-line data change', '`turbo run build`', builds.edited],
      ['After reverting it', '`turbo run build`', builds.reverted],
    ] as const;
    lines.push(
      table(
        ['Build', 'Command', 'Wall time', 'CPU time', 'Peak RSS', 'Tasks from cache'],
        runs.map(([label, command, run]) => [
          label,
          command,
          seconds(run.ms),
          seconds(run.cpuMs),
          mb(run.maxRss),
          `${run.cached}/${run.tasks}`,
        ]),
      ),
      '',
      `The one-line change: \`${builds.edited.file}\` line ${builds.edited.line}, \`${builds.edited.before.trim()}\` → \`${builds.edited.after.trim()}\` (in the copy only).`,
      '',
    );
  }
  return [
    ...lines,
    ...outcomeNote('Install', results.sections.install),
    ...outcomeNote('Builds', results.sections.builds),
  ];
}
