import { expect, test } from 'vitest';
import { barChart } from '../src/index.js';
import { createDocument, renderToString } from '../src/ssr.js';

test('barChart draws one rect per datum', () => {
  const svg = renderToString(
    barChart(
      [
        { label: 'a', value: 1 },
        { label: 'b', value: 2 },
      ],
      { document: createDocument() },
    ),
  );
  expect(svg.match(/<rect /g)).toHaveLength(2);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
});
