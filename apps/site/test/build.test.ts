import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';

const dist = new URL('../dist/', import.meta.url);

test('the home page shows the data version and an inline chart', async () => {
  const html = await readFile(new URL('index.html', dist), 'utf8');
  expect(html).toMatch(/data-version>\d+\.\d+\.\d+</);
  expect(html).toContain('<svg');
});
