import * as data from '@ua-drones/data';
import { describe, expect, test } from 'vitest';
import { formatNumber, formatValue } from '../src/core/format.js';
import { chartStyle } from '../src/core/palette.js';
import { ChartInputError, type ChartOptions, charts, tableToCsv } from '../src/index.js';
import { createDocument, renderToString } from '../src/ssr.js';
import { expectSnapshot } from './snapshot.js';

type Name = keyof typeof charts;
const names = Object.keys(charts) as Name[];
const tables = { figures: data.figures, events: data.events, partnerships: data.partnerships };
const render = (name: Name, options: ChartOptions = {}) => {
  const chart = charts[name];
  return chart.render(chart.select(tables), { document: createDocument(), ...options });
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
    // Valid for the Nu HTML Checker inline in a page: SVG's font-variant takes normal or small-caps.
    expect(svg).not.toMatch(/font-variant="(?!normal"|small-caps")/);
    // The map carries its outlines and the timeline lists every event; the others stay small.
    const budget = { europe: 60_000, timeline: 30_000 }[name as string] ?? 20_000;
    expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(budget);
  });

  test('leaves its stylesheet to the page on request, a stylesheet that styles every class it uses', () => {
    const alone = renderToString(render(name));
    const inline = renderToString(render(name, { stylesheet: false }));
    expect(inline).not.toContain('<style');
    expect(alone.replace(/<style>[^<]*<\/style>/, '')).toBe(inline);
    const used = new Set([...inline.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]?.split(' ')));
    // uad-chart and uad-legend are hooks for a page's own CSS; every other class is ours to style.
    const hooks = ['uad-chart', 'uad-legend'];
    for (const name of [...used].filter((c) => c?.startsWith('uad-') && !hooks.includes(c))) {
      expect(chartStyle()).toContain(`.${name}{`);
    }
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
  test('keeps the tabular numbers Plot asks for on its axis, through the stylesheet', () => {
    const svg = render('production');
    expect(svg.querySelector('g.uad-tn text')?.textContent).toMatch(/\d/);
    expect(svg.querySelector('style')?.textContent).toContain(
      '.uad-tn{font-variant-numeric:tabular-nums}',
    );
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
  const dated = events.filter((e) => e.date !== null);
  const rects = (svg: Element) =>
    Array.from(body(svg).querySelectorAll('rect')).map((r) => ({
      x: Number(r.getAttribute('x')),
      width: Number(r.getAttribute('width')),
      height: Number(r.getAttribute('height')),
      // Plot sets a constant fill on the mark's group.
      outlined: (r.getAttribute('fill') ?? r.parentElement?.getAttribute('fill')) === 'none',
    }));
  /** The time axis spans whole years, from the first dated event's year to the last one's. */
  const firstYear = Math.min(...dated.map((e) => Number(e.date?.slice(0, 4))));
  const lastYear = Math.max(...dated.map((e) => Number(e.date?.slice(0, 4))));
  const month = (400 - 24) / ((lastYear - firstYear + 1) * 12);
  const monthStart = (date: string) =>
    12 + ((Number(date.slice(0, 4)) - firstYear) * 12 + Number(date.slice(5, 7) || 1) - 1) * month;

  test('lists every event with its title, dated ones in date order, then the undated', () => {
    const text = textOf(render('timeline'));
    for (const e of events) expect(text).toContain(e.title);
    const dates = charts.timeline.toTable(events).rows.map((r) => r.date);
    const firstUndated = dates.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
    const known = dates.slice(0, firstUndated).map(String);
    expect(known).toEqual([...known].sort());
    // Below the last dated event's label, the heading of the undated ones.
    const top = (needle: string) => {
      const label = Array.from(body(render('timeline')).querySelectorAll('text')).find((t) =>
        t.textContent?.includes(needle),
      );
      return Number(
        /translate\([\d.]+[ ,]([\d.]+)\)/.exec(label?.getAttribute('transform') ?? '')?.[1],
      );
    };
    expect(top('Not dated in the sources')).toBeGreaterThan(
      top(String(dated[dated.length - 1]?.title).slice(0, 20)),
    );
  });

  test('stacks each event dated to a month or day inside its month on the time axis', () => {
    const bricks = rects(render('timeline')).filter((r) => r.height === 7);
    const byMonth = dated.filter((e) => (e.date as string).length >= 7);
    expect(bricks).toHaveLength(byMonth.length);
    for (const e of byMonth) {
      const start = monthStart(e.date as string);
      const inMonth = bricks.filter(
        (b) => b.x >= start - 0.2 && b.x + b.width <= start + month + 0.2,
      );
      expect(inMonth.length, e.id).toBe(
        byMonth.filter((o) => o.date?.slice(0, 7) === e.date?.slice(0, 7)).length,
      );
    }
  });

  test('draws an event dated only to a year as a bar spanning that year, outlined when planned', () => {
    const bars = rects(render('timeline')).filter((r) => r.width > 10 * month);
    const byYear = dated.filter((e) => e.date?.length === 4);
    expect(byYear.length).toBeGreaterThan(0);
    expect(bars).toHaveLength(byYear.length);
    for (const e of byYear) {
      const start = monthStart(e.date as string);
      expect(
        bars.some((b) => Math.abs(b.x - start) < 2 && Math.abs(b.width - 12 * month) < 4),
      ).toBe(true);
    }
    const planned = byYear.filter((e) => e.status === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    expect(bars.filter((b) => b.outlined)).toHaveLength(planned.length);
  });

  test('describes what the axis shows: precision, undated and planned events, the busiest month', () => {
    const text = charts.timeline.describe(events);
    expect(text).toMatch(/\d+ to the month or day, \d+ only to the year/);
    expect(text).toMatch(/\d+ are not dated by their sources/);
    expect(text).toMatch(/\d+ are planned/);
    expect(text).toMatch(/The busiest month is \w{3} \d{4}, with \d+ events/);
  });

  test('selects events of 2023 to 2027 and the undated ones, each incident once', () => {
    expect(dated.every((e) => (e.date as string) >= '2023' && (e.date as string) < '2028')).toBe(
      true,
    );
    expect(events.length).toBeGreaterThan(dated.length);
    expect(events.every((e) => e.sameAs === null)).toBe(true);
    expect(data.events.some((e) => e.sameAs !== null)).toBe(true);
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
  test('gives each distance as stated in its own unit, the conversion only in the km column', () => {
    const rows = charts.reach.toTable(figures).rows;
    const tanker = rows.find((r) => r.id === 'ua-shadow-fleet-tanker-strike-distance');
    expect(tanker?.stated).toBe('more than 1,200 mi');
    expect(rows.find((r) => r.id === 'ua-autonomous-strike-range')?.stated).toBe('1,400 km');
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
  test('draws at most six lines of evidence a place and counts the rest; the table keeps all', () => {
    const [first] = charts.spread.select(tables);
    const copies = Array.from({ length: 10 }, (_, i) => ({ ...first, id: `copy-${i}` })) as never[];
    const description = charts.spread.describe(copies);
    expect(description).toContain('and 4 more (see the table)');
    expect(charts.spread.toTable(copies).rows).toHaveLength(10);
  });
});
