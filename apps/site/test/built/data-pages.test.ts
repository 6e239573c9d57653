import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { figures, sources } from '@ua-drones/data';
import { expect, test } from 'vitest';
import { expectNone } from './lib/findings.ts';
import { figReferences } from './lib/report-references.ts';
import { distDir, siteRoot } from './lib/site-dist.ts';

const reportDir = join(siteRoot, 'src/content/report');

// Pass vacuously only where the data itself has nothing: each list is what @ua-drones/data exports.
test('every figure in @ua-drones/data has its page at /data/figures/<id>/', () => {
  const missing = figures
    .map((figure) => figure.id)
    .filter((id) => !existsSync(join(distDir, 'data/figures', id, 'index.html')))
    .map((id) => `/data/figures/${id}/`);
  console.info(`figure pages: ${figures.length} figures, ${missing.length} without a page`);
  expectNone('figures without a page', missing);
});

test('every source in @ua-drones/data has its page at /sources/<id>/', () => {
  const missing = sources
    .map((source) => source.id)
    .filter((id) => !existsSync(join(distDir, 'sources', id, 'index.html')))
    .map((id) => `/sources/${id}/`);
  console.info(`source pages: ${sources.length} sources, ${missing.length} without a page`);
  expectNone('sources without a page', missing);
});

test('every <Fig id> in the report chapters names a figure of @ua-drones/data', {
  timeout: 30_000,
}, async () => {
  const ids = new Set(figures.map((figure) => figure.id));
  const references = await figReferences(reportDir);
  const unresolved = references
    .filter((reference) => !ids.has(reference.id))
    .map((r) => `src/content/report/${r.file}:${r.line}: <Fig id="${r.id}"> is not a figure id`);
  console.info(`<Fig> references: ${references.length}, ${unresolved.length} unresolved`);
  expectNone('unresolved <Fig> references', unresolved);
  expect(figures.length, '@ua-drones/data exports no figures').toBeGreaterThan(0);
});
