import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from '../src/lib/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'ua-bench-serve-'));
const html = `<!doctype html><title>t</title>${'<p>words</p>'.repeat(200)}`;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data/index.html'), html);
  writeFileSync(join(root, 'font.woff2'), Buffer.alloc(300, 7));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET: unlike fetch, it leaves the body as sent, compressed or not. */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      request(`${server.origin}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

test('serves text gzip-compressed to a browser that accepts it, as a static host does', async () => {
  const response = await get('/data/', 'gzip, deflate, br, zstd');
  expect(response.status).toBe(200);
  expect(response.headers['content-encoding']).toBe('gzip');
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers.vary).toBe('accept-encoding');
  expect(response.body.length).toBeLessThan(html.length / 5);
  expect(gunzipSync(response.body).toString()).toBe(html);
});

test('serves text as is without gzip, and fonts and images always as is', async () => {
  const plain = await get('/data/index.html');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(html);
  const font = await get('/font.woff2', 'gzip');
  expect(font.headers['content-encoding']).toBeUndefined();
  expect(font.body.length).toBe(300);
});

test('answers 404 for a missing file and 403 outside the folder', async () => {
  expect((await get('/nope/')).status).toBe(404);
  expect((await get('/..%2F..%2Fetc%2Fpasswd')).status).toBe(403);
});
