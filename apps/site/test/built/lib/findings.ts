import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { artifactsDir } from './site-dist.ts';

/**
 * Writes a check's findings as JSON next to the screenshots, so a failing run leaves the full list
 * for people to read (test output shows only the first lines of a long diff).
 */
export async function writeFindings(name: string, findings: unknown): Promise<void> {
  const dir = join(artifactsDir, 'findings');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${name}.json`), `${JSON.stringify(findings, null, 2)}\n`);
}

/** One line per finding, for assertion messages. */
export function listing(lines: readonly string[], max = 40): string {
  const shown = lines.slice(0, max).map((line) => `  - ${line}`);
  if (lines.length > max)
    shown.push(`  … and ${lines.length - max} more (see artifacts/site/findings)`);
  return shown.join('\n');
}

/** Fails with the whole list (up to `max` lines) when a check found anything. */
export function expectNone(title: string, lines: readonly string[]): void {
  if (lines.length > 0) {
    throw new Error(`${title}: ${lines.length}\n${listing(lines)}`);
  }
}
