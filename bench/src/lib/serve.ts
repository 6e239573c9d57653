import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
]);

/** How the bench serves the pages it measures, for the report's method text. */
export const SERVED_AS =
  'from 127.0.0.1 as GitHub Pages (where the site is deployed) serves it: HTML, CSS, JS, JSON, SVG, XML, CSV and plain text gzip-compressed whenever the browser accepts gzip, a folder as its index.html';

/**
 * Serves a built site from one folder (see SERVED_AS). Responses may be revalidated but are not
 * marked no-store (that would bar the back/forward cache, which Lighthouse audits).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (
        COMPRESSIBLE.has(extname(path)) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        let body = gzipped.get(path);
        if (!body) {
          body = gzipSync(readFileSync(path), { level: 9 });
          gzipped.set(path, body);
        }
        response.writeHead(200, {
          ...headers,
          'content-encoding': 'gzip',
          'content-length': body.length,
        });
        response.end(body);
        return;
      }
      response.writeHead(200, { ...headers, 'content-length': statSync(path).size });
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
