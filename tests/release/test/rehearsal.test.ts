/**
 * Two releases, rehearsed against a real registry (Verdaccio on loopback, throwaway storage,
 * serving only the project's scope) with the project's own commands, in a checkout of the working
 * tree:
 *
 *   1. `pnpm run version-packages` and `pnpm run release` publish the pending changesets; a fresh
 *      npm project installs both packages from the registry and uses them.
 *   2. A fixture correction (two figures, an event, a partnership and a quote, each with an
 *      erratum) goes out as the next patch: the new version serves the corrected values, the old
 *      one is unchanged, and the changelog shows the correction.
 *   3. The site is built once, from the correction's commit, as the Pages job deploys it: it
 *      serves the first release's files byte for byte and the new release's, the feed has both
 *      entries, the corrected records are marked, and the citation pinned to the first version
 *      resolves. A build after the first release would prove nothing this one does not: the old
 *      version's files are compared with its tarball, and the cite page pins each version's
 *      citation the same way.
 *
 * Tests run in order (Vitest runs a file's tests one after the other) and each depends on the ones
 * before; a failure in one fails the rest with a pointer to it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Checkout, checkout } from '../src/checkout.ts';
import { ConsumerProject } from '../src/consumer.ts';
import {
  applyCorrections,
  type Correction,
  chooseCorrections,
  type Erratum,
} from '../src/correction.ts';
import {
  downloadTarball,
  type PublishedVersion,
  publishedVersion,
  type Registry,
  startRegistry,
} from '../src/registry.ts';
import { runOrThrow } from '../src/run.ts';
import { hashDataFiles, hashFiles, unpack } from '../src/tarball.ts';

const SITE = 'https://example.org';
const BASE = '/ua-drones/';
const root = await mkdtemp(join(tmpdir(), 'ua-drones-rehearsal-'));
const started = performance.now();
let registry: Registry;
let repo: Checkout;

beforeAll(async () => {
  // Independent: Verdaccio starts while the checkout is copied and installed. Both are awaited
  // before failing, so that afterAll closes a registry that did start.
  const [started, copied] = await Promise.allSettled([
    startRegistry(join(root, 'registry')),
    checkout(join(root, 'repo')),
  ]);
  if (started.status === 'fulfilled') registry = started.value;
  if (copied.status === 'fulfilled') repo = copied.value;
  for (const result of [started, copied]) if (result.status === 'rejected') throw result.reason;
  log(`registry ${registry.url}, checkout and pnpm install ready`);
}, 600_000);

afterAll(async () => {
  await registry?.close();
  // Set KEEP_REHEARSAL=1 to look at the checkout, the registry storage and the consumer projects.
  if (process.env.KEEP_REHEARSAL) console.info(`release rehearsal: kept ${root}`);
  else await rm(root, { recursive: true, force: true });
  log('done');
});

function log(message: string) {
  console.info(
    `release rehearsal (${((performance.now() - started) / 1000).toFixed(0)} s): ${message}`,
  );
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#39;')
    .replace(/"/g, '&quot;');

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8'));
const version = async (pkg: 'data' | 'charts') =>
  (await readJson<{ version: string }>(join(repo.dir, 'packages', pkg, 'package.json'))).version;

/** What one release put on the registry. */
interface Release {
  data: PublishedVersion;
  charts: PublishedVersion | undefined;
  /** The data tarball's files, unpacked. */
  dataPackage: string;
  dataTarballBytes: number;
  /** Hashes of the tarball's data files (`dist/data/*.{csv,json}`), by file name. */
  dataFiles: Record<string, string>;
  /** Hashes of apps/site/data-archive/<version>/ as `version-packages` wrote it. */
  archived: Record<string, string>;
}
const releases: Release[] = [];

/**
 * The packages `changeset publish` reports it published and tagged, read from the file named by
 * CHANGESETS_OUTPUT as changesets/action does to set its `published` output (which deploys the
 * site): a release that reports nothing deploys nothing.
 */
async function reportedTags(file: string): Promise<string[]> {
  const lines = existsSync(file) ? (await readFile(file, 'utf8')).split('\n') : [];
  return lines
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { type: string; tag: string })
    .filter((event) => event.type === 'git-tag')
    .map((event) => event.tag)
    .sort();
}

