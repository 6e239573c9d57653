// Keeps a data release's files for good: copies the CSV and JSON files of @ua-drones/data's build
// into data-archive/<version>/, which the site serves at /data/v/<version>/ after later releases.
// `pnpm run version-packages` runs it after `changeset version` has raised the version and the
// packages are built, so the Version packages pull request carries exactly the files that the
// release then publishes in the tarball (the release rehearsal in tests/release compares them).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@ua-drones/data/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const from = join(packageDir, 'dist', 'data');
const to = join(import.meta.dirname, '..', 'data-archive', version);
const where = relative(process.cwd(), to) || to;

if (!existsSync(from)) throw new Error(`${from} does not exist: build @ua-drones/data first`);
const files = readdirSync(from)
  .filter((file) => /\.(csv|json)$/.test(file))
  .sort();

if (existsSync(to)) {
  // Versioning again without a new data version (only charts changed) finds the archive there:
  // it must hold what the build makes, or the data changed without a changeset.
  const archived = readdirSync(to).sort();
  const differing = [...new Set([...files, ...archived])].filter(
    (file) =>
      !files.includes(file) ||
      !archived.includes(file) ||
      !readFileSync(join(from, file)).equals(readFileSync(join(to, file))),
  );
  if (differing.length > 0) {
    throw new Error(
      `${where} differs from the build of @ua-drones/data ${version} in ${differing.join(', ')}. ` +
        'A released version never changes: add a changeset for @ua-drones/data (pnpm changeset) so the change gets a version of its own.',
    );
  }
  console.info(`@ua-drones/data ${version} is archived in ${where} already, unchanged`);
} else {
  mkdirSync(to, { recursive: true });
  for (const file of files) copyFileSync(join(from, file), join(to, file));
  console.info(`archived ${files.length} files of @ua-drones/data ${version} in ${where}`);
}
