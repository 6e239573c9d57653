import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { type Bump, highest, pendingBumps } from '../src/changesets.ts';
import { dryRunRelease } from '../src/release-dry-run.ts';

// A changeset that exists only in the throwaway worktree, so the dry run always has a minor
// release of data to make, on top of whatever changesets are pending in the checkout.
const fixture = {
  id: 'dry-run-fixture',
  releases: { '@ua-drones/data': 'minor' as const },
  summary: 'Add records (a changeset of the release dry run, never committed).',
};

const run = await dryRunRelease([fixture]);
const bumps = pendingBumps(run.changesets);
const released = run.packages.filter((pkg) => !pkg.private);
const newVersions = new Map(run.packages.map((pkg) => [pkg.name, pkg]));

/** The semver range a `workspace:` dependency is published with (pnpm rewrites `^` to `^x.y.z`). */
function publishedRange(spec: string, version: string): string {
  const range = spec.replace(/^workspace:/, '');
  return range === '^' || range === '~' ? `${range}${version}` : range === '*' ? version : range;
}

/** Workspace dependencies whose new version leaves the range the package was published with. */
function outgrownDependencies(pkg: (typeof released)[number]): string[] {
  return Object.entries(pkg.dependencies).flatMap(([name, spec]) => {
    const dependency = newVersions.get(name);
    if (!spec.startsWith('workspace:') || !dependency) return [];
    const range = publishedRange(spec, dependency.before);
    return semver.satisfies(dependency.after, range) ? [] : [`${name}@${dependency.after}`];
  });
}

/** Its own changesets, or a patch so that it can be installed with its dependency's new version. */
function expectedBump(pkg: (typeof released)[number]): Bump {
  const ownBump = bumps.get(pkg.name) ?? 'none';
  return highest([ownBump, outgrownDependencies(pkg).length > 0 ? 'patch' : 'none']);
}

test('the dry run releases the pending changesets and consumes them all', () => {
  expect(run.changesets.map(({ id }) => id)).toContain(fixture.id);
  expect(run.leftOver, run.log).toEqual([]);
});

describe.each(released)('$name', (pkg) => {
  test('gets the semver increment its changesets ask for', () => {
    const bump = expectedBump(pkg);
    const expected = bump === 'none' ? pkg.before : semver.inc(pkg.before, bump);
    expect(pkg.after, `${pkg.name}: ${bump} from ${pkg.before}\n${run.log}`).toBe(expected);
  });

  test('gets a changelog entry for the new version with every changeset summary', () => {
    if (pkg.after === pkg.before) {
      expect(pkg.changelog).toBeUndefined();
      return;
    }
    const changelog = pkg.changelog ?? '';
    expect(changelog.startsWith(`# ${pkg.name}\n\n## ${pkg.after}\n`), changelog).toBe(true);
    const section = changelog.split(/^## /m)[1] ?? '';
    for (const changeset of run.changesets) {
      const release = changeset.releases.find(({ name }) => name === pkg.name);
      if (!release || release.type === 'none') continue;
      const heading = `### ${release.type[0]?.toUpperCase()}${release.type.slice(1)} Changes`;
      expect(section).toContain(heading);
      expect(section).toContain(changeset.summary.split('\n')[0]);
    }
    for (const dependency of outgrownDependencies(pkg)) {
      expect(section).toContain(`- Updated dependencies`);
      expect(section).toContain(`- ${dependency}`);
    }
  });
});

test('the private site is not versioned', () => {
  const site = run.packages.find(({ name }) => name === '@ua-drones/site');
  expect(site).toMatchObject({ private: true, changelog: undefined });
  expect(site?.after).toBe(site?.before);
});
