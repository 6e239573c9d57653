import { ALONE_SECTIONS } from '../../alone.ts';
import { seconds } from '../format.ts';
import { type Results, SECTIONS } from '../results.ts';

export function renderHowToRun(results: Results): string[] {
  return [
    '## How to run',
    '',
    '```sh',
    'pnpm install',
    'pnpm bench                      # everything, writes BENCHMARKS.md',
    `pnpm bench -- --skip growth     # sections: ${SECTIONS.join(', ')}`,
    'pnpm bench -- --runs 9 --keep   # more runs per timing; keep the temporary copy',
    `pnpm bench -- --only bundle     # ${ALONE_SECTIONS.join(', ')} alone, on the working tree: printed, nothing written`,
    '```',
    '',
    `Needs Chromium at \`/usr/bin/chromium\` (or \`CHROME_PATH\`) and GNU time at \`/usr/bin/time\`. The whole run is budgeted to ${seconds(results.budgetMs)} (\`--budget\`): a growth build still running then is stopped and reported as such.`,
    '',
  ];
}
