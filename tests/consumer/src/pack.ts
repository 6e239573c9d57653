import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runOrThrow } from './run.ts';

/**
 * Packs a workspace package exactly as `pnpm publish` would (workspace: ranges rewritten to
 * versions, only `files` included) and returns the tarball path.
 */
export async function pack(packageDir: string, destination: string): Promise<string> {
  if (!existsSync(join(packageDir, 'dist'))) {
    throw new Error(
      `${packageDir} has no dist/: build the packages first (\`turbo run build --filter=./packages/*\`)`,
    );
  }
  const result = await runOrThrow('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: packageDir,
  });
  const { filename } = JSON.parse(result.stdout) as { filename: string };
  return filename;
}
