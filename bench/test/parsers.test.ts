import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroPhases } from '../src/lib/astro-log.ts';
import { htmlParts, splice } from '../src/lib/html.ts';
import { parseTimeReport } from '../src/lib/run.ts';
import { parseTurboSummary } from '../src/sections/builds.ts';
import { unpackedSize } from '../src/sections/data-package.ts';

describe('astroPhases', () => {
  test('reads the page generation time and how long each build-done hook was waited for', () => {
    const log = [
      '10:00:00 [build] output: "static"',
      '10:01:10 \u001b[32m[build] ✓ Completed in 1m 10.5s.\u001b[39m',
      '10:01:20 [build] Waiting for integration "ua-drones:og-images", hook "astro:build:done"...',
      '10:01:50 [build] Waiting for integration "ua-drones:pagefind", hook "astro:build:done"...',
      '10:02:05 [build] 10033 page(s) built in 125.00s',
    ].join('\n');
    expect(astroPhases(log)).toEqual({
      pagesMs: 70_500,
      hooks: [
        { integration: 'ua-drones:og-images', ms: 30_000 },
        { integration: 'ua-drones:pagefind', ms: 15_000 },
      ],
      stoppedIn: null,
    });
  });

  test('names the hook a stopped build was waiting for, across midnight', () => {
    const log = [
      '23:59:50 [build] ✓ Completed in 42.61s.',
      '23:59:55 [build] Waiting for integration "ua-drones:og-images", hook "astro:build:done"...',
    ].join('\n');
    expect(astroPhases(log)).toEqual({
      pagesMs: 42_610,
      hooks: [],
      stoppedIn: 'ua-drones:og-images',
    });
    expect(astroPhases('no timings here').pagesMs).toBeNaN();
  });
});

test('parseTimeReport reads peak memory and CPU time from the last line of GNU time', () => {
  expect(parseTimeReport('Command exited with non-zero status 1\n204800 1.50 0.25\n')).toEqual({
    maxRss: 204_800 * 1024,
    cpuMs: 1750,
  });
  expect(parseTimeReport('')).toEqual({ maxRss: Number.NaN, cpuMs: Number.NaN });
});

test('parseTurboSummary reads the cached and total tasks of a run', () => {
  const output = ' Tasks:    3 successful, 3 total\nCached:    2 cached, 3 total\n  Time:    1.2s';
  expect(parseTurboSummary(output)).toEqual({ cached: 2, tasks: 3 });
  expect(parseTurboSummary('turbo crashed').cached).toBeNaN();
});

test('unpackedSize sums the files of a .tgz as npm would unpack it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ua-bench-test-'));
  try {
    mkdirSync(join(dir, 'package/dist'), { recursive: true });
    writeFileSync(join(dir, 'package/package.json'), '{}');
    writeFileSync(join(dir, 'package/dist/index.js'), 'x'.repeat(1500));
    execFileSync('tar', ['-czf', 'p.tgz', 'package'], { cwd: dir });
    expect(unpackedSize(readFileSync(join(dir, 'p.tgz')))).toEqual({ bytes: 1502, files: 2 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('htmlParts', () => {
  const html = [
    '<!doctype html><html><head><style>p{}</style><script>let a=1</script>',
    '<script src="/x.js"></script></head><body>',
    '<figure data-chart="timeline"><div class="chart-svg"><svg><g><svg></svg></g></svg></div></figure>',
    '<figure data-chart="cost"></figure></body></html>',
  ].join('');

  test('splits out outermost SVGs, inline scripts and styles, and chart slots', () => {
    const parts = htmlParts(html);
    expect(parts.svg).toEqual(['<svg><g><svg></svg></g></svg>']);
    expect(parts.inlineScripts).toEqual(['let a=1']);
    expect(parts.inlineStyles).toEqual(['p{}']);
    expect(parts.charts.map((c) => c.name)).toEqual(['timeline', 'cost']);
    const [timeline, cost] = parts.charts;
    const inner = timeline?.svgContainerInner;
    expect(inner && html.slice(inner.start, inner.end)).toBe('<svg><g><svg></svg></g></svg>');
    expect(cost?.svgContainerInner).toBeNull();
  });

  test('splice replaces spans in any order', () => {
    expect(
      splice('abcdef', [
        { start: 4, end: 6, text: 'X' },
        { start: 0, end: 1, text: 'Y' },
      ]),
    ).toBe('YbcdX');
  });
});
