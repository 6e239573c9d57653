// Runs `changeset version` on a throwaway git worktree of HEAD (plus the changesets not yet
// committed) and reports the versions and changelogs it would release. The real checkout is
// never touched. Run it with `pnpm --filter @ua-drones/test-api run release:dry-run`.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Bump, type PendingChangeset, readPendingChangesets } from './changesets.ts';
import { repoRoot } from './workspace.ts';

const exec = promisify(execFile);

export interface ReleasedPackage {
  name: string;
  dir: string;
  private: boolean;
  before: string;
  after: string;
  dependencies: Record<string, string>;
  /** CHANGELOG.md after `changeset version`, or undefined when there is none. */
  changelog: string | undefined;
}

export interface DryRun {
  changesets: PendingChangeset[];
  packages: ReleasedPackage[];
  /** Changeset files still in `.changeset/` afterwards (`changeset version` consumes them all). */
  leftOver: string[];
  log: string;
}

const workspaceFolders = ['packages', 'apps', 'tests'];

async function readWorkspaces(root: string) {
  const found: { dir: string; manifest: Record<string, unknown> }[] = [];
  for (const folder of workspaceFolders) {
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch((error) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const dir = `${folder}/${entry.name}`;
      try {
        const manifest = JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8'));
        found.push({ dir, manifest });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return found;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function releasedPackage(
  dir: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  changelog?: string,
): ReleasedPackage {
  return {
    name: String(before.name),
    dir,
    private: before.private === true,
    before: String(before.version),
    after: String(after.version),
    dependencies: (after.dependencies ?? {}) as Record<string, string>,
    changelog,
  };
}

async function changesetFiles(root: string): Promise<string[]> {
  return (await readdir(join(root, '.changeset'))).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
}

/** A changeset to add in the worktree only, so the dry run has something to release. */
export interface ExtraChangeset {
  id: string;
  releases: Record<string, Bump>;
  summary: string;
}

export async function dryRunRelease(extra: readonly ExtraChangeset[] = []): Promise<DryRun> {
  const tmp = await mkdtemp(join(tmpdir(), 'ua-drones-release-'));
  const worktree = join(tmp, 'repo');
  await exec('git', ['worktree', 'add', '--detach', worktree, 'HEAD'], { cwd: repoRoot });
  try {
    // Changesets written but not committed yet are part of the next release too.
    for (const file of await changesetFiles(repoRoot)) {
      await copyFile(join(repoRoot, '.changeset', file), join(worktree, '.changeset', file));
    }
    for (const { id, releases, summary } of extra) {
      const frontMatter = Object.entries(releases).map(([name, type]) => `"${name}": ${type}`);
      await writeFile(
        join(worktree, '.changeset', `${id}.md`),
        `---\n${frontMatter.join('\n')}\n---\n\n${summary}\n`,
      );
    }
    // The changelog generator is resolved from the worktree; it needs no network.
    await symlink(join(repoRoot, 'node_modules'), join(worktree, 'node_modules'), 'dir');
    const changesets = await readPendingChangesets(worktree);
    const before = await readWorkspaces(worktree);
    if (changesets.length === 0) {
      // `changeset version` exits with an error when there is nothing to release.
      const packages = before.map(({ dir, manifest }) => releasedPackage(dir, manifest, manifest));
      return { changesets, packages, leftOver: [], log: 'No unreleased changesets found.' };
    }
    const { stdout, stderr } = await exec(
      join(repoRoot, 'node_modules/.bin/changeset'),
      ['version'],
      { cwd: worktree, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    const after = new Map((await readWorkspaces(worktree)).map((w) => [w.dir, w.manifest]));
    const packages = await Promise.all(
      before.map(async ({ dir, manifest }) =>
        releasedPackage(
          dir,
          manifest,
          after.get(dir) ?? {},
          await readOptional(join(worktree, dir, 'CHANGELOG.md')),
        ),
      ),
    );
    return { changesets, packages, leftOver: await changesetFiles(worktree), log: stdout + stderr };
  } finally {
    await exec('git', ['worktree', 'remove', '--force', worktree], { cwd: repoRoot });
    await rm(tmp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const result = await dryRunRelease();
  console.log(`pending changesets: ${result.changesets.length}`);
  for (const { id, releases, summary } of result.changesets) {
    const bumps = releases.map(({ name, type }) => `${name}: ${type}`).join(', ');
    console.log(`  ${id} (${bumps}): ${summary.split('\n')[0]}`);
  }
  console.log('\nversions after `changeset version`:');
  for (const pkg of result.packages.filter((p) => p.before !== 'undefined')) {
    const change = pkg.before === pkg.after ? 'unchanged' : `-> ${pkg.after}`;
    console.log(`  ${pkg.name}${pkg.private ? ' (private)' : ''}: ${pkg.before} ${change}`);
  }
  for (const pkg of result.packages.filter((p) => p.changelog)) {
    console.log(`\n===== ${pkg.dir}/CHANGELOG.md =====\n${pkg.changelog?.trim()}`);
  }
  console.log(`\nchangeset files left over: ${result.leftOver.length}`);
}
