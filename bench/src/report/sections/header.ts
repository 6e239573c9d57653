import { CHROMIUM_FLAGS } from '../../lib/chromium.ts';
import { mb, seconds, table } from '../format.ts';
import type { Results } from '../results.ts';

/** Title, when and where the bench ran, and how busy the machine was. */
export function renderHeader(results: Results): string[] {
  const { machine } = results;
  const maxLoad = Math.max(machine.loadAtStart, ...results.loads.map((l) => l.load));
  return [
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` (bench/) on ${results.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC; the run took **${seconds(results.totalMs)}**. Benchmarks report numbers; they are not timed tests. Re-run \`pnpm bench\` to refresh this file.`,
    '',
    table(
      ['Machine', ''],
      [
        ['CPU', `${machine.cpu}, ${machine.cores} cores`],
        ['Memory', mb(machine.memory)],
        ['OS', machine.os],
        ['Node / pnpm', `${machine.node} / ${machine.pnpm}`],
        ['Browser', `${machine.chromium}, flags \`${CHROMIUM_FLAGS.join(' ')}\``],
        [
          'Load average (1 min)',
          `${machine.loadAtStart.toFixed(2)} at start, up to ${maxLoad.toFixed(2)} during the run`,
        ],
      ],
    ),
    '',
    maxLoad > machine.cores * 0.75
      ? `**Noise:** the load average reached ${maxLoad.toFixed(1)} on ${machine.cores} cores, so other work shared the CPU with this run: times are upper bounds and vary between runs; byte counts are exact. Timings in the browser are medians of ${results.runs} runs, alternating the pages compared.`
      : `Load stayed below ${maxLoad.toFixed(1)} on ${machine.cores} cores. Timings in the browser are medians of ${results.runs} runs, alternating the pages compared; byte counts are exact.`,
    '',
  ];
}
