import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, join, sep } from 'node:path';
import { explainNpmFailure } from './npm-failure.ts';
import { commandEnv, type RunResult, run, runOrThrow } from './run.ts';

/**
 * The PATH of a consumer's shell: this one without the workspace's `node_modules` folders, so
 * that `npm` is the machine's, run by the machine's Node. npm looks for its global config (where
 * a machine keeps its registry, cafile and proxy) under the prefix of the Node that runs it; the
 * workspace's own Node, first on the PATH of anything `pnpm` runs, has none there, and npm run by
 * it would not trust what the machine's npm trusts. (The fixtures still run on the workspace's
 * Node: what npm installs does not depend on the Node that runs it, whose engines check only warns.)
 */
const consumerPath = (path = process.env.PATH ?? '') =>
  path
    .split(delimiter)
    .filter((dir) => dir && !dir.split(sep).includes('node_modules'))
    .join(delimiter);

/**
 * A fresh npm project outside the workspace that installs the given packages the way a consumer
 * would: `npm install <name>@<version>` with the machine's npm and its configuration, plus a
 * project `.npmrc` that takes the project's scope from the rehearsal's registry.
 */
export class ConsumerProject {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** `scopeConfig`: the `.npmrc` lines that send the project's scope to the local registry. */
  static async create(dir: string, scopeConfig: string): Promise<ConsumerProject> {
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'rehearsal-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    // A project config, not a user config: the user's and the machine's npm configs still apply.
    await writeFile(join(dir, '.npmrc'), scopeConfig);
    await cp(join(import.meta.dirname, '../fixtures'), dir, { recursive: true });
    return new ConsumerProject(dir);
  }

  #npm(args: readonly string[]): Promise<RunResult> {
    return run('npm', args, {
      cwd: this.dir,
      env: commandEnv({
        PATH: consumerPath(),
        // Fresh metadata every time: a version published a minute ago must be found, and one
        // that was removed must not install from a cached packument.
        NPM_CONFIG_PREFER_ONLINE: 'true',
        NPM_CONFIG_AUDIT: 'false',
        NPM_CONFIG_FUND: 'false',
        NPM_CONFIG_UPDATE_NOTIFIER: 'false',
      }),
    });
  }

  /**
   * `npm install <specs>`; when it fails, the error names the package, the registry npm asked
   * for it and what that registry answered (or that it did not: a refused connection, a
   * certificate npm does not trust), followed by npm's own output.
   */
  async install(...specs: string[]): Promise<void> {
    const result = await this.#npm(['install', '--loglevel=error', ...specs]);
    if (result.code === 0) return;
    const failure = explainNpmFailure(result.output);
    const registry = failure.name ? await this.#registryFor(failure.name) : 'its registry';
    const request = failure.request ? `, ${failure.request}` : '';
    throw new Error(
      `npm install ${specs.join(' ')} failed in ${this.dir}:\n` +
        `${failure.name ?? 'a package'} from ${registry}${request}: ${failure.answer}\n\n` +
        `npm's output:\n${result.output.trim()}`,
    );
  }

  /** The registry this project's npm asks for a package: its scope's registry, or the default. */
  async #registryFor(name: string): Promise<string> {
    const get = async (key: string) => (await this.#npm(['config', 'get', key])).stdout.trim();
    const scoped = name.startsWith('@') ? await get(`${name.split('/')[0]}:registry`) : '';
    return scoped && scoped !== 'undefined' ? scoped : get('registry');
  }

  /** Runs one of the fixture scripts with Node and parses what it prints. */
  async node<T>(script: string, ...args: string[]): Promise<T> {
    const result = await runOrThrow(process.execPath, [script, ...args], {
      cwd: this.dir,
      env: commandEnv(),
    });
    return JSON.parse(result.stdout) as T;
  }

  /** Type-checks the fixture `types.ts` against the installed declarations. */
  typecheck(): Promise<RunResult> {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    return run(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: this.dir,
      env: commandEnv(),
    });
  }

  async installedManifest(name: string): Promise<{ version: string; dependencies?: object }> {
    return JSON.parse(await readFile(join(this.dir, 'node_modules', name, 'package.json'), 'utf8'));
  }
}
