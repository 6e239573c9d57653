import { describe, expect, test } from 'vitest';
import { currentSnapshot, readReleasedSnapshot } from '../src/api-snapshot.ts';
import { pendingBumps, readPendingChangesets } from '../src/changesets.ts';
import { judge } from '../src/compare.ts';
import { shapeChanges } from '../src/shapes.ts';
import { publishedPackages, repoRoot } from '../src/workspace.ts';

const pending = pendingBumps(await readPendingChangesets(repoRoot));
const snapshots = await Promise.all(
  publishedPackages.map(async (pkg) => ({
    pkg,
    released: await readReleasedSnapshot(pkg),
    current: await currentSnapshot(pkg),
    shapes: shapeChanges(pkg),
  })),
);

describe.each(snapshots)('$pkg.name', ({ pkg, released, current, shapes }) => {
  test('the released snapshot is of the current version', () => {
    expect(
      released.version,
      `tests/api/released/${pkg.snapshot} is for ${released.version} but ${pkg.name} is ${current.version}: ` +
        'the version-packages script must run `pnpm --filter @ua-drones/test-api run snapshot` after `changeset version`',
    ).toBe(current.version);
  });

  test('changes since the last release come with the changeset semver asks for', () => {
    const verdict = judge(released, current, pending.get(pkg.name) ?? 'none', shapes);
    expect(verdict.problem, verdict.problem).toBeUndefined();
  });
});

test.each(snapshots)(
  'the $pkg.name snapshot tracks every kind of id the build has',
  ({ pkg, released, current }) => {
    const releasedKinds = Object.keys(released.ids);
    // An empty baseline would make every id comparison pass without comparing anything.
    expect(releasedKinds.length, `released/${pkg.snapshot} holds no ids`).toBeGreaterThan(0);
    expect(Object.keys(current.ids)).toEqual(expect.arrayContaining(releasedKinds));
  },
);
