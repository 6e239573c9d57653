// Runs in its own Node process (see clean-build.ts): one `astro build` with the site's own config,
// writing to `outDir` and keeping Astro's caches in `cacheDir`, so nothing of an earlier build is
// reused. BASE and SITE come from the environment, as in CI.
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  throw new Error('usage: astro-build.child.ts <root> <outDir> <cacheDir>');
}
await build({ root, outDir, cacheDir, logLevel: 'warn' });
