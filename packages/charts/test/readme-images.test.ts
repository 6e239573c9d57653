import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The README shows the snapshots under test/output; its alt texts are written by hand, so a chart
// retitled in code would leave the README describing a chart that no longer exists.
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const IMAGE = /!\[([^\]]*)\]\([^)]*\/test\/output\/([\w-]+)\.svg\)/g;

const ENTITIES: Record<string, string> = {
  '&apos;': "'",
  '&quot;': '"',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
};
const titleOf = (name: string) => {
  const svg = readFileSync(new URL(`./output/${name}.svg`, import.meta.url), 'utf8');
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];
  if (title === undefined) throw new Error(`test/output/${name}.svg has no <title>`);
  return title.replace(/&\w+;/g, (entity) => ENTITIES[entity] ?? entity);
};

test("each chart image in the README is described by its snapshot's title", () => {
  const images = [...README.matchAll(IMAGE)].map(([, alt, name]) => ({ name, alt }));
  expect(images.length).toBeGreaterThan(0);
  expect(images).toEqual(images.map(({ name }) => ({ name, alt: titleOf(name as string) })));
});
