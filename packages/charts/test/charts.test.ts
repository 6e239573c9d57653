import * as data from '@ua-drones/data';
import { describe, expect, test } from 'vitest';
import { formatNumber, formatValue } from '../src/core/format.js';
import { ChartInputError, charts, tableToCsv } from '../src/index.js';
import { createDocument, renderToString } from '../src/ssr.js';
import { expectSnapshot } from './snapshot.js';

type Name = keyof typeof charts;
const names = Object.keys(charts) as Name[];
const tables = { figures: data.figures, events: data.events, partnerships: data.partnerships };
const render = (name: Name) => {
  const chart = charts[name];
  return chart.render(chart.select(tables), { document: createDocument() });
};
/** All drawn text, one line (a wrapped label's lines joined by spaces) after another. */
const textOf = (svg: Element) =>
  Array.from(svg.querySelectorAll('text'))
    .flatMap((t) => {
      const spans = Array.from(t.querySelectorAll('tspan'));
      return spans.length ? spans.map((span) => span.textContent) : [t.textContent];
    })
    .join(' ')
    .replace(/\s+/g, ' ');
/** The group that holds what Plot drew (title, legend and notes are outside it). */
const body = (svg: Element) => svg.querySelector(':scope > g[text-anchor="middle"]') as Element;

