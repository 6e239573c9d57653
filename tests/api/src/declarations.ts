import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor, ExtractorConfig, type ExtractorMessage } from '@microsoft/api-extractor';
import { typesTarget } from './public-exports.ts';
import { type Manifest, type PublishedPackage, readManifest } from './workspace.ts';

/** `.` is `index.d.ts`, `./ssr` is `ssr.d.ts`: one rolled-up declaration file per entry point. */
export const declarationFileName = (entryPoint: string) =>
  `${entryPoint === '.' ? 'index' : entryPoint.replace(/^\.\//, '').replaceAll('/', '-')}.d.ts`;

/** The entry points of a package that have declarations, with their `.d.ts` file. */
export function typedEntryPoints(manifest: Manifest): [string, string][] {
  return Object.entries(manifest.exports ?? {}).flatMap(([entryPoint, target]) => {
    const types = typesTarget(target);
    return types ? [[entryPoint, types] as [string, string]] : [];
  });
}

/**
 * Rolls each typed entry point of a built package up into one declaration file with api-extractor:
 * every declaration a consumer can reach from that entry, in one file the type checker can read
 * next to another version of it. Returns the files written, by entry point.
 */
export function rollUpDeclarations(pkg: PublishedPackage, outDir: string): Map<string, string> {
  mkdirSync(outDir, { recursive: true });
  const manifest = readManifest(pkg.dir);
  const files = new Map<string, string>();
  for (const [entryPoint, types] of typedEntryPoints(manifest)) {
    const entry = join(pkg.dir, types);
    const out = join(outDir, declarationFileName(entryPoint));
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: pkg.dir,
        mainEntryPointFilePath: entry,
        newlineKind: 'lf',
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              module: 'nodenext',
              moduleResolution: 'nodenext',
              target: 'es2022',
              lib: ['es2023', 'dom'],
              strict: true,
              skipLibCheck: true,
              allowImportingTsExtensions: true,
              noEmit: true,
              types: [],
            },
            files: [entry],
          },
        },
        dtsRollup: { enabled: true, untrimmedFilePath: out },
        apiReport: { enabled: false },
        docModel: { enabled: false },
        tsdocMetadata: { enabled: false },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(pkg.dir, 'package.json'),
    });
    const problems: string[] = [];
    const result = Extractor.invoke(config, {
      localBuild: true,
      messageCallback: (message: ExtractorMessage) => {
        // TSDoc style and release tags are not this project's conventions; only errors count.
        if (message.logLevel === 'error') problems.push(message.formatMessageWithLocation(pkg.dir));
        message.handled = true;
      },
    });
    if (!result.succeeded || problems.length > 0) {
      throw new Error(
        `${pkg.name} ${entryPoint}: api-extractor could not roll up ${types}:\n${problems.join('\n')}`,
      );
    }
    files.set(entryPoint, out);
  }
  return files;
}
