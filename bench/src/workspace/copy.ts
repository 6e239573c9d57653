import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Run, runOrThrow } from '../lib/run.ts';

export interface Workspace {
  root: string;
  install: Run;
  /** Files copied: what a clone of the working tree would hold. */
  files: number;
}

/**
 * A clean copy of the working tree in a temporary folder: a clone of the repository (the site
 * reads release dates from git history) with the working tree's uncommitted changes laid over
 * it, as a clone will hold them once committed. No dist/, no caches, no node_modules: builds and
 * the data edits of the bench happen there, so the repository is never modified.
 */
export async function copyWorkingTree(repo: string): Promise<Workspace> {
  const git = (args: string[], cwd = repo) =>
    execFileSync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const listed = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((file) => file !== '');
  const root = mkdtempSync(join(tmpdir(), 'ua-bench-'));
  git(['clone', '--quiet', '--shared', '--no-checkout', repo, root]);
  git(['checkout', '--quiet', 'HEAD'], root);
  let files = 0;
  for (const file of listed) {
    if (existsSync(join(repo, file))) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      cpSync(join(repo, file), join(root, file));
      files++;
    } else {
      // Deleted in the working tree, not yet committed: a clone after the commit lacks it too.
      rmSync(join(root, file), { force: true });
    }
  }
  const install = await runOrThrow('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
    cwd: root,
    env: { CI: 'true' },
  });
  return { root, install, files };
}