/** `version-packages`, commit, `release`; returns what the registry then serves. */
async function versionAndPublish(label: string): Promise<Release> {
  const before = { data: await version('data'), charts: await version('charts') };
  await repo.script('version-packages');
  // The Version packages pull request, merged.
  await repo.commit('Version packages');
  const after = { data: await version('data'), charts: await version('charts') };
  expect(semver.gt(after.data, before.data), `data ${before.data} -> ${after.data}`).toBe(true);

  const output = join(root, `changesets-output-${after.data}.ndjson`);
  const published = await repo.script('release', {
    NPM_CONFIG_USERCONFIG: registry.userconfig,
    CHANGESETS_OUTPUT: output,
  });
  const data = await publishedVersion(registry.url, '@ua-drones/data', after.data);
  expect(
    data,
    `@ua-drones/data@${after.data} is not on the registry:\n${published.output}`,
  ).toBeDefined();
  const chartsBumped = after.charts !== before.charts;
  const charts = await publishedVersion(registry.url, '@ua-drones/charts', after.charts);
  expect(charts, `@ua-drones/charts@${after.charts} is not on the registry`).toBeDefined();
  const expectedTags = [
    ...(chartsBumped ? [`@ua-drones/charts@${after.charts}`] : []),
    `@ua-drones/data@${after.data}`,
  ];
  expect(await reportedTags(output), published.output).toEqual(expectedTags);
  const tags = (await repo.git('tag', '--list')).stdout.split('\n');
  expect(tags).toEqual(expect.arrayContaining(expectedTags));

  const bytes = await downloadTarball(data as PublishedVersion);
  const dataPackage = await unpack(bytes, join(root, 'tarballs', `data-${after.data}`));
  const archiveDir = join(repo.dir, 'apps/site/data-archive', after.data);
  expect(existsSync(archiveDir), `version-packages archived nothing in ${archiveDir}`).toBe(true);
  const archived = await hashFiles(archiveDir);
  const chartsBytes = chartsBumped ? (await downloadTarball(charts as PublishedVersion)).length : 0;
  log(
    `${label}: published @ua-drones/data@${after.data} (${bytes.length} bytes, ${data?.integrity})` +
      (chartsBumped
        ? ` and @ua-drones/charts@${after.charts} (${chartsBytes} bytes, ${charts?.integrity})`
        : '') +
      `; archived ${Object.keys(archived).length} files:\n${Object.entries(archived)
        .map(([file, hash]) => `    ${hash}  ${file}`)
        .join('\n')}`,
  );
  return {
    data: data as PublishedVersion,
    charts: chartsBumped ? charts : undefined,
    dataPackage,
    dataTarballBytes: bytes.length,
    dataFiles: await hashDataFiles(join(dataPackage, 'dist/data')),
    archived,
  };
}

