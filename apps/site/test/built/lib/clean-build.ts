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

/**
 * The environment of a build as CI gives it: without what Vitest adds to its workers
 * (`BASE_URL=/`, `MODE`, `DEV`, `PROD`, `SSR`, `NODE_ENV=test`, `VITEST*`, `TEST`), which Astro
 * would read as the site's own variables (BASE_URL would override BASE).
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestVariables = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/;
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitestVariables.test(name)),
  );
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
  if (!options.outDir.startsWith(siteRoot)) {
    throw new Error(`cleanBuild: outDir ${options.outDir} must be inside ${siteRoot}`);
  }
  const started = performance.now();
  try {
    await run(process.execPath, [child, siteRoot, options.outDir, options.cacheDir], {
      // The site reads some files relative to the working directory. Astro writes its prerender
      // chunks next to outDir when outDir is inside the working directory, and to a shared
      // <cwd>/.astro/ otherwise: so outDir must lie inside the site folder, or parallel builds
      // clobber each other.
      cwd: siteRoot,
      env: {
        ...buildEnvironment(),
        BASE: options.base,
        SITE: options.site,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
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
