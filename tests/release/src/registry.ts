import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

/** A Verdaccio on loopback with throwaway storage, serving only the project's own scope. */
export interface Registry {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  /**
   * An npm user config for the release's commands (NPM_CONFIG_USERCONFIG): `registry=` this one
   * and its token, so that whatever `changeset publish` asks of a registry (`pnpm info`, `pnpm
   * publish`) comes here, and nothing can be published anywhere else.
   */
  userconfig: string;
  /**
   * The lines a consumer adds to its project's `.npmrc` to install the scope from here: the
   * scope's registry and the token for this host, nothing about the default registry.
   */
  scopeConfig: string;
  close(): Promise<void>;
}

const SCOPE = '@ua-drones';

/**
 * Starts Verdaccio on 127.0.0.1 (a free port), storing packages under `dir`. It serves the
 * project's scope and nothing else: no uplink, so it needs no network, and every other package
 * comes from the registry the consumer's npm is configured with, as it would for any consumer.
 */
export async function startRegistry(dir: string): Promise<Registry> {
  const app = await runServer({
    self_path: join(dir, 'config.yaml'),
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    packages: {
      [`${SCOPE}/*`]: { access: ['$all'], publish: ['$authenticated'], unpublish: [] },
      // Anything else asked of it is a mistake of the rehearsal's setup: a 404 that says "no such
      // package", not the 401 Verdaccio gives a package no rule names, and nothing published.
      '**': { access: ['$all'], publish: [], unpublish: [] },
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
  const auth = `//127.0.0.1:${port}/:_authToken=${await addUser(url)}\n`;
  const userconfig = join(dir, 'npmrc');
  await writeFile(userconfig, `registry=${url}\n${auth}`);
  return {
    url,
    userconfig,
    scopeConfig: `${SCOPE}:registry=${url}\n${auth}`,
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
