import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  ok: boolean;
  code: number | null;
  /** Wall-clock time of the whole command. */
  ms: number;
  /**
   * Peak resident memory of the largest single process in the command's tree (what the kernel
   * reports through wait4 for GNU time), in bytes; not the sum over concurrent processes.
   */
  maxRss: number;
  /**
   * CPU time (user + system) of the command and the children it waited for: unlike wall time,
   * it hardly grows when other work shares the machine.
   */
  cpuMs: number;
  output: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Kill the command (its whole process group) after this long. */
  timeoutMs?: number;
}

let counter = 0;

/**
 * Reads GNU time's report written with `-f '%M %U %S'`: the last line holds peak RSS in KB and
 * user and system CPU seconds; earlier lines are its notes (e.g. on a non-zero exit).
 */
export function parseTimeReport(text: string): { maxRss: number; cpuMs: number } {
  const last = text.trim().split('\n').at(-1) ?? '';
  const [rssKb, user, system] = last.split(' ').map(Number);
  if (last === '' || user === undefined || system === undefined)
    return { maxRss: Number.NaN, cpuMs: Number.NaN };
  return { maxRss: (rssKb ?? Number.NaN) * 1024, cpuMs: (user + system) * 1000 };
}

/** Runs a command under GNU time, so wall time and peak memory come from the same run. */
export function runTimed(command: string, args: string[], options: RunOptions): Promise<Run> {
  const stats = join(tmpdir(), `ua-bench-time-${process.pid}-${counter++}.txt`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', stats, command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            // Negative pid: the group, so builds spawned by the command stop too.
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          }, options.timeoutMs);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const ms = performance.now() - started;
      let report = '';
      try {
        report = readFileSync(stats, 'utf8');
        rmSync(stats, { force: true });
      } catch {
        // Killed before GNU time wrote its report: the numbers stay unknown.
      }
      const { maxRss, cpuMs } = parseTimeReport(report);
      resolve({
        ok: code === 0 && !timedOut,
        code,
        ms,
        maxRss,
        cpuMs,
        output: Buffer.concat(chunks).toString('utf8'),
        timedOut,
      });
    });
  });
}

/** Runs a command and throws with its output's tail when it fails. */
export async function runOrThrow(command: string, args: string[], options: RunOptions) {
  const run = await runTimed(command, args, options);
  if (!run.ok) throw new RunError(`${command} ${args.join(' ')}`, run);
  return run;
}

export class RunError extends Error {
  readonly command: string;
  readonly run: Run;
  constructor(command: string, run: Run) {
    super(
      `${command} ${run.timedOut ? 'timed out' : `exited ${run.code}`} after ${Math.round(run.ms / 1000)} s:\n${tail(run.output, 15)}`,
    );
    this.command = command;
    this.run = run;
  }
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