describe.each(names)('%s', (name) => {
  const chart = charts[name];
  const records = chart.select(tables);

  test('selects records from the real data', () => {
    expect(records.length).toBeGreaterThan(0);
  });

  test('matches its reviewed SVG snapshot, byte for byte on every render', () => {
    const svg = renderToString(render(name));
    expectSnapshot(name, svg);
    expect(renderToString(render(name))).toBe(svg);
  });

  test('is a standalone, accessible, responsive SVG within its byte budget', () => {
    const element = render(name);
    const svg = renderToString(element);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(element.getAttribute('role')).toBe('img');
    expect(element.getAttribute('width')).toBeNull();
    expect(element.getAttribute('height')).toBeNull();
    expect(element.getAttribute('viewBox')).toMatch(/^0 0 400 \d+$/);
    const title = element.querySelector(`#${element.getAttribute('aria-labelledby')}`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe(chart.title);
    const desc = element.querySelector(`#${element.getAttribute('aria-describedby')}`);
    expect(desc?.textContent).toContain(chart.describe(records));
    // Plot's own <style>, random-looking classes and unrounded coordinates never reach the page.
    expect(svg).not.toContain('plot-d6a7b5');
    expect(svg).not.toMatch(/\d\.\d{2,}(?!\d*em)/);
    expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(name === 'europe' ? 60_000 : 20_000);
  });

  test('cites every source of its records in the source note', () => {
    const text = textOf(render(name));
    for (const id of new Set(records.map((r) => r.source))) {
      const source = data.sources.find((s) => s.id === id);
      expect(text).toContain(source?.title);
    }
  });

  test('gives the same data as a table and as CSV', () => {
    const table = chart.toTable(records);
    expect(table.rows.length).toBeGreaterThan(0);
    const csv = tableToCsv(table);
    expect(csv.split('\n')[0]).toBe(table.columns.map((c) => c.label).join(','));
  });

  test('throws one clear error on an empty list', () => {
    expect(() => chart.render([], { document: createDocument() })).toThrow(
      new RegExp(`^${name}: no records given; expects`),
    );
  });

  test('throws naming the record of an unknown kind', () => {
    const quote = data.quotes[0];
    expect(quote).toBeDefined();
    expect(() => chart.describe([...records, quote as never])).toThrow(
      `${name}: record "${quote?.id}": unknown record kind`,
    );
  });
});

const figuresOf = (name: Name) => charts[name].select(tables) as (typeof data.figures)[number][];

describe('figure charts', () => {
  const figureCharts = names.filter((n) => charts[n].expects.kind === 'figure');

  test.each(figureCharts)('%s: NaN throws naming the record', (name) => {
    const [first, ...rest] = figuresOf(name);
    const bad = { ...first, value: Number.NaN } as never;
    expect(() => charts[name].describe([bad, ...rest])).toThrow(
      `${name}: record "${first?.id}": value NaN is not a finite number`,
    );
  });

  test.each(figureCharts)('%s: every stated value and label is drawn', (name) => {
    const text = textOf(render(name));
    // The air-defense chart says "in one night" once, in its subtitle, not on every bar.
    const per = name !== 'air-defense';
    for (const figure of figuresOf(name)) expect(text).toContain(formatValue(figure, { per }));
  });
});

const measure = (name: Name, id: string) => figuresOf(name).filter((f) => f.measure === id);
const withUnit = (figure: (typeof data.figures)[number] | undefined, unit: string) =>
  ({ ...figure, unit }) as never;

describe('production', () => {
  const figures = figuresOf('production');
  test('draws one bar per figure, each source kept', () => {
    expect(body(render('production')).querySelectorAll('rect')).toHaveLength(figures.length);
    expect(measure('production', 'ua-drone-production-per-year').length).toBeGreaterThan(1);
  });
  test('describes the disagreement and the gap to the US', () => {
    const text = charts.production.describe(figures);
    for (const f of figures) expect(text).toContain(formatNumber(f.value));
    expect(text).toMatch(/Sources disagree/);
    expect(text).toMatch(/\d+ times that/);
  });
  test('refuses mixed units on its axis, naming the record', () => {
    const [first, ...rest] = figures;
    expect(() => charts.production.describe([...rest, withUnit(first, 'km')])).toThrow(
      new ChartInputError('production', first?.id ?? '', 'x').message.split(':')[0],
    );
    expect(() => charts.production.describe([...rest, withUnit(first, 'km')])).toThrow(
      `record "${first?.id}": unit "km" differs`,
    );
  });
});

describe('timeline', () => {
  const events = charts.timeline.select(tables) as (typeof data.events)[number][];
  test('draws one dot and one label per event, in date order', () => {
    const svg = render('timeline');
    expect(body(svg).querySelectorAll('circle')).toHaveLength(events.length);
    const text = textOf(svg);
    for (const e of events) expect(text).toContain(e.title);
    const dates = charts.timeline.toTable(events).rows.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
  });
  test('only draws events of 2023 to 2027', () => {
    expect(events.every((e) => e.date !== null && e.date >= '2023' && e.date < '2028')).toBe(true);
  });
});

describe('reach', () => {
  const figures = figuresOf('reach');
  test('ranks the distances in km, miles converted by the data package', () => {
    const rows = charts.reach.toTable(figures).rows;
    const km = rows.map((r) => Number(r.km));
    expect(km).toEqual([...km].sort((a, b) => b - a));
    for (const f of figures.filter((x) => x.unit === 'mi')) {
      expect(f.valueInBaseUnit).toBeCloseTo(f.value * data.UNITS.mi.factor);
      expect(Number(rows.find((r) => r.id === f.id)?.km)).toBe(Math.round(f.valueInBaseUnit));
      expect(charts.reach.describe(figures)).toContain(formatValue(f));
    }
  });
  test('refuses a figure that is not a distance', () => {
    const [first, ...rest] = figures;
    expect(() => charts.reach.describe([...rest, withUnit(first, 'drones')])).toThrow(
      `reach: record "${first?.id}": unit "drones" is not a distance`,
    );
  });
});

describe('air-defense', () => {
  const figures = figuresOf('air-defense');
  test('pairs launched and downed drones of one night and keeps other nights for scale', () => {
    const text = charts['air-defense'].describe(figures);
    const [downed] = measure('air-defense', 'ua-drones-downed-per-night');
    const launched = figures.find(
      (f) => f.measure === 'ru-drones-launched-at-ua-per-night' && f.source === downed?.source,
    );
    expect(text).toContain(
      `Of ${formatValue(launched as never, { per: false })} launched in one night`,
    );
    expect(text).toContain(
      `${formatValue(downed as never, { per: false })} were shot down or jammed`,
    );
    expect(body(render('air-defense')).querySelectorAll('rect')).toHaveLength(figures.length);
  });
  test('names the largest night for scale, from the records passed in', () => {
    const targets = measure('air-defense', 'ru-airborne-targets-at-ua-per-night');
    expect(targets.length).toBeGreaterThan(0);
    const text = charts['air-defense'].describe(figures);
    for (const f of targets)
      expect(text).toContain(`For scale: ${f.label}: ${formatValue(f, { per: false })}`);
  });
  test('refuses a unit that is neither drones nor targets', () => {
    const [first, ...rest] = figures;
    expect(() => charts['air-defense'].describe([...rest, withUnit(first, 'USD')])).toThrow(
      `air-defense: record "${first?.id}": unit "USD" mixes`,
    );
  });
});

describe('cost', () => {
  const figures = figuresOf('cost');
  test('draws a hundred squares for a share and one square per drone', () => {
    const expected = figures.reduce((n, f) => n + (f.unit === 'percent' ? 100 : f.value), 0);
    expect(body(render('cost')).querySelectorAll('rect')).toHaveLength(expected);
  });
  test('mentions each number in its description', () => {
    const text = charts.cost.describe(figures);
    for (const f of figures) expect(text).toContain(formatValue(f));
  });
});

describe('demand', () => {
  test('puts the need for Lithuania against both outputs', () => {
    const figures = figuresOf('demand');
    const [need] = measure('demand', 'drones-needed-to-defend-lt-per-year');
    const text = charts.demand.describe(figures);
    expect(text).toContain(formatValue(need as never));
    expect(text).toMatch(/times what the United States makes/);
    expect(body(render('demand')).querySelectorAll('rect')).toHaveLength(figures.length);
  });
});

describe('europe', () => {
  const partnerships = charts.europe.select(tables) as (typeof data.partnerships)[number][];
  test('colours every member country on the map and names those off it', () => {
    const table = charts.europe.toTable(partnerships);
    const text = textOf(render('europe'));
    for (const row of table.rows) expect(text).toContain(String(row.country));
    expect(table.rows.some((r) => r.id === 'ua')).toBe(false);
    const description = charts.europe.describe(partnerships);
    for (const row of table.rows) expect(description).toContain(`${row.country}, ${row.count} (`);
  });
});

describe('matrix', () => {
  const partnerships = charts.matrix.select(tables) as (typeof data.partnerships)[number][];
  test('fills one cell per member country of each partnership', () => {
    const countries = new Set(data.entities.filter((e) => e.kind === 'country').map((e) => e.id));
    const memberships = partnerships.reduce(
      (n, p) => n + p.members.filter((m) => countries.has(m)).length,
      0,
    );
    const description = charts.matrix.describe(partnerships);
    expect(description).toContain(`${partnerships.length} partnerships`);
    for (const p of partnerships) expect(description).toContain(p.name);
    // One pale band per row plus one filled cell per membership.
    expect(body(render('matrix')).querySelectorAll('rect')).toHaveLength(
      partnerships.length + memberships,
    );
  });
});

describe('spread', () => {
  test('lists the evidence of every record under its place', () => {
    const records = charts.spread.select(tables);
    const rows = charts.spread.toTable(records).rows;
    expect(rows.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    const text = textOf(render('spread'));
    for (const row of rows) expect(text).toContain(String(row.place));
  });
});
