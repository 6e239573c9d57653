/**
 * What the site needs from this package beyond the published files, written by the build into
 * site-files/ so Turborepo sees it as an output of this build (and rebuilds it when CHANGELOG.md
 * or a source text changes). site-files/ is never published: package.json `files` is ["dist"].
 *
 *   source-texts.json  { [source id]: the full text }: the site checks each excerpt a chapter
 *                      quotes against it and shows only the excerpt.
 *   releases.json      every release in CHANGELOG.md, newest first, with its date (see releases()).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Compiled } from './compile.ts';

export interface Release {
  version: string;
  /**
   * False for the package's current version while CHANGELOG.md has no entry for it: a working
   * copy between releases (or before the first), which the site must not call released.
   */
  released: boolean;
  /**
   * ISO 8601 date-time of the commit that added the version's heading to CHANGELOG.md (for a
   * working copy, of the last commit that changed the package); null when git cannot tell.
   * Never the clock: two builds of one commit are identical.
   */
  date: string | null;
  /** The commit that dates it, or why git cannot. */
  dateNote: string;
  /** The `- ` items of its CHANGELOG.md section, without Changesets' commit-hash prefix. */
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

/** git's output in `dir`, or null when git cannot answer (no git, not a repository). */
function git(dir: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/**
 * Commits where a shallow clone's history is cut. Git shows each as a root commit that adds every
 * file, so a commit found there is only where the history starts, not where a line was added.
 */
function shallowBoundaries(dir: string): Set<string> {
  if (git(dir, ['rev-parse', '--is-shallow-repository']) !== 'true') return new Set();
  const path = git(dir, ['rev-parse', '--git-path', 'shallow']);
  const file = path && (isAbsolute(path) ? path : join(dir, path));
  if (!file || !existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

type Dated = { date: string; commit: string } | { date: null; why: string };

/** The oldest commit `git log <args>` lists (the newest with `newest`), unless git cannot tell. */
function commitDate(dir: string, args: string[], what: string, newest = false): Dated {
  const out = git(dir, ['log', '--format=%H %cI', ...args]);
  if (out === null) return { date: null, why: `git history is not available in ${dir}` };
  const lines = out.split('\n').filter(Boolean);
  const line = newest ? lines[0] : lines.at(-1);
  if (!line) return { date: null, why: `no commit ${what} (is it committed?)` };
  const [hash = '', date = ''] = line.split(' ');
  if (shallowBoundaries(dir).has(hash)) {
    return {
      date: null,
      why: `the clone is shallow and its history starts at ${hash.slice(0, 7)}, so the commit ${what} may be older (fetch the whole history: \`git fetch --unshallow\`, or \`fetch-depth: 0\` for actions/checkout)`,
    };
  }
  return { date: new Date(date).toISOString(), commit: `commit ${hash.slice(0, 7)} ${what}` };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Releases from CHANGELOG.md (written by Changesets), plus the package's current version when it
 * has no entry yet (`released: false`). Changesets writes no dates, so a release is dated by git:
 * the commit that added its heading. Where git cannot tell (no repository, a shallow clone whose
 * history starts after that commit, a heading not yet committed), the date is null and `dateNote`
 * says why.
 */
export function releases(packageDir: string, version: string): Release[] {
  const changelog = join(packageDir, 'CHANGELOG.md');
  const parsed = existsSync(changelog) ? parseChangelog(readFileSync(changelog, 'utf8')) : [];
  const headed = new Set(parsed.map((r) => r.version));
  if (!headed.has(version)) parsed.unshift({ version, changes: [] });
  return parsed.map(({ version: v, changes }) => {
    const released = headed.has(v);
    const fromGit = released
      ? commitDate(
          packageDir,
          ['-G', `^## ${escapeRegex(v)}[[:space:]]*$`, '--', 'CHANGELOG.md'],
          `that added "## ${v}" to CHANGELOG.md`,
        )
      : commitDate(
          packageDir,
          ['--', '.'],
          `that last changed the package (${v} has no entry in CHANGELOG.md: not released yet)`,
          true,
        );
    return fromGit.date === null
      ? { version: v, released, date: null, dateNote: fromGit.why, changes }
      : { version: v, released, date: fromGit.date, dateNote: fromGit.commit, changes };
  });
}

/** Each source's full text, by source id. */
export function sourceTexts(
  sourcesDir: string,
  sources: ReadonlyArray<{ id: string; file: string }>,
): Record<string, string> {
  return Object.fromEntries(
    sources.map((source) => [source.id, readFileSync(join(sourcesDir, source.file), 'utf8')]),
  );
}

function writeJson(path: string, value: unknown) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}

/** Writes site-files/; returns the releases git cannot date, for the build to report. */
export function writeSiteFiles(
  compiled: Compiled,
  options: { packageDir: string; sourcesDir: string; dir: string; version: string },
): Release[] {
  mkdirSync(options.dir, { recursive: true });
  writeJson(
    join(options.dir, 'source-texts.json'),
    sourceTexts(options.sourcesDir, compiled.tables.sources),
  );
  const list = releases(options.packageDir, options.version);
  writeJson(join(options.dir, 'releases.json'), list);
  return list.filter((r) => r.date === null);
}
