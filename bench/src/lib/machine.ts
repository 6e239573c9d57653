import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from './chromium.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memory: number;
  os: string;
  node: string;
  pnpm: string;
  chromium: string;
  /** 1-minute load average when the bench started: above the core count, numbers are noisy. */
  loadAtStart: number;
}

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
      .split('\n')
      .at(-1) as string;
  } catch {
    return 'not found';
  }
}

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: totalmem(),
    os: `Linux ${release()}`,
    node: process.version,
    pnpm: version('pnpm', ['--version']),
    chromium: version(CHROMIUM_PATH, ['--version']),
    loadAtStart: loadavg()[0] ?? Number.NaN,
  };
}

export const currentLoad = () => loadavg()[0] ?? Number.NaN;
