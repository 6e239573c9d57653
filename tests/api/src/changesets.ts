import { readChangesets } from '@changesets/read';

export type Bump = 'none' | 'patch' | 'minor' | 'major';

const order: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

export function atLeast(bump: Bump, required: Bump): boolean {
  return order.indexOf(bump) >= order.indexOf(required);
}

export function highest(bumps: Iterable<Bump>): Bump {
  let result: Bump = 'none';
  for (const bump of bumps) if (!atLeast(result, bump)) result = bump;
  return result;
}

export interface PendingChangeset {
  id: string;
  summary: string;
  releases: { name: string; type: Bump }[];
}

/** The changesets waiting in `.changeset/` (committed or not), as `changeset version` reads them. */
export async function readPendingChangesets(root: string): Promise<PendingChangeset[]> {
  const changesets = await readChangesets(root);
  return changesets.map(({ id, summary, releases }) => ({ id, summary, releases }));
}

/** The bump the pending changesets ask for, per package name. */
export function pendingBumps(changesets: readonly PendingChangeset[]): Map<string, Bump> {
  const bumps = new Map<string, Bump>();
  for (const { releases } of changesets) {
    for (const { name, type } of releases)
      bumps.set(name, highest([bumps.get(name) ?? 'none', type]));
  }
  return bumps;
}
