import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commandEnv, runOrThrow } from './run.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Unpacks a package tarball (its files under `package/`) and returns that folder. */
export async function unpack(bytes: Buffer, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.tgz'), bytes);
  await runOrThrow('tar', ['-xzf', 'package.tgz'], { cwd: dir, env: commandEnv() });
  return join(dir, 'package');
}

/** SHA-256 of every file in a folder (not recursive), by file name. */
export async function hashFiles(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of (await readdir(dir)).sort()) {
    hashes[file] = sha256(await readFile(join(dir, file)));
  }
  return hashes;
}

/**
 * SHA-256 of the data files of a data package's `dist/data/`: its CSV and JSON, which the site
 * archives and serves, not the type declarations published beside them.
 */
export async function hashDataFiles(dir: string): Promise<Record<string, string>> {
  return Object.fromEntries(
    Object.entries(await hashFiles(dir)).filter(([file]) => /\.(csv|json)$/.test(file)),
  );
}
