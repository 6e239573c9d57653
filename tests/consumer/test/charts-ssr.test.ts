import { charts } from '@ua-drones/charts';
import { createDocument, renderToString } from '@ua-drones/charts/ssr';
import { events, figures, partnerships } from '@ua-drones/data';
import { expect, inject, test } from 'vitest';
import { run, transcript } from '../src/run.ts';

const { projectDir } = inject('consumer');
const name = Object.keys(charts)[0] as keyof typeof charts;

test(`@ua-drones/charts renders the ${name} chart to SVG in Node from the installed tarballs`, async () => {
  const result = await run(process.execPath, ['render-chart.mjs', name], { cwd: projectDir });
  expect(result.code, transcript(result)).toBe(0);
  const installed = JSON.parse(result.stdout) as { title: string; records: string[]; svg: string };

  expect(installed.records.length).toBeGreaterThan(0);
  expect(installed.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/);
  expect(installed.svg.endsWith('</svg>')).toBe(true);
  const escapedTitle = installed.title.replaceAll('&', '&amp;').replaceAll("'", '&apos;');
  expect(installed.svg).toContain(`>${escapedTitle}</title>`);

  // The tarballs draw exactly what the workspace sources draw.
  const chart = charts[name];
  const records = chart.select({ figures, events, partnerships });
  expect(installed.records).toEqual(records.map(({ id }) => id));
  expect(installed.svg).toBe(renderToString(chart.render(records, { document: createDocument() })));
});
