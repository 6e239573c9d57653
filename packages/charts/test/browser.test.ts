import { existsSync } from 'node:fs';
import * as data from '@ua-drones/data';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { charts } from '../src/index.js';
import { createDocument } from '../src/ssr.js';

const CHROMIUM = '/usr/bin/chromium';
// The switch for the browser checks, as in the site's tests: BROWSER_CHECKS=1 runs this (CI sets it
// and installs Chromium, and a missing browser then fails it); unset or 0, it is reported skipped.
const switchValue = process.env.BROWSER_CHECKS ?? '';
if (!['', '0', '1'].includes(switchValue)) {
  throw new Error(`BROWSER_CHECKS is "${switchValue}": set it to 1 (run the browser checks) or 0`);
}

// Renders every chart in a real browser from a bundle of the main entry, and checks it draws the
// same SVG as Node with jsdom: layout never measures text, so the two DOMs must agree exactly.
test('every chart renders in Chromium from the browser bundle, identical to Node', {
  timeout: 60_000,
}, async ({ skip }) => {
  skip(
    switchValue !== '1',
    'BROWSER_CHECKS is not 1: set BROWSER_CHECKS=1 to run the browser checks in Chromium',
  );
  expect(existsSync(CHROMIUM), `the browser checks need Chromium at ${CHROMIUM}`).toBe(true);
  const bundle = await build({
    stdin: {
      contents: `
          import * as data from '@ua-drones/data';
          import { charts } from './src/index.ts';
          window.rendered = Object.fromEntries(Object.entries(charts).map(([name, chart]) => {
            const svg = chart.render(chart.select(data));
            document.body.append(svg);
            const box = svg.getBoundingClientRect();
            return [name, { html: svg.outerHTML, width: box.width, height: box.height }];
          }));`,
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // Plot nudges marks by half a pixel for crisp lines on screens of device pixel ratio 1, and
    // not in Node or on denser screens: a ratio of 2 makes the browser's SVG comparable.
    const page = await browser.newPage({
      viewport: { width: 320, height: 800 },
      deviceScaleFactor: 2,
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><body style="margin:0"></body>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const rendered = (await page.evaluate('window.rendered')) as Record<
      string,
      { html: string; width: number; height: number }
    >;
    expect(errors).toEqual([]);
    expect(Object.keys(rendered)).toEqual(Object.keys(charts));
    for (const [name, chart] of Object.entries(charts)) {
      const inBrowser = rendered[name];
      expect(inBrowser?.width, name).toBeCloseTo(320, 0);
      expect(inBrowser?.height, name).toBeGreaterThan(100);
      const inNode = chart.render(chart.select(data), { document: createDocument() }).outerHTML;
      // Compared tag by tag so a failure shows which element differs.
      expect(inBrowser?.html.split('><'), name).toEqual(inNode.split('><'));
    }
  } finally {
    await browser.close();
  }
});
