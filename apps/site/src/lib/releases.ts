/**
 * Data releases, from @ua-drones/data's CHANGELOG.md (written by Changesets). A release's date is
 * the date of the commit that added its heading: Changesets writes no dates, and a build must not
 * use the clock (two builds must be identical).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { dataVersion, figures } from './data.ts';
import { dataPackageDir } from './downloads.ts';

export interface Release {
  version: string;
  /** ISO 8601 date-time. */
  date: string;
  changes: string[];
}

/** `## 1.2.0` sections and their `- ` items; a commit-hash prefix (`abc1234: `) is dropped. */
export function parseChangelog(markdown: string): Array<{ version: string; changes: string[] }> {
  const releases: Array<{ version: string; changes: string[] }> = [];
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d+\.\d+\.\d+\S*)\s*$/.exec(line);
    if (heading) {
      releases.push({ version: heading[1] as string, changes: [] });
      continue;
    }
    const item = /^- (?:[0-9a-f]{7,40}: )?(.+)$/.exec(line);
    if (item && releases.length > 0) releases[releases.length - 1]?.changes.push(item[1] as string);
  }
  return releases;
}

/** Runs git in the data package's own folder, so the build's working directory does not matter. */
function git(args: string[]): string {
  try {
    return execFileSync('git', ['-C', realpathSync(dataPackageDir()), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** Latest erratum date of a version, the fallback when git history is not there. */
function errataDate(version: string): string | undefined {
  const dates = figures
    .flatMap((f) => f.errata ?? [])
    .filter((e) => e.version === version)
    .map((e) => e.date)
    .sort();
  return dates.at(-1);
}

function releaseDate(version: string, changelog: string, packageJson: string): string {
  const introduced = existsSync(changelog)
    ? git(['log', '--format=%cI', '--reverse', '-S', `## ${version}`, '--', changelog]).split(
        '\n',
      )[0]
    : git(['log', '-1', '--format=%cI', '--', packageJson]);
  const date = introduced || errataDate(version);
  if (!date) {
    throw new Error(
      `no date for data release ${version}: neither git history of ${changelog} nor errata give one`,
    );
  }
  return new Date(date).toISOString();
}

export function releases(): Release[] {
  const dir = dataPackageDir();
  const changelog = join(dir, 'CHANGELOG.md');
  const packageJson = join(dir, 'package.json');
  const parsed = existsSync(changelog) ? parseChangelog(readFileSync(changelog, 'utf8')) : [];
  if (!parsed.some((r) => r.version === dataVersion)) {
    parsed.unshift({ version: dataVersion, changes: [] });
  }
  return parsed.map((r) => ({ ...r, date: releaseDate(r.version, changelog, packageJson) }));
}
