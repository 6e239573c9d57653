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

// A row label names its bar in short; who said a figure, and how hedged, goes in the subtitle or
// the note, which say it for each bar they concern.
test.each(['production', 'reach', 'air-defense', 'demand'] as const)(
  '%s labels each bar of the real data in at most 35 characters',
  (name) => {
    const chart = charts[name];
    const svg = chart.render(chart.select(data), { document: createDocument() });
    // Plot sets the labels' group apart by its opacity; the value labels are fully opaque.
    const labels = Array.from(
      svg.querySelectorAll(':scope > g[text-anchor="middle"] g[fill-opacity="0.8"] > text'),
    ).map((text) => text.textContent ?? '');
    expect(labels).not.toHaveLength(0);
    expect(labels.filter((label) => label.length > 35)).toEqual([]);
  },
);
