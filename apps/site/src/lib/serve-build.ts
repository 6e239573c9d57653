import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 under `base`, like a static host: files as they are, a
 * missing file answered by `404.html` with status 404, and nothing outside `base`.
 */
export async function serveBuild(dir: string, base = '/'): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const notFoundFile = join(dir, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? await readFile(notFoundFile) : 'not found';
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFoundPage);
    };
    if (!req.url?.startsWith(base)) return notFound();
    req.url = `/${req.url.slice(base.length)}`;
    assets(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
