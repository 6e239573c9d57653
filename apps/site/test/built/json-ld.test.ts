/**
 * Structured data as search engines read it: every Dataset node complete on its own (Google's
 * required and recommended fields), every figure's value published with its qualifier kept, and
 * the report dated; every source page stating only what the data knows of its source.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { figures, sources } from '@ua-drones/data';
import { expect, test } from 'vitest';
import { expectNone } from './lib/findings.ts';
import { distDir, listFiles } from './lib/site-dist.ts';

type Node = Record<string, unknown>;

async function jsonLd(rel: string): Promise<Node[]> {
  const html = await readFile(join(distDir, rel), 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1] as string) as Node,
  );
}

/** Every object in a JSON-LD tree whose @type is `type`. */
function nodesOf(value: unknown, type: string): Node[] {
  if (Array.isArray(value)) return value.flatMap((item) => nodesOf(item, type));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Node;
  const own = node['@type'] === type ? [node] : [];
  return [...own, ...Object.values(node).flatMap((child) => nodesOf(child, type))];
}

const DATASET_FIELDS = [
  'name',
  'description',
  'license',
  'creator',
  'distribution',
  'keywords',
  'temporalCoverage',
  'spatialCoverage',
];

test('every Dataset node on every page has what Google asks of a data set', {
  timeout: 60_000,
}, async () => {
  const pages = (await listFiles(distDir)).filter((file) => file.endsWith('.html'));
  const incomplete: string[] = [];
  let count = 0;
  for (const page of pages) {
    for (const dataset of (await jsonLd(page)).flatMap((node) => nodesOf(node, 'Dataset'))) {
      count++;
      const missing = DATASET_FIELDS.filter((field) => {
        const value = dataset[field];
        return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      });
      if (missing.length > 0) incomplete.push(`${page}: Dataset without ${missing.join(', ')}`);
    }
  }
  console.info(`JSON-LD: ${count} Dataset nodes on ${pages.length} pages`);
  expect(count).toBeGreaterThan(figures.length);
  expectNone('incomplete Dataset nodes', incomplete);
});

test('every figure page publishes its value with its qualifier', async () => {
  const wrong: string[] = [];
  for (const figure of figures) {
    const [claim] = await jsonLd(`data/figures/${figure.id}/index.html`);
    const value = nodesOf(claim, 'PropertyValue')[0] ?? {};
    const expected =
      figure.qualifier === 'exact' || figure.qualifier === 'approximately'
        ? { value: figure.value }
        : ['more-than', 'at-least'].includes(figure.qualifier)
          ? { minValue: figure.value }
          : { maxValue: figure.value };
    const [key, number] = Object.entries(expected)[0] as [string, number];
    if (value[key] !== number) wrong.push(`${figure.id}: ${key} is ${String(value[key])}`);
    if (figure.qualifier !== 'exact' && figure.qualifier !== 'approximately' && 'value' in value)
      wrong.push(`${figure.id}: "${figure.qualifier}" published as an exact value`);
  }
  expectNone('figure values without their qualifier', wrong);
  const [lithuania] = await jsonLd('data/figures/lt-population/index.html');
  expect(nodesOf(lithuania, 'PropertyValue')[0]).toMatchObject({
    maxValue: 3_000_000,
    description: 'less than 3 million people',
  });
});

test('the report says when it was first published and last changed', async () => {
  const [article] = (await jsonLd('index.html')).flatMap((node) => nodesOf(node, 'Article'));
  expect(article).toBeDefined();
  expect(String(article?.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(String(article?.dateModified)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(String(article?.dateModified) >= String(article?.datePublished)).toBe(true);
});

test('a source page states only what the data knows: no inferred date as datePublished', async () => {
  const wrong: string[] = [];
  for (const source of sources) {
    const [page] = await jsonLd(`sources/${source.id}/index.html`);
    const article = (page?.about ?? {}) as Node;
    const says = (field: string) => field in article;
    if (says('temporalCoverage')) wrong.push(`${source.id}: its date given as temporalCoverage`);
    if (source.dateInferred ? says('datePublished') : article.datePublished !== source.date)
      wrong.push(
        `${source.id}: datePublished ${String(article.datePublished)}, date ${source.date}`,
      );
    if (source.dateInferred && !String(article.description).includes('inferred'))
      wrong.push(`${source.id}: the inferred date is not said to be inferred`);
    if (
      source.publisherInferred &&
      !String(article.description).includes(`inferred as ${source.publisher}`)
    )
      wrong.push(`${source.id}: the inferred publisher is not said to be inferred`);
    for (const [field, known] of [
      ['author', source.author !== null],
      ['publisher', source.publisher !== null && !source.publisherInferred],
      ['headline', source.titleGiven],
    ] as const) {
      if (says(field) !== known)
        wrong.push(`${source.id}: ${field} ${known ? 'missing' : 'invented'}`);
    }
  }
  expectNone('source pages stating more or less than the data', wrong);
  // An unsigned rewrite of an op-ed is not itself an opinion piece: an Article based on the op-ed.
  const rewrite = sources.find((s) => s.id === 'global-rush-drone-training');
  const [page] = await jsonLd('sources/global-rush-drone-training/index.html');
  expect(rewrite?.kind).toBe('op-ed');
  expect(page?.about).toMatchObject({
    '@type': 'Article',
    isBasedOn: {
      name: rewrite?.provenance.isBasedOn?.title,
      author: { name: rewrite?.provenance.isBasedOn?.author },
      sameAs: rewrite?.provenance.isBasedOn?.url,
    },
  });
});
