import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Formats TypeScript as the repository's Biome config does, so generated files pass lint. */
export function formatWithBiome(code: string, path: string, cwd: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${path}`], {
    cwd,
    input: code,
    encoding: 'utf8',
  });
}
