/**
 * The data package's published files (tables as CSV/JSON, datapackage.json, CSL-JSON), served at
 * /data/v/<version>/<file>. Earlier releases live in apps/site/data-archive/<version>/ so their
 * URLs keep working after a new release (`pnpm run version-packages` archives each version: see
 * CONTRIBUTING.md, "How releases happen").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { dataVersion } from './data.ts';

/** The folder of the package's published data files, found through its exports. */
const publishedDataDir = () =>
  dirname(createRequire(import.meta.url).resolve('@ua-drones/data/datapackage.json'));

const DOWNLOADABLE = /\.(csv|json)$/;

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => DOWNLOADABLE.test(f) && !f.endsWith('.map'))
    .sort();
}

export interface DownloadFile {
  version: string;
  file: string;
  path: string;
}

const archiveDir = resolve(process.cwd(), 'data-archive');

/** Every downloadable file of this version and of the archived ones. */
export function downloadFiles(): DownloadFile[] {
  const current = publishedDataDir();
  const files = filesIn(current).map((file) => ({
    version: dataVersion,
    file,
    path: join(current, file),
  }));
  if (files.length === 0) {
    throw new Error(`@ua-drones/data has no CSV or JSON files in ${current}: build it first`);
  }
  const archived = existsSync(archiveDir)
    ? readdirSync(archiveDir)
        .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && v !== dataVersion)
        .flatMap((version) =>
          filesIn(join(archiveDir, version)).map((file) => ({
            version,
            file,
            path: join(archiveDir, version, file),
          })),
        )
    : [];
  return [...files, ...archived];
}

export function currentDownloads(): DownloadFile[] {
  return downloadFiles().filter((d) => d.version === dataVersion);
}

export function archivedVersions(): string[] {
  return [...new Set(downloadFiles().map((d) => d.version))].filter((v) => v !== dataVersion);
}

export function describeFile(file: string): string {
  if (file === 'datapackage.json')
    return 'Frictionless Data Package: every table, its schema, licenses, sources';
  if (file.endsWith('.csl.json')) return 'Sources as CSL-JSON, for reference managers';
  if (file === 'meta.json') return 'Release metadata: the data version';
  const table = file.replace(/\.(csv|json)$/, '');
  return `${table} table as ${file.endsWith('.csv') ? 'CSV' : 'JSON'}`;
}

export function readDownload(path: string): Buffer {
  return readFileSync(path);
}
