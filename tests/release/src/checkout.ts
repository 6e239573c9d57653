import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { commandEnv, runOrThrow } from './run.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * A checkout of the working tree as it is (tracked files and new ones git does not ignore, so
 * uncommitted work is rehearsed too) in a git repository of its own: the tags and commits the
 * release makes stay in it.
 */
export async function checkout(dir: string): Promise<Checkout> {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const files = listed.split('\0').filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await cp(join(repoRoot, file), join(dir, file), { verbatimSymlinks: true });
  }
  const repo = new Checkout(dir);
  await repo.git('init', '--quiet', '--initial-branch=main');
  await repo.commit('Rehearsal: the working tree of the project');
  // From the pnpm store this machine already holds, as CI's bootstrap left it.
  await runOrThrow(
    join(repoRoot, 'node_modules/.bin/pnpm'),
    [
      'install',
      '--frozen-lockfile',
      '--prefer-offline',
      `--store-dir=${await workspaceStore()}`,
      '--reporter=silent',
    ],
    { cwd: dir, env: repo.env() },
  );
  return repo;
}

/**
 * The store the workspace was installed from, as pnpm recorded it in node_modules/.modules.yaml.
 * A store chosen through the environment (`npm_config_store_dir`) does not reach this test when
 * Turborepo runs it, which passes a task only the variables it declares; and a store that lacks
 * the packages would send pnpm to the network, with a trust of certificates npm's global config
 * gives npm but not the workspace's Node.
 */
async function workspaceStore(): Promise<string> {
  const file = join(repoRoot, 'node_modules/.modules.yaml');
  const { storeDir } = parse(await readFile(file, 'utf8')) as { storeDir?: string };
  if (!storeDir) throw new Error(`${file} names no storeDir: install the workspace with pnpm`);
  return storeDir;
}

export class Checkout {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The environment of the project's commands: its own Node and pnpm first on the PATH. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const bin = join(this.dir, 'node_modules/.bin');
    return commandEnv({
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      GIT_AUTHOR_NAME: 'Release rehearsal',
      GIT_AUTHOR_EMAIL: 'rehearsal@example.org',
      GIT_COMMITTER_NAME: 'Release rehearsal',
      GIT_COMMITTER_EMAIL: 'rehearsal@example.org',
      ...extra,
    });
  }

  git(...args: string[]) {
    return runOrThrow('git', args, { cwd: this.dir, env: this.env() });
  }

  async commit(message: string) {
    await this.git('add', '--all');
    await this.git('commit', '--quiet', '--allow-empty', '--no-verify', '-m', message);
  }

  /** Runs a root script of the project (`pnpm run <script>`), as the release workflow does. */
  script(name: string, env: NodeJS.ProcessEnv = {}) {
    return runOrThrow('pnpm', ['run', name], { cwd: this.dir, env: this.env(env) });
  }
}
