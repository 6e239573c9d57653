import * as data from '@ua-drones/data';
import { expect, test } from 'vitest';
import { charts } from '../src/index.js';
import { createDocument, renderToString } from '../src/ssr.js';

// The other tests draw fixed fixture records; this one draws what the report draws, the real data
// through each chart's own selection, and holds it to the sizes the README promises. The site's
// tests check the real data's pages in depth.
test.each(Object.keys(charts) as (keyof typeof charts)[])(
  '%s renders the real data of @ua-drones/data within its byte budget',
  (name) => {
    const chart = charts[name];
    const svg = chart.render(chart.select(data), { document: createDocument() });
    expect(svg.querySelector('title')?.textContent).toBe(chart.title);
    // The map carries its outlines; the others stay small.
    const budget = name === 'europe' ? 60_000 : 20_000;
    expect(Buffer.byteLength(renderToString(svg))).toBeLessThanOrEqual(budget);
  },
);
