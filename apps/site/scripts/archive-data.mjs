// Keeps this data release's files for good: copies @ua-drones/data's CSV/JSON files into
// data-archive/<version>/, which the site serves at /data/v/<version>/ after later releases.
// Run at release time (after `changeset version`), then commit data-archive/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@ua-drones/data/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const from = join(packageDir, 'dist', 'data');
const to = join(dirname(fileURLToPath(import.meta.url)), '..', 'data-archive', version);

if (!existsSync(from)) throw new Error(`${from} does not exist: build @ua-drones/data first`);
if (existsSync(to)) throw new Error(`${to} exists: a released version's files never change`);
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => /\.(csv|json)$/.test(f));
for (const file of files) copyFileSync(join(from, file), join(to, file));
console.info(`archived ${files.length} files of @ua-drones/data ${version} in ${to}`);
