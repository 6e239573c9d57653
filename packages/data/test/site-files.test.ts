import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseChangelog, releases } from '../src/build/site-files.ts';

describe('parseChangelog', () => {
  test('reads each version heading and its items, without the commit-hash prefix', () => {
    const markdown = [
      '# @ua-drones/data',
      '',
      '## 1.1.0',
      '',
      '### Minor Changes',
      '',
      '- 1a2b3c4: Adds the 2026 production figure.',
      '- Corrects a date.',
      '',
      '## 1.0.0-beta.1',
      '',
      '- First release.',
    ].join('\n');
    expect(parseChangelog(markdown)).toEqual([
      { version: '1.1.0', changes: ['Adds the 2026 production figure.', 'Corrects a date.'] },
      { version: '1.0.0-beta.1', changes: ['First release.'] },
    ]);
  });
});

describe('releases', () => {
  const work = mkdtempSync(join(tmpdir(), 'ua-data-releases-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();

  /** A repository whose data package released 1.0.0 (in January) and 1.1.0 (in March). */
  const repo = join(work, 'repo');
  const packageDir = join(repo, 'packages/data');
  mkdirSync(packageDir, { recursive: true });
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  const commit = (files: Record<string, string>, date: string) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(packageDir, name), text);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '--quiet', '-m', `at ${date}`], date);
  };
  const v100 = '# @ua-drones/data\n\n## 1.0.0\n\n- First release.\n';
  const v110 =
    '# @ua-drones/data\n\n## 1.1.0\n\n- abc1234: Adds a figure.\n\n## 1.0.0\n\n- First release.\n';
  commit({ 'package.json': '{"version":"1.0.0"}', 'CHANGELOG.md': v100 }, '2026-01-10T09:00:00Z');
  commit({ 'package.json': '{"version":"1.1.0"}', 'CHANGELOG.md': v110 }, '2026-03-05T12:00:00Z');
  commit({ 'README.md': 'later work' }, '2026-06-01T00:00:00Z');

  test('date each release by the commit that added its heading, not by the latest commit', () => {
    expect(releases(packageDir, '1.1.0')).toEqual([
      {
        version: '1.1.0',
        released: true,
        date: '2026-03-05T12:00:00.000Z',
        dateNote: expect.stringMatching(/^commit [0-9a-f]{7} that added "## 1\.1\.0"/),
        changes: ['Adds a figure.'],
      },
      {
        version: '1.0.0',
        released: true,
        date: '2026-01-10T09:00:00.000Z',
        dateNote: expect.stringMatching(/^commit [0-9a-f]{7} that added "## 1\.0\.0"/),
        changes: ['First release.'],
      },
    ]);
  });

  test('call a version without a heading unreleased, dated by the last commit to the package', () => {
    const [current] = releases(packageDir, '1.2.0');
    expect(current).toMatchObject({
      version: '1.2.0',
      released: false,
      date: '2026-06-01T00:00:00.000Z',
    });
    expect(current?.dateNote).toMatch(/last changed the package \(1\.2\.0 has no entry/);
  });

  test('in a shallow clone, give no date where the history is cut, and say why', () => {
    const shallow = join(work, 'shallow');
    git(work, ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]);
    const [v110, v100] = releases(join(shallow, 'packages/data'), '1.1.0');
    for (const release of [v110, v100]) {
      expect(release?.date).toBeNull();
      expect(release?.dateNote).toMatch(
        /^the clone is shallow and its history starts at [0-9a-f]{7}/,
      );
    }
  });

  test('give no date to a heading that is not committed yet, nor without git', () => {
    writeFileSync(join(packageDir, 'CHANGELOG.md'), `## 2.0.0\n\n- Renames ids.\n\n${v110}`);
    const [next] = releases(packageDir, '2.0.0');
    expect(next).toMatchObject({ version: '2.0.0', date: null });
    expect(next?.dateNote).toMatch(/^no commit that added "## 2\.0\.0"/);

    const bare = join(work, 'bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'CHANGELOG.md'), v100);
    expect(releases(bare, '1.0.0')[0]?.dateNote).toMatch(/^git history is not available/);
  });
});
