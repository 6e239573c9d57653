import { spawn } from 'node:child_process';

export interface RunResult {
  command: string;
  cwd: string;
  code: number | null;
  output: string;
  stdout: string;
}

/**
 * Runs a command to completion. The child gets `env` as given (not merged into this process's),
 * so what the release commands see is decided in one place (see `commandEnv`).
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', (error) =>
      reject(new Error(`could not start \`${command}\` in ${options.cwd}: ${error.message}`)),
    );
    child.on('close', (code) =>
      resolve({ command: [command, ...args].join(' '), cwd: options.cwd, code, output, stdout }),
    );
  });
}

/** Like `run`, but a non-zero exit is an error that carries the whole transcript. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `\`${result.command}\` failed (exit code ${result.code}) in ${result.cwd}:\n${result.output.trim()}`,
    );
  }
  return result;
}

/**
 * Settings that would send a command to another registry, publish with other credentials, or
 * read other config files: `pnpm run` exports its own global rc as `npm_config_globalconfig`
 * (and its guess at npm's as `npm_config_npm_globalconfig`), and npm given that reads pnpm's file
 * instead of its own global config, losing the machine's cafile.
 */
const NOT_INHERITED =
  /^(npm|pnpm)_config_(registry|userconfig|globalconfig|npm_globalconfig|provenance|otp|@[^:]+:registry|\/\/.*)$/i;

/**
 * The environment of a command run as CI would run it: without what Vitest sets, without the
 * registry settings of the `pnpm` that started this test, with `extra`.
 */
export function commandEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_)/.test(key) || NOT_INHERITED.test(key)) continue;
    if (
      ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_OPTIONS'].includes(key)
    )
      continue;
    env[key] = value;
  }
  return {
    ...env,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}
