import { readFileSync } from 'node:fs';
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

test('the installed @ua-drones/charts/charts.css holds the stylesheet a chart leaves out on request', async () => {
  const result = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "console.log(import.meta.resolve('@ua-drones/charts/charts.css'))",
    ],
    { cwd: projectDir },
  );
  expect(result.code, transcript(result)).toBe(0);
  const css = readFileSync(new URL(result.stdout.trim()), 'utf8');
  const chart = charts[name];
  const records = chart.select({ figures, events, partnerships });
  const svg = renderToString(chart.render(records, { document: createDocument() }));
  const inline = /<style>([^<]*)<\/style>/.exec(svg)?.[1];
  expect(inline?.length).toBeGreaterThan(0);
  expect(css.replace(/\/\*[\s\S]*?\*\/\s*/g, '').replaceAll('\n', '')).toBe(inline);
  const bare = renderToString(
    chart.render(records, { document: createDocument(), stylesheet: false }),
  );
  expect(bare).not.toContain('<style');
});
