import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './site-dist.ts';

export interface BuildDifference {
  file: string;
  problem: string;
}

/** Where two versions of a file first differ, with a little text around it for the reader. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buffer: Buffer) =>
    JSON.stringify(buffer.subarray(Math.max(0, i - 30), i + 50).toString('utf8'));
  return `sizes ${a.length} vs ${b.length}, first difference at byte ${i}: ${around(a)} vs ${around(b)}`;
}

/** Every file that exists in only one build or whose bytes differ. */
export async function compareBuilds(
  left: string,
  right: string,
): Promise<{ files: number; differences: BuildDifference[] }> {
  const [leftFiles, rightFiles] = await Promise.all([listFiles(left), listFiles(right)]);
  const rightSet = new Set(rightFiles);
  const leftSet = new Set(leftFiles);
  const differences: BuildDifference[] = [
    ...leftFiles
      .filter((f) => !rightSet.has(f))
      .map((file) => ({ file, problem: 'only in build A' })),
    ...rightFiles
      .filter((f) => !leftSet.has(f))
      .map((file) => ({ file, problem: 'only in build B' })),
  ];
  for (const file of leftFiles.filter((f) => rightSet.has(f))) {
    const [a, b] = await Promise.all([readFile(join(left, file)), readFile(join(right, file))]);
    if (!a.equals(b)) differences.push({ file, problem: firstDifference(a, b) });
  }
  return { files: leftFiles.length, differences };
}
