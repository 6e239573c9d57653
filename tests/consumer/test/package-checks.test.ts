import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, test } from 'vitest';
import { run, transcript } from '../src/run.ts';
import { type PublishedPackage, publishedPackages, readManifest } from '../src/workspace.ts';

const { tarballs } = inject('consumer');
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

    // The packages are ESM only, so the profile leaves out node10 and CommonJS require resolution.
    // CSV entry points are data files that no module resolution types, so they are not checked.
    test('are the types wrong reports no problems (esm-only profile)', async () => {
      const csvEntryPoints = Object.entries(readManifest(publishedPackages[name].dir).exports ?? {})
        .filter(([, target]) => typeof target === 'string' && target.endsWith('.csv'))
        .map(([entryPoint]) => entryPoint);
      const exclude = csvEntryPoints.length ? ['--exclude-entrypoints', ...csvEntryPoints] : [];
      const result = await run(
        attw,
        [
          tarball,
          '--profile',
          'esm-only',
          '--format',
          'ascii',
          '--no-color',
          '--no-emoji',
          ...exclude,
        ],
        { cwd: import.meta.dirname },
      );
      expect(result.code, transcript(result)).toBe(0);
    });
  },
);
