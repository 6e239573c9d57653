import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { siteRoot } from './site-dist.ts';

const run = promisify(execFile);
const child = new URL('./astro-build.child.ts', import.meta.url).pathname;

/**
 * The verify builds call Astro directly (to choose outDir and cacheDir), so they reproduce the
 * site's build only if that build is `astro build` alone: a post-build step in the npm script would
 * be missing from them. Fails, naming the script, otherwise.
 */
export async function assertBuildIsAstroOnly(): Promise<void> {
  const pkg = JSON.parse(await readFile(join(siteRoot, 'package.json'), 'utf8'));
  const script: string = pkg.scripts?.build ?? '';
  if (!/^astro build(\s+--?[\w-]+(=\S+)?)*$/.test(script.trim())) {
    throw new Error(
      `apps/site's build script is "${script}": the clean verify builds run \`astro build\` only, so steps after it would be missing; run them as an Astro integration (astro:build:done) instead`,
    );
  }
}

export interface CleanBuild {
  outDir: string;
  seconds: number;
}

/**
 * Builds the site from scratch into `outDir` with its caches in `cacheDir` (both fresh folders),
 * under a given BASE and SITE. Throws with Astro's output when the build fails.
 */
export async function cleanBuild(options: {
  outDir: string;
  cacheDir: string;
  base: string;
  site: string;
}): Promise<CleanBuild> {
  const started = performance.now();
  try {
    await run(process.execPath, [child, siteRoot, options.outDir, options.cacheDir], {
      cwd: siteRoot,
      env: {
        ...process.env,
        BASE: options.base,
        SITE: options.site,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `clean build with BASE=${options.base} failed:\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`,
    );
  }
  return { outDir: options.outDir, seconds: (performance.now() - started) / 1000 };
}
