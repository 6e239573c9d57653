import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createConsumerProject } from './consumer-project.ts';
import { pack } from './pack.ts';
import { publishedPackages } from './workspace.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: { projectDir: string; tarballs: { data: string; charts: string } };
  }
}

/** One pack and one install, shared by every consumer test. */
export default async function setup(project: TestProject) {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), 'ua-drones-consumer-'));
  const tarballDir = join(root, 'tarballs');
  const projectDir = join(root, 'project');
  let tarballs: { data: string; charts: string };
  try {
    await mkdir(tarballDir);
    await mkdir(projectDir);
    tarballs = {
      data: await pack(publishedPackages.data.dir, tarballDir),
      charts: await pack(publishedPackages.charts.dir, tarballDir),
    };
    await createConsumerProject(projectDir, tarballs);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  console.log(
    `consumer: packed and installed in ${((performance.now() - started) / 1000).toFixed(1)} s at ${root}`,
  );
  project.provide('consumer', { projectDir, tarballs });

  return async () => {
    // Set KEEP_CONSUMER_PROJECT=1 to look at the installed project after a failure.
    if (process.env.KEEP_CONSUMER_PROJECT) console.log(`consumer: kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  };
}
