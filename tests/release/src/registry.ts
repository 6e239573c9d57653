import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

/** A Verdaccio on loopback with throwaway storage, and an npm user config that publishes to it. */
export interface Registry {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  /** An npm user config (registry and token) for NPM_CONFIG_USERCONFIG; nothing else is read. */
  userconfig: string;
  close(): Promise<void>;
}

/**
 * Starts Verdaccio on 127.0.0.1 (a free port), storing packages under `dir`. The project's own
 * packages live only here; every other package comes through the uplink from `uplink`, the
 * registry this machine is configured with.
 */
export async function startRegistry(dir: string, uplink: string): Promise<Registry> {
  const app = await runServer({
    self_path: join(dir, 'config.yaml'),
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    // Metadata fetched once stays fresh for the whole rehearsal.
    uplinks: { upstream: { url: uplink, timeout: '120s', maxage: '60m' } },
    packages: {
      // Never proxied: what installs must be what the rehearsal published.
      '@ua-drones/*': { access: ['$all'], publish: ['$authenticated'], unpublish: [] },
      '**': { access: ['$all'], publish: ['$authenticated'], proxy: ['upstream'] },
    },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
    // biome-ignore lint/suspicious/noExplicitAny: Verdaccio's config type wants fields it defaults itself.
  } as any);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening)).on('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const token = await addUser(url);
  const userconfig = join(dir, 'npmrc');
  await writeFile(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return {
    url,
    userconfig,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Creates the publishing user, as `npm adduser` does, and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = 'rehearsal';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `pw-${process.pid}-${Date.now()}`, type: 'user' }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) {
    throw new Error(`Verdaccio refused the user (${response.status}): ${JSON.stringify(body)}`);
  }
  return body.token;
}

export interface PublishedVersion {
  name: string;
  version: string;
  tarball: string;
  integrity: string;
  shasum: string;
}

/** What the registry says about a published version (its packument entry). */
export async function publishedVersion(
  registry: string,
  name: string,
  version: string,
): Promise<PublishedVersion | undefined> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registry));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET ${name} from ${registry}: ${response.status}`);
  const packument = (await response.json()) as {
    versions: Record<string, { dist: { tarball: string; integrity: string; shasum: string } }>;
  };
  const dist = packument.versions[version]?.dist;
  return dist && { name, version, ...dist };
}

/** The tarball's bytes, checked against the integrity the registry gives for it. */
export async function downloadTarball(published: PublishedVersion): Promise<Buffer> {
  const response = await fetch(published.tarball);
  if (!response.ok) throw new Error(`GET ${published.tarball}: ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  if (integrity !== published.integrity) {
    throw new Error(
      `${published.name}@${published.version}: the tarball's sha512 is ${integrity}, the registry says ${published.integrity}`,
    );
  }
  return bytes;
}