/** The path in a built site of one of its absolute URLs. */
const fileOf = (site: string, url: string) => {
  const prefix = `${SITE}${BASE}`;
  if (!url.startsWith(prefix)) throw new Error(`${url} is not under ${prefix}`);
  const path = url.slice(prefix.length);
  return join(site, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
};

function requireStep<T>(value: T | undefined, step: string): T {
  if (value === undefined) throw new Error(`an earlier step failed: ${step}`);
  return value;
}

describe('the first release', () => {
  test('version-packages and release publish both packages and archive the data files', async () => {
    const release = await versionAndPublish('first release');
    // Byte for byte what the tarball holds: the site serves these at /data/v/<version>/.
    expect(release.archived).toEqual(release.dataFiles);
    expect(Object.keys(release.archived)).toEqual(
      expect.arrayContaining(['figures.csv', 'figures.json', 'datapackage.json']),
    );
    releases.push(release);
  }, 600_000);

  test('a fresh npm project installs both from the registry and uses them', async () => {
    const { data } = requireStep(releases[0], 'the first release');
    const charts = await version('charts');
    const manifest = await readJson<{
      devDependencies: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    }>(join(repo.dir, 'packages/charts/package.json'));
    // The optional peers a consumer rendering on the server adds, at the versions the project
    // tests with.
    const peers = Object.entries(manifest.peerDependenciesMeta ?? {})
      .filter(([, meta]) => meta.optional)
      .map(([name]) => {
        const tested = manifest.devDependencies[name];
        if (!tested) throw new Error(`@ua-drones/charts has no devDependency on its peer ${name}`);
        return `${name}@${tested}`;
      });
    const consumer = await ConsumerProject.create(
      join(root, 'consumer-first'),
      registry.scopeConfig,
    );
    await consumer.install(
      `@ua-drones/data@${data.version}`,
      `@ua-drones/charts@${charts}`,
      ...peers,
    );
    expect((await consumer.installedManifest('@ua-drones/data')).version).toBe(data.version);
    log(`installed @ua-drones/data@${data.version} and @ua-drones/charts@${charts} with npm`);

    // ESM import, the JSON and the CSV subpaths agree with the tables the release built.
    const built = await readJson<{ id: string; value: number; label: string }[]>(
      join(repo.dir, 'packages/data/dist/data/figures.json'),
    );
    const figure = built[0] as (typeof built)[number];
    const read = await consumer.node<{
      resolved: string;
      dataVersion: string;
      fromMainEntry: typeof figure;
      fromJson: typeof figure;
      csv: string;
    }>('read-data.mjs', figure.id);
    expect(read.resolved).toBe(
      pathToFileURL(join(consumer.dir, 'node_modules/@ua-drones/data/dist/index.js')).href,
    );
    expect(read.dataVersion).toBe(data.version);
    expect(read.fromMainEntry).toEqual(figure);
    expect(read.fromJson).toEqual(figure);
    expect(read.csv).toContain(`\n${figure.id},`);

    // A chart rendered to SVG on the server from the installed packages.
    const chart = await consumer.node<{ title: string; records: number; svg: string }>(
      'render-chart.mjs',
    );
    expect(chart.records).toBeGreaterThan(0);
    expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/);
    const title = chart.title.replaceAll('&', '&amp;').replaceAll("'", '&apos;');
    expect(chart.svg).toContain(`>${title}</title>`);

    // Types with tsc, from the installed declarations.
    const typecheck = await consumer.typecheck();
    expect(typecheck.code, typecheck.output).toBe(0);
  }, 600_000);
});

let corrections: Map<Correction, Erratum>;
/** The project that installed the corrected version. */
let corrected: ConsumerProject;
const summary =
  'Correct two figures, an event, a partnership and a quote (a fixture of the release rehearsal).';

