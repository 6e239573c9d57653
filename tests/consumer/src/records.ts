import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './workspace.ts';

export interface FigureRecord {
  id: string;
  label: string;
  value: number;
  unit: string;
}

/**
 * The figure records as written in the repository, the source of truth the installed package
 * must reproduce.
 */
export function readFigureRecords(): FigureRecord[] {
  const dir = join(repoRoot, 'packages/data/records/figures');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => parse(readFileSync(join(dir, file), 'utf8')) as FigureRecord[]);
}
