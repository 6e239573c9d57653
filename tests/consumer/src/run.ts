import { spawn } from 'node:child_process';

export interface RunResult {
  command: string;
  cwd: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion and keeps its output, whatever the exit code. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) =>
      reject(new Error(`could not start \`${command}\` in ${options.cwd}: ${error.message}`)),
    );
    child.on('close', (code) =>
      resolve({ command: [command, ...args].join(' '), cwd: options.cwd, code, stdout, stderr }),
    );
  });
}

/** The whole transcript of a run, for assertion messages: a failing check shows why it failed. */
export function transcript(result: RunResult): string {
  return [
    `$ ${result.command}   (in ${result.cwd}, exit code ${result.code})`,
    result.stdout.trim() && `--- stdout ---\n${result.stdout.trim()}`,
    result.stderr.trim() && `--- stderr ---\n${result.stderr.trim()}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Like `run`, but a non-zero exit is an error that carries the transcript. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`command failed\n${transcript(result)}`);
  return result;
}
