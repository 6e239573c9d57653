import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, test } from 'vitest';
import { run, transcript } from '../src/run.ts';
import { type PublishedPackage, publishedPackages, readManifest } from '../src/workspace.ts';

const { tarballs, projectDir } = inject('consumer');
const attw = join(import.meta.dirname, '../node_modules/.bin/attw');

describe.each(Object.entries(tarballs) as [PublishedPackage, string][])(
  '%s tarball',
  (name, tarball) => {
    test('publint reports no errors', async () => {
      const bytes = await readFile(tarball);
      const { messages, pkg } = await publint({
        pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
      });
      const lines = messages.map(
        (message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`,
      );
      if (lines.length > 0) console.log(`publint ${pkg.name}:\n${lines.join('\n')}`);
      expect(
        messages.filter((message) => message.type === 'error').map((m) => m.code),
        lines.join('\n'),
      ).toEqual([]);
    });

    // The packages are ESM only: node10 and CommonJS `require` resolution are out of scope (the
    // esm-only profile). CSV and CSS entry points are files that no module resolution types.
    test('are the types wrong finds types and no problems for every module entry point', async () => {
      const entryPoints = Object.entries(readManifest(publishedPackages[name].dir).exports ?? {});
      const notModules = entryPoints.filter(([, target]) => /\.(csv|css)$/.test(String(target)));
      const exclude = notModules.length
        ? ['--exclude-entrypoints', ...notModules.map(([entry]) => entry)]
        : [];
      // attw exits before a pipe takes all of its JSON (cut at about 290 KB): it writes to a file.
      const output = join(projectDir, `attw-${name}.json`);
      const quoted = [attw, tarball, '--profile', 'esm-only', '--format', 'json', ...exclude]
        .map((arg) => `'${arg.replaceAll("'", "'\\''")}'`)
        .join(' ');
      const result = await run('sh', ['-c', `${quoted} > '${output}'`], {
        cwd: import.meta.dirname,
      });
      const { analysis } = JSON.parse(await readFile(output, 'utf8')) as {
        analysis: {
          types: unknown;
          entrypoints: Record<string, unknown>;
          problems: { kind: string; entrypoint: string; resolutionKind?: string }[];
        };
      };
      const problems = analysis.problems.filter(
        ({ resolutionKind }) => resolutionKind !== 'node10' && resolutionKind !== 'node16-cjs',
      );
      expect(analysis.types, 'attw found no types in the package').not.toBe(false);
      expect(Object.keys(analysis.entrypoints).sort()).toEqual(
        entryPoints
          .filter(([, target]) => !/\.(csv|css)$/.test(String(target)))
          .map(([entry]) => entry)
          .sort(),
      );
      expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
      expect(result.code, transcript(result)).toBe(0);
    });
  },
);
