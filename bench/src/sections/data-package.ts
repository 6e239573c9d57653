/** The data package as a consumer gets it: tarball, install size, import time, tree-shaking. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { runOrThrow } from '../lib/run.ts';
import { type Sizes, sizesOf } from '../lib/sizes.ts';

export interface DataPackageResult {
  tarball: number;
  unpacked: number;
  files: number;
  importMs: number[];
  /** Bundle of an app that imports only getFigure, minified. */
  getFigureBundle: Sizes;
  /** Bundle of an app that imports everything, for comparison. */
  everythingBundle: Sizes;
  /** Tables whose records appear in the getFigure bundle (only figures is expected). */
  tablesInGetFigureBundle: string[];
  tables: string[];
}

/** Sums the file sizes in a .tar.gz (ustar headers: size is octal at offset 124). */
export function unpackedSize(tarGz: Buffer): { bytes: number; files: number } {
  const tar = gunzipSync(tarGz);
  let bytes = 0;
  let files = 0;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(
      header.subarray(124, 136).toString('ascii').replace(/\0.*$/, '').trim() || '0',
      8,
    );
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === '0' || type === '\0') {
      bytes += size;
      files++;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { bytes, files };
}

async function bundle(contents: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

export async function measureDataPackage(options: {
  packageDir: string;
  /** A folder whose package depends on @ua-drones/data (for resolution). */
  consumerDir: string;
  importProbe: string;
  tmp: string;
  runs: number;
}): Promise<DataPackageResult> {
  const { packageDir, consumerDir, importProbe, tmp, runs } = options;
  await runOrThrow('pnpm', ['pack', '--pack-destination', tmp], { cwd: packageDir });
  const tarballName = readdirSync(tmp).find((name) => name.endsWith('.tgz'));
  if (!tarballName) throw new Error(`pnpm pack wrote no .tgz into ${tmp}`);
  const tarball = readFileSync(join(tmp, tarballName));
  rmSync(join(tmp, tarballName));
  const unpacked = unpackedSize(tarball);

  const importMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const probe = await runOrThrow(
      process.execPath,
      [importProbe, consumerDir, '@ua-drones/data'],
      { cwd: consumerDir },
    );
    importMs.push(Number(probe.output.trim().split('\n').at(-1)));
  }

  const onlyGetFigure = await bundle(
    "import { getFigure } from '@ua-drones/data';\nconsole.log(getFigure(location.hash.slice(1)));\n",
    consumerDir,
  );
  const everything = await bundle(
    "import * as data from '@ua-drones/data';\nconsole.log(data);\n",
    consumerDir,
  );
  // A table is in the bundle when a text that only its JSON file holds is in the bundle.
  const dataDir = join(packageDir, 'dist/data');
  const tables = ['figures', 'events', 'partnerships', 'quotes', 'entities', 'measures', 'sources'];
  const json = new Map(tables.map((t) => [t, readFileSync(join(dataDir, `${t}.json`), 'utf8')]));
  const tablesIn = tables.filter((table) => {
    const rows = JSON.parse(json.get(table) as string) as Array<Record<string, unknown>>;
    const others = tables.filter((t) => t !== table).map((t) => json.get(t) as string);
    const marker = rows
      .flatMap((row) => Object.values(row))
      .filter((value): value is string => typeof value === 'string')
      .flatMap((text) => text.match(/[A-Za-z0-9 ,.-]{16,}/g) ?? [])
      .find((run) => others.every((other) => !other.includes(run)));
    if (marker === undefined) throw new Error(`no text found only in ${table}.json`);
    return onlyGetFigure.includes(marker);
  });
  return {
    tarball: tarball.length,
    unpacked: unpacked.bytes,
    files: unpacked.files,
    importMs,
    getFigureBundle: sizesOf(onlyGetFigure),
    everythingBundle: sizesOf(everything),
    tablesInGetFigureBundle: tablesIn,
    tables,
  };
}
