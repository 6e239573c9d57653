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
