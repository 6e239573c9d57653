import * as data from '@ua-drones/data';
import { describe, expect, test } from 'vitest';
import { ChartInputError, charts } from '../src/index.js';
import { createDocument } from '../src/ssr.js';

const chart = charts.production;
const records = chart.select(data);

describe('render(records, { width })', () => {
  test.each([
    [-5, 'width -5'],
    [0, 'width 0'],
    [Number.NaN, 'width NaN'],
    [120, 'width 120'],
    ['400' as never, 'width "400"'],
  ])('width %s throws a ChartInputError naming it and what is accepted', (width, named) => {
    const render = () => chart.render(records, { document: createDocument(), width });
    expect(render).toThrow(ChartInputError);
    expect(render).toThrow(
      `production: ${named} is not a number of CSS pixels of at least 200 (the default is 400)`,
    );
  });
});

describe('select(data)', () => {
  test.each([
    [{}, 'an object with no keys: "figures" is not an array'],
    [{ figures: data.figures }, 'an object with figures: "events" is not an array'],
    [undefined, 'undefined: "figures" is not an array'],
  ])('select(%o) throws a ChartInputError naming the missing table', (given, named) => {
    const select = () => chart.select(given as never);
    expect(select).toThrow(ChartInputError);
    expect(select).toThrow(
      `production: select: expects the tables of @ua-drones/data ({ figures, events, partnerships }, e.g. \`import * as data from '@ua-drones/data'\`), got ${named}`,
    );
  });
});

test('a record of the wrong kind is named with its article: "is an event"', () => {
  const [event] = charts.timeline.select(data);
  expect(() => chart.describe([event as never])).toThrow(/: is an event; expects /);
});
