import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { commandEnv, type RunResult, run, runOrThrow } from './run.ts';

/**
 * A fresh npm project outside the workspace that installs the given packages from the registry
 * (an npm user config naming it), the way a consumer would: `npm install <name>@<version>`.
 */
export class ConsumerProject {
  readonly dir: string;
  readonly #userconfig: string;

  constructor(dir: string, userconfig: string) {
    this.dir = dir;
    this.#userconfig = userconfig;
  }

  env(): NodeJS.ProcessEnv {
    return commandEnv({
      NPM_CONFIG_USERCONFIG: this.#userconfig,
      // Fresh metadata from the registry every time: a version published a minute ago must be
      // found, and one that was removed must not install from a cached packument.
      NPM_CONFIG_PREFER_ONLINE: 'true',
      NPM_CONFIG_AUDIT: 'false',
      NPM_CONFIG_FUND: 'false',
      NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    });
  }

  static async create(dir: string, userconfig: string): Promise<ConsumerProject> {
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'rehearsal-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    await cp(join(import.meta.dirname, '../fixtures'), dir, { recursive: true });
    return new ConsumerProject(dir, userconfig);
  }

  install(...specs: string[]): Promise<RunResult> {
    return run('npm', ['install', '--loglevel=error', ...specs], {
      cwd: this.dir,
      env: this.env(),
    });
  }

  /**
   * Resolves packages without installing them, so that the registry fetches their metadata
   * through its uplink now, while the release is being built, not when a consumer waits for it.
   */
  resolve(...specs: string[]): Promise<RunResult> {
    return run('npm', ['install', '--package-lock-only', '--loglevel=error', ...specs], {
      cwd: this.dir,
      env: this.env(),
    });
  }

  /** Runs one of the fixture scripts with Node and parses what it prints. */
  async node<T>(script: string, ...args: string[]): Promise<T> {
    const result = await runOrThrow(process.execPath, [script, ...args], {
      cwd: this.dir,
      env: this.env(),
    });
    return JSON.parse(result.stdout) as T;
  }

  /** Type-checks the fixture `types.ts` against the installed declarations. */
  typecheck(): Promise<RunResult> {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    return run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: this.dir, env: this.env() });
  }

  async installedManifest(name: string): Promise<{ version: string; dependencies?: object }> {
    return JSON.parse(await readFile(join(this.dir, 'node_modules', name, 'package.json'), 'utf8'));
  }
}
