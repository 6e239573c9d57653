import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  allowedHashes,
  isHashAllowed,
  parsePolicy,
  policyProblems,
  scanSecurity,
} from './lib/csp.ts';
import { parseHtml } from './lib/html.ts';
import { checkLinks } from './lib/link-check.ts';

// The checkers themselves, on small made-up sites: each must catch what it exists to catch.
const work = await mkdtemp(join(tmpdir(), 'ua-drones-checkers-'));
afterAll(() => rm(work, { recursive: true, force: true }));

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(work, 'site-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('link check', () => {
  test('finds missing files, missing fragments, missing trailing slashes and links outside BASE', async () => {
    const dir = await site({
      'index.html': page(
        [
          '<a href="/ua/data/">ok</a>',
          '<a href="/ua/data/#table">ok fragment</a>',
          '<a href="#top">top</a>',
          '<a href="https://example.org/">external</a>',
          '<a href="/ua/nope/">missing</a>',
          '<a href="/ua/data/#nope">missing fragment</a>',
          '<a href="/ua/data">no slash</a>',
          '<a href="/data/">outside base</a>',
          '<img src="/ua/img.png" alt="">',
        ].join(''),
      ),
      'data/index.html': page('<table id="table"></table>'),
      'style.css': 'body { background: url(/ua/bg.png) }',
    });
    const report = await checkLinks({ dir, origin: 'https://x.example', base: '/ua/' });
    expect(report.broken.map((b) => [b.url, b.problem])).toEqual([
      ['/ua/nope/', 'no such file in the build (nope/index.html)'],
      ['/ua/data/#nope', 'no element with id "nope" on data/index.html'],
      ['/ua/data', 'missing trailing slash (the site uses trailingSlash: always)'],
      ['/data/', 'outside the base path /ua/'],
      ['/ua/img.png', 'no such file in the build (img.png)'],
      ['/ua/bg.png', 'no such file in the build (bg.png)'],
    ]);
  });
});

describe('Content-Security-Policy', () => {
  test('rejects unhashed inline script, wildcards and other origins; accepts hashes', () => {
    expect(
      policyProblems(parsePolicy("default-src 'self'; script-src 'self' 'unsafe-inline'")),
    ).toEqual(["script sources allow 'unsafe-inline' without hashes"]);
    expect(policyProblems(parsePolicy("img-src 'self' https://cdn.example"))).toEqual([
      'neither script-src nor default-src: inline script is allowed',
      'img-src allows another origin: https://cdn.example',
    ]);
    expect(
      policyProblems(parsePolicy("default-src 'self'; script-src 'self' 'sha256-abc='")),
    ).toEqual([]);
  });

  test('matches inline scripts to their sha256 and finds handlers and late policies', () => {
    const script = 'document.documentElement.dataset.theme = "dark";';
    const sha = createHash('sha256').update(script).digest('base64');
    const policy = parsePolicy(`script-src 'self' 'sha256-${sha}'`);
    expect(isHashAllowed(script, allowedHashes(policy))).toBe(true);
    expect(isHashAllowed(`${script} `, allowedHashes(policy))).toBe(false);

    const security = scanSecurity(
      parseHtml(
        `<!doctype html><html><head><script>${script}</script><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script type="application/ld+json">{}</script></head><body><button onclick="x()">x</button><a href="javascript:void 0">y</a></body></html>`,
      ),
    );
    expect(security.inlineScripts.map((s) => s.text)).toEqual([script]);
    expect(security.placement).toEqual([
      'the CSP meta comes after <script> (line 1), which it cannot protect',
    ]);
    expect(security.inlineHandlers).toHaveLength(2);
  });
});