describe('a correction, released as the next patch', () => {
  test('the records are corrected with errata, versioned and published as a patch', async () => {
    const first = requireStep(releases[0], 'the first release');
    const next = semver.inc(first.data.version, 'patch') as string;
    const chosen = await chooseCorrections(join(repo.dir, 'packages/data'));
    const today = new Date().toISOString().slice(0, 10);
    corrections = await applyCorrections(join(repo.dir, 'packages/data/records'), chosen, {
      version: next,
      date: today,
    });
    await writeFile(
      join(repo.dir, '.changeset/rehearsal-correction.md'),
      `---\n"@ua-drones/data": patch\n---\n\n${summary}\n`,
    );
    await repo.commit('Correct four records');
    const release = await versionAndPublish('correction');
    expect(release.data.version).toBe(next);
    releases.push(release);
  }, 600_000);

  test('npm install @ua-drones/data@<new> serves the corrected values, each with its erratum', async () => {
    const { data } = requireStep(releases[1], 'the correction release');
    corrected = await ConsumerProject.create(join(root, 'consumer-new'), registry.scopeConfig);
    await corrected.install(`@ua-drones/data@${data.version}`);
    const [figure] = [...corrections.keys()].filter((c) => c.kind === 'figure');
    if (!figure) throw new Error('no figure was corrected');
    const read = await corrected.node<{
      dataVersion: string;
      fromMainEntry: { value: number; errata: Erratum[] };
      fromJson: { value: number };
      errata: (Erratum & { table: string; recordId: string })[];
    }>('read-data.mjs', figure.id);
    expect(read.dataVersion).toBe(data.version);
    expect(read.fromMainEntry.value).toBe(figure.new);
    expect(read.fromJson.value).toBe(figure.new);
    expect(read.fromMainEntry.errata).toEqual([corrections.get(figure)]);
    const tables = {
      figure: 'figures',
      event: 'events',
      partnership: 'partnerships',
      quote: 'quotes',
    };
    expect(read.errata).toEqual(
      expect.arrayContaining(
        [...corrections].map(([c, erratum]) => ({
          ...erratum,
          table: tables[c.kind],
          recordId: c.id,
        })),
      ),
    );
  }, 600_000);

  test('@<old> still installs from the registry, unchanged', async () => {
    const first = requireStep(releases[0], 'the first release');
    const second = requireStep(releases[1], 'the correction release');
    const now = await publishedVersion(registry.url, '@ua-drones/data', first.data.version);
    expect(now, 'the old version is gone from the registry').toEqual(first.data);
    const bytes = await downloadTarball(now as PublishedVersion);
    const unpacked = await unpack(
      bytes,
      join(root, 'tarballs', `data-${first.data.version}-again`),
    );
    expect(await hashDataFiles(join(unpacked, 'dist/data'))).toEqual(first.dataFiles);
    // The archive the first version-packages wrote is still there, unchanged.
    expect(await hashFiles(join(repo.dir, 'apps/site/data-archive', first.data.version))).toEqual(
      first.archived,
    );

    const old = await ConsumerProject.create(join(root, 'consumer-old'), registry.scopeConfig);
    await old.install(`@ua-drones/data@${first.data.version}`);
    const [figure] = [...corrections.keys()].filter((c) => c.kind === 'figure');
    const read = await old.node<{
      dataVersion: string;
      fromMainEntry: { value: number; errata: [] };
    }>('read-data.mjs', figure?.id ?? '');
    expect(read.dataVersion).toBe(first.data.version);
    expect(read.fromMainEntry).toMatchObject({ value: figure?.old, errata: [] });
    expect(second.data.integrity).not.toBe(first.data.integrity);
  }, 600_000);

  test('the changelog has the entry', async () => {
    const { data } = requireStep(releases[1], 'the correction release');
    const changelog = await readFile(join(repo.dir, 'packages/data/CHANGELOG.md'), 'utf8');
    const section = changelog.split(/^## /m).find((s) => s.startsWith(`${data.version}\n`));
    expect(section, changelog).toBeDefined();
    expect(section).toContain('### Patch Changes');
    expect(section).toContain(summary);
  }, 600_000);
});

describe('the site, built once from the correction as the Pages job deploys it', () => {
  let site: string;

  test('serves both versions byte for byte as their tarballs, the new one as released', async () => {
    const [first, second] = [
      requireStep(releases[0], 'the first release'),
      requireStep(releases[1], 'the correction release'),
    ];
    // The Pages job's build command (`pnpm run build` is `turbo run build`), on a runner without
    // turbo's cache: the data build dates each release from git, and the build cached by
    // `version-packages` ran before the Version packages commit that dates this one.
    await runOrThrow('pnpm', ['run', 'build', '--filter=@ua-drones/site...'], {
      cwd: repo.dir,
      env: repo.env({ SITE, BASE, TURBO_FORCE: 'true' }),
    });
    site = join(repo.dir, 'apps/site/dist');
    log(`site built from ${second.data.version}`);
    // Every data file of each version, as its tarball holds it (each version's page lists them).
    for (const release of [first, second]) {
      const served = await hashFiles(join(site, 'data/v', release.data.version));
      const { 'index.html': page, ...files } = served;
      expect(page, `data/v/${release.data.version}/index.html`).toBeDefined();
      expect(files, `data/v/${release.data.version}/`).toEqual(release.dataFiles);
    }
    // Released now: the cover says so (not a draft), and the data set has the date it was
    // published.
    const report = await readFile(join(site, 'index.html'), 'utf8');
    expect(report).toMatch(
      /<dt>Published<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}" data-release-date>Published /,
    );
    expect(report).toMatch(/<dt>Data<\/dt><dd><a [^>]*>The \w+ data release, of /);
    expect(report).toMatch(/"@type":"Dataset",[^<]*"datePublished":"\d{4}-\d{2}-\d{2}"/);
  }, 600_000);

  test('the Atom feed has an entry for each release', async () => {
    const [first, second] = [
      requireStep(releases[0], 'the first release'),
      requireStep(releases[1], 'the correction release'),
    ];
    const feed = await readFile(join(requireStep(site, 'the site build'), 'releases.xml'), 'utf8');
    const entry = feed
      .split('<entry>')
      .find((e) =>
        e.includes(
          `<id>https://www.npmjs.com/package/@ua-drones/data/v/${second.data.version}</id>`,
        ),
      );
    expect(entry, feed).toBeDefined();
    expect(entry).toContain(`<link href="${SITE}${BASE}data/v/${second.data.version}/"/>`);
    expect(entry).toContain(`&lt;li&gt;${summary}&lt;/li&gt;`);
    // The earlier release keeps its entry.
    expect(feed).toContain(`<link href="${SITE}${BASE}data/v/${first.data.version}/"/>`);
  }, 600_000);

  test('marks every corrected record "Corrected" with its history', async () => {
    const { data } = requireStep(releases[1], 'the correction release');
    const built = requireStep(site, 'the site build');
    const pkg = (await import(
      pathToFileURL(join(corrected.dir, 'node_modules/@ua-drones/data/dist/index.js')).href
    )) as typeof import('@ua-drones/data');
    const shown = (c: Correction, value: string | number) =>
      c.kind === 'figure' && typeof value === 'number'
        ? pkg.formatFigure({ ...pkg.getFigure(c.id), value }, { locale: 'en' })
        : String(value);
    for (const [c, erratum] of corrections) {
      const record =
        c.kind === 'figure'
          ? pkg.getFigure(c.id)
          : c.kind === 'event'
            ? pkg.getEvent(c.id)
            : c.kind === 'partnership'
              ? pkg.getPartnership(c.id)
              : pkg.getQuote(c.id);
      const page =
        c.kind === 'figure'
          ? join(built, 'data/figures', c.id, 'index.html')
          : join(built, 'sources', record.source, 'index.html');
      const html = await readFile(page, 'utf8');
      const at = html.indexOf(`id="corrected-${c.kind}-${c.id}"`);
      expect(at, `${page} has no correction for ${c.kind} ${c.id}`).toBeGreaterThan(0);
      const block = html.slice(at, html.indexOf('</aside>', at));
      expect(block).toContain('<span class="badge badge-errata">Corrected</span>');
      expect(block).toContain(`In data version ${erratum.version}`);
      expect(block).toContain(`<del>${escapeHtml(shown(c, c.old))}</del>`);
      expect(block).toContain(`<ins>${escapeHtml(shown(c, c.new))}</ins>`);
      expect(block).toContain(escapeHtml(erratum.reason));
    }
    expect(data.version).toBe(corrections.values().next().value?.version);
  }, 600_000);

  test('the data set cited as of the old version still resolves to that version', async () => {
    const [first, second] = [
      requireStep(releases[0], 'the first release'),
      requireStep(releases[1], 'the correction release'),
    ];
    const built = requireStep(site, 'the site build');
    // The cite page pins the data set's citation to the page of the version the site was built
    // from (routes.dataRelease(dataVersion)), so the first deployment's pinned the first version.
    const pinnedTo = (version: string) => `${SITE}${BASE}data/v/${version}/`;
    const cite = await readFile(join(built, 'cite/index.html'), 'utf8');
    const cited = new RegExp(
      // APA: "(Version x) [Dataset]. Publisher. URL" (or "Retrieved URL" where no publisher is named).
      `\\(Version ${second.data.version.replace(/\./g, '\\.')}\\) \\[Dataset\\]\\.[^<]*?(https?://[^\\s<]+)</p>`,
    ).exec(cite)?.[1];
    expect(cited).toBe(pinnedTo(second.data.version));
    const page = await readFile(fileOf(built, pinnedTo(first.data.version)), 'utf8');
    expect(page).toContain(`<h1>Data version ${first.data.version}</h1>`);
    log(
      `published ${releases.map((r) => `@ua-drones/data@${r.data.version} (${r.dataTarballBytes} bytes)`).join(', ')}`,
    );
  }, 600_000);
});
