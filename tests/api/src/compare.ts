import type { ApiSnapshot } from './api-snapshot.ts';
import { atLeast, type Bump, highest } from './changesets.ts';
import type { ShapeChange } from './shape-change.ts';

export interface SurfaceChange {
  /** e.g. "entry point", "export of ./ssr", "figures id" */
  what: string;
  removed: string[];
  added: string[];
}

export interface Verdict {
  changes: SurfaceChange[];
  /** Fields, options and parameters that changed shape. */
  shapes: ShapeChange[];
  /** The smallest bump that the changes allow. */
  required: Bump;
  /** Why the pending bump is not enough, or undefined when it is. */
  problem: string | undefined;
}

function diff(what: string, before: readonly string[], after: readonly string[]): SurfaceChange {
  const old = new Set(before);
  const now = new Set(after);
  return {
    what,
    removed: before.filter((item) => !now.has(item)),
    added: after.filter((item) => !old.has(item)),
  };
}

export function surfaceChanges(released: ApiSnapshot, current: ApiSnapshot): SurfaceChange[] {
  const changes = [diff('entry point', released.entryPoints, current.entryPoints)];
  for (const entryPoint of new Set([
    ...Object.keys(released.names),
    ...Object.keys(current.names),
  ])) {
    // A removed entry point is reported once, as an entry point, not again name by name.
    if (!current.entryPoints.includes(entryPoint)) continue;
    changes.push(
      diff(
        `export of ${entryPoint}`,
        released.names[entryPoint] ?? [],
        current.names[entryPoint] ?? [],
      ),
    );
  }
  const kinds = new Set([...Object.keys(released.ids), ...Object.keys(current.ids)]);
  for (const kind of kinds) {
    changes.push(diff(`${kind} id`, released.ids[kind] ?? [], current.ids[kind] ?? []));
  }
  return changes.filter(({ removed, added }) => removed.length > 0 || added.length > 0);
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, 12).join(', ');
  return items.length > 12 ? `${shown} and ${items.length - 12} more` : shown;
}

/**
 * Semver for consumers of the package: removing or renaming anything they can import or look up
 * is major, adding is minor; a change of shape (a field, an option, a parameter) is major or minor
 * by the rule in shape-change.ts. The pending changesets must ask for at least that much.
 */
export function judge(
  released: ApiSnapshot,
  current: ApiSnapshot,
  pending: Bump,
  shapes: readonly ShapeChange[] = [],
): Verdict {
  const changes = surfaceChanges(released, current);
  const removes = changes.some(({ removed }) => removed.length > 0);
  const adds = changes.some(({ added }) => added.length > 0);
  const required = highest([
    removes ? 'major' : adds ? 'minor' : 'none',
    ...shapes.map(({ bump }) => bump),
  ]);
  if (atLeast(pending, required))
    return { changes, shapes: [...shapes], required, problem: undefined };

  const lines = changes.flatMap(({ what, removed, added }) => [
    ...(removed.length
      ? [`  - removed ${what}${removed.length > 1 ? 's' : ''}: ${list(removed)}`]
      : []),
    ...(added.length ? [`  + added ${what}${added.length > 1 ? 's' : ''}: ${list(added)}`] : []),
  ]);
  const shapeLines = [...shapes]
    .sort((a, b) => (a.bump === b.bump ? 0 : a.bump === 'major' ? -1 : 1))
    .map(({ where, change, bump }) => `  ~ ${where}: ${change} [${bump}]`);
  const shown = shapeLines.slice(0, 30);
  if (shapeLines.length > shown.length)
    shown.push(`  … and ${shapeLines.length - shown.length} more`);
  const pendingText =
    pending === 'none'
      ? 'no pending changeset bumps it'
      : `the pending changesets ask only for ${pending}`;
  const rule =
    required === 'major'
      ? `Removing or renaming an export, an entry point, a record id or a chart name, or removing, narrowing or requiring a field, an option or a parameter, breaks consumers: it needs a major changeset for ${current.package}`
      : `Adding exports, entry points, record ids, chart names, optional fields or options, or widening a field, needs at least a minor changeset for ${current.package}`;
  return {
    changes,
    shapes: [...shapes],
    required,
    problem: [
      `${current.package} changed its public API since the last release (${released.version}):`,
      ...lines,
      ...shown,
      `${rule}, and ${pendingText}.`,
      `Add one with \`pnpm changeset\` (${required} for ${current.package}), as CONTRIBUTING.md explains.`,
    ].join('\n'),
  };
}
