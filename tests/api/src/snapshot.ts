// Records the public surface of each published package as the released baseline: exports, ids,
// the rolled-up declarations of each entry point and the JSON Schema of each table. The
// version-packages script runs it right after `changeset version` and the build, so the Version
// packages pull request carries the snapshot of exactly the versions it releases. By hand:
// `pnpm run api-snapshot` (builds the packages first).
import { relative } from 'node:path';
import { currentSnapshot, writeReleasedSnapshot } from './api-snapshot.ts';
import { writeReleasedShapes } from './shapes.ts';
import { publishedPackages, repoRoot } from './workspace.ts';

for (const pkg of publishedPackages) {
  const snapshot = await currentSnapshot(pkg);
  const file = await writeReleasedSnapshot(pkg, snapshot);
  const shapes = writeReleasedShapes(pkg);
  const names = Object.values(snapshot.names).flat().length;
  const ids = Object.entries(snapshot.ids ?? {})
    .map(([kind, list]) => `${list.length} ${kind}`)
    .join(', ');
  console.log(
    `${snapshot.package}@${snapshot.version}: ${snapshot.entryPoints.length} entry points, ${names} exports${ids ? `, ids: ${ids}` : ''} -> ${relative(repoRoot, file)}, shapes -> ${relative(repoRoot, shapes)}/`,
  );
}
