/**
 * When the report was first published and last changed: the first and the last commit that
 * touched its chapters. A build reads them from git rather than the clock, so two builds of one
 * commit are identical; without history (a shallow clone or an export) they are left out rather
 * than guessed, since a shallow clone would date the first edition to its newest commit.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// The site's folder, not this module's: at build time the module runs from a bundled chunk.
const chapters = resolve(process.cwd(), 'src/content/report');

function git(args: string[]): string {
  try {
    return execFileSync('git', ['-C', chapters, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

export function reportDates(): { datePublished?: string; dateModified?: string } {
  if (git(['rev-parse', '--is-shallow-repository']) !== 'false') return {};
  const dates = git(['log', '--format=%cI', '--', '.']).split('\n').filter(Boolean);
  if (dates.length === 0) return {};
  return { datePublished: dates.at(-1)?.slice(0, 10), dateModified: dates[0]?.slice(0, 10) };
}
