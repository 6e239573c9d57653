import { csvParseRows } from 'd3-dsv';
import { describe, expect, test, vi } from 'vitest';
import { formatAmount, formatRange, formatValue } from '../src/core/format.js';
import { chartStyle, FONT, PARTY_COLOR, tint } from '../src/core/palette.js';
import type { EventRecord, FigureRecord, PartnershipRecord } from '../src/core/records.js';
import { textWidth } from '../src/core/text.js';
import { COUNTRIES } from '../src/geo/europe.js';
import { LABEL_POINT } from '../src/geo/labels.js';
import { type ChartOptions, charts, tableToCsv } from '../src/index.js';
import { createDocument, renderToString } from '../src/ssr.js';
import { entities, quotes, sources, tables } from './data/index.js';
import { expectSnapshot } from './snapshot.js';

// The charts name entities and cite sources through the data package's lookups: answered from the
// fixture, so that nothing in the real data can change what these tests see.
vi.mock('@ua-drones/data', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@ua-drones/data')>()),
  ...(await import('./data/index.js')).lookups,
}));

type Name = keyof typeof charts;
const names = Object.keys(charts) as Name[];

/** Partnerships filed under cooperation: not fixture-equator-task-force. */
const COOPERATION = [
  'fixture-denmark-training-mission',
  'fixture-poland-training-plan',
  'fixture-poland-memorandum',
  'fixture-leap',
  'fixture-firms-joint-venture',
  'fixture-ua-dk-lt-joint-venture',
  'fixture-sudan-training',
  'fixture-uk-mass-production',
  'fixture-drone-alliance',
];

/** What each chart's selection takes from the fixture tables, in table order. */
const SELECTED: Record<Name, string[]> = {
  // Figures of the chart's measures; every other figure stays out.
  production: [
    'fixture-ua-production-2024',
    'fixture-ua-production-2025',
    'fixture-ua-production-stated-rate',
    'fixture-us-production',
  ],
  // Events of 2023 to 2027 and the undated ones, each incident once: not the repeated report of
  // fixture-drones-enter-polish-airspace, not the events of 2022 and 2028.
  timeline: [
    'fixture-ua-trains-sudanese-troops',
    'fixture-refinery-strike',
    'fixture-targeting-web-deployment',
    'fixture-drones-enter-polish-airspace',
    'fixture-poland-ukraine-agreement',
    'fixture-drone-wall-offer',
    'fixture-leap-unveiled',
    'fixture-de-ua-agreement',
    'fixture-asgard-completion',
    'fixture-haiti-strikes',
    'fixture-north-korea-learning',
  ],
  reach: [
    'fixture-autonomous-strike-range',
    'fixture-tanker-strike-distance',
    'fixture-refinery-strike-distance',
  ],
  'air-defense': [
    'fixture-drones-launched-one-night',
    'fixture-drones-downed-one-night',
    'fixture-targets-largest-night',
  ],
  // Ukraine's current output only: the latest year's figure and the undated rate, not 2024.
  demand: [
    'fixture-ua-production-2025',
    'fixture-ua-production-stated-rate',
    'fixture-us-production',
    'fixture-lt-defense-need',
  ],
  europe: COOPERATION,
  matrix: COOPERATION,
  // Records of every kind filed under proliferation, figures first.
  spread: [
    'fixture-kp-troops-for-russia',
    'fixture-cartel-drone-flights',
    'fixture-ua-trains-sudanese-troops',
    'fixture-haiti-strikes',
    'fixture-north-korea-learning',
    'fixture-sudan-training',
    'fixture-equator-task-force',
  ],
};

const render = (name: Name, options: ChartOptions = {}) => {
  const chart = charts[name];
  return chart.render(chart.select(tables), { document: createDocument(), ...options });
};
/** A drawn text's lines (a wrapped label's <tspan>s) joined by spaces. */
const lineText = (text: Element) => {
  const spans = Array.from(text.querySelectorAll('tspan'));
  return (spans.length ? spans.map((span) => span.textContent).join(' ') : text.textContent) ?? '';
};
/** All drawn text, one line after another. */
const textOf = (svg: Element) =>
  Array.from(svg.querySelectorAll('text')).map(lineText).join(' ').replace(/\s+/g, ' ');
/** The group that holds what Plot drew (title, legend and notes are outside it). */
const body = (svg: Element) => svg.querySelector(':scope > g[text-anchor="middle"]') as Element;
/** The width a chart is drawn at on a 375 px phone: the column between the page's margins. */
const PHONE_COLUMN = 343;
const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** Sizes the chart's stylesheet gives its text classes, as in `.uad-t{font-size:19px;…}`. */
const CLASS_SIZES = new Map(
  [...chartStyle().matchAll(/\.([\w-]+)\{[^}]*?font-size:([\d.]+)px/g)].map(([, name, size]) => [
    name as string,
    Number(size),
  ]),
);
/**
 * The font size a text renders at, in the SVG's units: from the nearest element that sets one, a
 * class of the stylesheet before an attribute (CSS overrides presentation attributes), else the
 * browser's 16 px.
 */
const fontSize = (text: Element) => {
  for (let node: Element | null = text; node; node = node.parentElement) {
    const byClass = Array.from(node.classList).find((c) => CLASS_SIZES.has(c));
    if (byClass) return CLASS_SIZES.get(byClass) as number;
    const attribute = node.getAttribute('font-size');
    if (attribute !== null) return Number(attribute);
  }
  return 16;
};
const figuresOf = (name: Name) => charts[name].select(tables) as FigureRecord[];
const withUnit = (figure: FigureRecord | undefined, unit: string) => ({ ...figure, unit }) as never;

test('the fixture cites only its own sources and names only its own entities', () => {
  const all = [...tables.figures, ...tables.events, ...tables.partnerships, ...quotes];
  const entityIds = new Set(entities.map((e) => e.id));
  const parties = (r: (typeof all)[number]) =>
    'subjects' in r ? r.subjects : 'actors' in r ? r.actors : 'members' in r ? r.members : [];
  expect(all.filter((r) => !sources.some((s) => s.id === r.source)).map((r) => r.id)).toEqual([]);
  expect(all.flatMap(parties).filter((id) => !entityIds.has(id))).toEqual([]);
});

describe.each(names)('%s', (name) => {
  const chart = charts[name];
  const records = chart.select(tables);

  test('selects its records and no others from the tables', () => {
    expect(records.map((r) => r.id)).toEqual(SELECTED[name]);
  });

  test('matches its reviewed SVG snapshot, byte for byte on every render', () => {
    const svg = renderToString(render(name));
    expectSnapshot(name, svg);
    expect(renderToString(render(name))).toBe(svg);
  });

  test('sets no text under 12 px in the 343 px column of a 375 px phone', () => {
    const svg = render(name);
    const [, , viewWidth] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const sizes = Array.from(svg.querySelectorAll('text')).map(fontSize);
    expect(sizes).not.toHaveLength(0);
    expect((Math.min(...sizes) * PHONE_COLUMN) / (viewWidth ?? Number.NaN)).toBeGreaterThanOrEqual(
      12,
    );
  });

  test('is a standalone, accessible, responsive SVG', () => {
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
  });

  test('draws under its title the subtitle it gives a page, and leaves it out with headings off', () => {
    const subtitle = chart.subtitle(records);
    expect(subtitle).toMatch(/\w/);
    const drawn = (svg: Element) =>
      Array.from(svg.querySelectorAll('text.uad-s')).map(lineText).join(' ').replace(/\s+/g, ' ');
    expect(drawn(render(name))).toBe(subtitle?.replace(/\s+/g, ' '));
    expect(drawn(render(name, { headings: false }))).toBe('');
  });

  test('draws the note it gives a page as "Note: …" above the source line, and leaves it out with headings off', () => {
    const note = chart.note?.(records);
    const foot = (svg: Element) =>
      Array.from(svg.querySelectorAll('g.uad-n text')).map(lineText).join(' ').replace(/\s+/g, ' ');
    if (note === undefined) {
      expect(foot(render(name))).not.toContain('Note:');
      return;
    }
    expect(note).toMatch(/^\S.*\.$/);
    expect(foot(render(name))).toMatch(
      new RegExp(`^Note: ${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Sources?: `),
    );
    expect(foot(render(name, { headings: false }))).toBe('');
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

  test('cites every source of its records in the credit line, quoting only titles the pieces give', () => {
    const text = textOf(render(name));
    for (const id of new Set(records.map((r) => r.source))) {
      const source = sources.find((s) => s.id === id);
      expect(text).toContain(
        source?.titleGiven ? `“${source.title}”` : `${source?.title} (untitled)`,
      );
      if (!source?.titleGiven) expect(text).not.toContain(`“${source?.title}”`);
    }
  });

  test('shows the reader no machinery: no package name, no tilde dates, no bracketed source numbers', () => {
    const text = textOf(render(name));
    expect(text).not.toContain('@ua-drones');
    expect(text).not.toMatch(/~\d/);
    expect(text).not.toMatch(/\[\d+\]/);
  });

  test('gives the same data as a table and as CSV, every row and cell', () => {
    const table = chart.toTable(records);
    const [header, ...rows] = csvParseRows(tableToCsv(table));
    expect(rows).not.toHaveLength(0);
    expect(header).toEqual(table.columns.map((c) => c.label));
    expect(rows).toEqual(
      table.rows.map((row) => table.columns.map((c) => String(row[c.key] ?? ''))),
    );
  });

  test('throws one clear error on an empty list', () => {
    expect(() => chart.render([], { document: createDocument() })).toThrow(
      new RegExp(`^${name}: no records given; expects`),
    );
  });

  test('throws naming the record of an unknown kind', () => {
    const [quote] = quotes;
    expect(() => chart.describe([...records, quote as never])).toThrow(
      `${name}: record "${quote?.id}": unknown record kind`,
    );
  });
});

describe('figure charts', () => {
  const figureCharts = names.filter((n) => charts[n].expects.kind === 'figure');

  test.each(figureCharts)('%s: NaN throws naming the record', (name) => {
    const [first, ...rest] = figuresOf(name);
    const bad = { ...first, value: Number.NaN } as never;
    expect(() => charts[name].describe([bad, ...rest])).toThrow(
      `${name}: record "${first?.id}": value NaN is not a finite number`,
    );
  });

  test.each(figureCharts)('%s: every stated value is drawn', (name) => {
    const chart = charts[name];
    const figures = figuresOf(name);
    const text = `${textOf(render(name))} ${chart.note?.(figures) ?? ''}`;
    for (const figure of figures) {
      expect(text).toContain(drawnValue(name, figure, figures));
    }
  });
});

/** Charts whose subtitle names the unit once, so that each bar's value is drawn without it. */
const UNIT_IN_SUBTITLE: Partial<Record<Name, string>> = {
  production: 'Drones made per year',
  demand: 'Drones a year',
  'air-defense': 'Drones in one night',
};

/** How a chart states a figure's value: where it is drawn, or said in its note. */
function drawnValue(name: Name, figure: FigureRecord, figures: readonly FigureRecord[]) {
  // The demand chart draws Ukraine's estimates of one output as one range, "4–4.5 million".
  if (name === 'demand' && figure.measure === 'ua-drone-production-per-year') {
    const ua = figures
      .filter((f) => f.measure === figure.measure)
      .sort((a, b) => a.value - b.value);
    return formatRange(ua[0] as FigureRecord, ua.at(-1) as FigureRecord);
  }
  // Airborne targets are not drones: said in the note with their own unit, not on the axis.
  if (name === 'air-defense' && figure.unit === 'targets/night') {
    return formatValue(figure, { per: false });
  }
  return UNIT_IN_SUBTITLE[name] ? formatAmount(figure) : formatValue(figure);
}

describe.each(Object.keys(UNIT_IN_SUBTITLE) as Name[])('%s', (name) => {
  test('names the unit once, in its subtitle, and draws bare values', () => {
    const figures = figuresOf(name);
    expect(charts[name].subtitle(figures)).toMatch(new RegExp(`^${UNIT_IN_SUBTITLE[name]}\\b`));
    const drawn = textOf(body(render(name)));
    expect(drawn).not.toMatch(/\d drones/);
  });
});

describe('production', () => {
  const figures = figuresOf('production');
  test('draws one bar per figure', () => {
    expect(body(render('production')).querySelectorAll('rect')).toHaveLength(figures.length);
  });
  test('keeps the tabular numbers Plot asks for on its axis, through the stylesheet', () => {
    const svg = render('production');
    expect(svg.querySelector('g.uad-tn text')?.textContent).toMatch(/\d/);
    expect(svg.querySelector('style')?.textContent).toContain(
      '.uad-tn{font-variant-numeric:tabular-nums}',
    );
  });
  test('describes each number with its year and source, an undated rate as one no source dates, and the gap to the US', () => {
    const text = charts.production.describe(figures);
    expect(text).toContain(
      "Ukraine's yearly drone output as the sources state it: 2.2 million drones, 2024 (industry analysis); " +
        '4.5 million drones, 2025 (year inferred; industry analysis); 4 million drones a year, undated (Kyiv op-ed). ' +
        'No source dates a rate stated without a year: it is drawn beside the latest year, which it may or may not cover.',
    );
    expect(text).toContain(
      'US output as the sources state it: less than 100,000 drones a year, undated (Kyiv op-ed)',
    );
    // 4.5 million against less than 100,000.
    expect(text).toContain(
      "Ukraine's highest stated output, 4.5 million, is more than 45 times that",
    );
  });
  test('labels the undated rate beside the latest year, which it may or may not cover', () => {
    expect(charts.production.subtitle(figuresOf('production'))).toContain(
      'an undated rate, beside the latest year it may or may not cover',
    );
    const labels = textOf(render('production'));
    expect(labels).toContain('Ukraine, undated (Kyiv op-ed)');
    expect(labels).not.toContain('as of 2026');
    const order = ['Ukraine, 2024', 'Ukraine, 2025', 'Ukraine, undated', 'United States, undated'];
    const at = order.map((label) => labels.indexOf(label));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
  test('refuses mixed units on its axis, naming the record', () => {
    const [first, ...rest] = figures;
    expect(() => charts.production.describe([...rest, withUnit(first, 'km')])).toThrow(
      `production: record "${first?.id}": unit "km" differs`,
    );
  });
});

describe('timeline', () => {
  const events = charts.timeline.select(tables) as EventRecord[];
  const translate = (element: Element) =>
    /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(element.getAttribute('transform') ?? '');
  const rects = (parent: Element) =>
    Array.from(parent.querySelectorAll('rect')).map((r) => ({
      x: Number(r.getAttribute('x')),
      y: Number(r.getAttribute('y')),
      width: Number(r.getAttribute('width')),
      height: Number(r.getAttribute('height')),
      // Plot sets a constant fill on the mark's group.
      outlined: (r.getAttribute('fill') ?? r.parentElement?.getAttribute('fill')) === 'none',
      color: r.getAttribute('class'),
    }));
  /**
   * The strip as drawn: its two lanes (the body's first two groups: events dated to a month, then
   * those dated only to a year), each with its baseline, its rects, its texts and its short ticks
   * under the baseline (the month lane's month starts); and, for each year label of the year lane,
   * the rules between the years either side of it.
   */
  const strip = (svg: Element) => {
    const groups = Array.from(body(svg).querySelectorAll(':scope > g')).slice(0, 2);
    const lanes = groups.map((group) => {
      const lines = Array.from(group.querySelectorAll('line')).map((l) => ({
        x1: Number(l.getAttribute('x1')),
        x2: Number(l.getAttribute('x2')),
        y1: Number(l.getAttribute('y1')),
        y2: Number(l.getAttribute('y2')),
      }));
      const vertical = lines.filter((l) => l.x1 === l.x2);
      return {
        baseline: lines.find((l) => l.x1 !== l.x2)?.y1 ?? Number.NaN,
        rules: vertical.map((l) => l.x1),
        ticks: vertical
          .filter((l) => Math.abs(l.y2 - l.y1) <= 4.5)
          .map((l) => l.x1)
          .sort((a, b) => a - b),
        rects: rects(group),
        texts: Array.from(group.querySelectorAll('text')).map(lineText),
        labels: Array.from(group.querySelectorAll('text')).map((t) => ({
          x: Number(translate(t)?.[1]),
          text: lineText(t),
        })),
      };
    });
    const years = new Map<number, { start: number; end: number }>();
    const rules = lanes[1]?.rules ?? [];
    for (const label of groups[1]?.querySelectorAll('text') ?? []) {
      const x = Number(translate(label)?.[1]);
      const centred = label.closest('[text-anchor]')?.getAttribute('text-anchor') === 'middle';
      if (!centred || !/^\d{4}$/.test(label.textContent ?? '')) continue;
      years.set(Number(label.textContent), {
        start: Math.max(...rules.filter((t) => t < x)),
        end: Math.min(...rules.filter((t) => t > x)),
      });
    }
    return { months: lanes[0], byYear: lanes[1], years };
  };
  const yearOf = (event: EventRecord) => Number(event.date?.slice(0, 4));
  const groupBy = <T, K>(list: readonly T[], key: (item: T) => K) => {
    const groups = new Map<K, T[]>();
    for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
  };

  const withList = () =>
    charts.timeline.render(events, { document: createDocument(), list: true }) as Element;

  test('draws the strip alone by default: each undated event a dot in its party colour, no titles', () => {
    const svg = render('timeline');
    const text = textOf(svg);
    for (const event of events) expect(text).not.toContain(event.title);
    const undated = events.filter((e) => e.date === null);
    expect(text).toContain('Not dated in the sources:');
    expect(body(svg).querySelectorAll('circle')).toHaveLength(undated.length);
    expect(charts.timeline.subtitle(events)).not.toContain('in date order');
    expect(charts.timeline.subtitle(events, { list: true })).toContain('in date order');
  });

  test('with list: true, lists every event by its title, dated ones in date order, then the undated under their heading', () => {
    const labels = Array.from(body(withList()).querySelectorAll('text'));
    const top = (needle: string) => {
      const label = labels.find((t) => lineText(t).includes(needle));
      return label ? Number(translate(label)?.[2]) : Number.NaN;
    };
    const title = (id: string) => events.find((e) => e.id === id)?.title as string;
    // A year sorts before its months; events of one date by id.
    const needles = [
      title('fixture-ua-trains-sudanese-troops'),
      title('fixture-refinery-strike'),
      title('fixture-drones-enter-polish-airspace'),
      title('fixture-poland-ukraine-agreement'),
      title('fixture-drone-wall-offer'),
      title('fixture-targeting-web-deployment'),
      title('fixture-leap-unveiled'),
      title('fixture-de-ua-agreement'),
      title('fixture-asgard-completion'),
      'Not dated in the sources',
      title('fixture-haiti-strikes'),
      title('fixture-north-korea-learning'),
    ];
    const tops = needles.map(top);
    expect(
      needles.filter((_, i) => !Number.isFinite(tops[i])),
      'not drawn',
    ).toEqual([]);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(tops.length);
  });

  test("stacks the events of one month in that month's column, over the months that have entries and one either side", () => {
    const { months: lane } = strip(render('timeline'));
    const months = groupBy(
      events.filter((e) => e.date !== null && e.date.length >= 7 && e.date >= '2023'),
      (e) => (e.date as string).slice(0, 7),
    );
    const chronological = [...months].sort(([a], [b]) => a.localeCompare(b));
    const index = (key: string) => {
      const [first] = chronological[0] ?? [''];
      const count = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7));
      return count(key) - count(first) + 1;
    };
    // The ticks bound the months, from a month before the first entry's to a month after the last's.
    const bounds = lane?.ticks ?? [];
    const [last] = chronological.at(-1) ?? [''];
    expect(bounds).toHaveLength(index(last) + 3);
    // Each month at least 12 px wide where the drawing is scaled to a phone's 343 px column.
    const width = Number(render('timeline').getAttribute('viewBox')?.split(' ')[2]);
    for (const [i, x] of bounds.slice(1).entries()) {
      expect(((x - (bounds[i] as number)) * PHONE_COLUMN) / width).toBeGreaterThanOrEqual(12);
    }
    const columns = [...groupBy(lane?.rects ?? [], (b) => b.x)].sort(([a], [b]) => a - b);
    expect(columns.map(([, stack]) => stack.length)).toEqual(
      chronological.map(([, list]) => list.length),
    );
    chronological.forEach(([month, list], i) => {
      const [x, stack] = columns[i] as [number, NonNullable<typeof lane>['rects']];
      const [from, to] = [
        bounds[index(month)] ?? Number.NaN,
        bounds[index(month) + 1] ?? Number.NaN,
      ];
      // Within its month; the month's name, where one is drawn under it, is that month's.
      expect(x, month).toBeGreaterThanOrEqual(from);
      expect(x + (stack[0]?.width ?? 0), month).toBeLessThanOrEqual(to);
      const label = lane?.labels.find(
        (l) => l.x > from && l.x < to && /^[A-Z][a-z]{2}$/.test(l.text),
      );
      if (label) expect(label.text, month).toBe(MONTH_NAMES[Number(month.slice(5, 7)) - 1]);
      expect(list.length).toBe(stack.length);
      // One above the other, none overlapping.
      const ys = stack.map((b) => b.y).sort((a, b) => a - b);
      ys.slice(1).forEach((y, k) => {
        expect(y).toBeGreaterThanOrEqual((ys[k] as number) + (stack[0]?.height ?? 0));
      });
    });
  });

  test("sorts each stack by party in the legend's order, from the baseline up", () => {
    const svg = render('timeline');
    const legend = Array.from(svg.querySelectorAll('g.uad-legend rect'))
      .map((r) => r.getAttribute('class'))
      .filter((c) => c?.startsWith('uad-f'));
    const { months: lane } = strip(svg);
    const columns = groupBy(lane?.rects ?? [], (b) => b.x);
    // The fixture's September 2025 comes in date order as Russia, Europe, Ukraine.
    expect(Math.max(...[...columns.values()].map((c) => c.length))).toBe(3);
    for (const stack of columns.values()) {
      const upwards = [...stack].sort((a, b) => b.y - a.y).map((b) => b.color);
      expect(upwards).toEqual([...upwards].sort((a, b) => legend.indexOf(a) - legend.indexOf(b)));
    }
  });

  test('keys every look it draws in one legend, and tells the precision of a date by its lane', () => {
    const svg = render('timeline');
    const legend = svg.querySelector('g.uad-legend') as Element;
    expect(Array.from(legend.querySelectorAll('text')).map((t) => t.textContent)).toEqual([
      'Ukraine',
      'Russia',
      'European states and institutions',
      'Others',
      'Planned',
    ]);
    expect(legend.querySelector('rect[fill="none"]')).not.toBeNull();
    const { months, byYear } = strip(svg);
    expect(months?.texts).toContain('Dated to the month or day');
    expect(byYear?.texts).toContain('Dated to the year only');
    expect(textOf(svg)).toContain('Not dated in the sources:');
  });

  test("sets every mark of the strip above its lane's baseline", () => {
    const { months, byYear } = strip(render('timeline'));
    for (const lane of [months, byYear]) {
      expect(lane?.rects).not.toHaveLength(0);
      for (const r of lane?.rects ?? []) {
        expect(r.y + r.height).toBeLessThanOrEqual(lane?.baseline ?? Number.NaN);
      }
    }
  });

  test('draws an event dated only to a year as a bar spanning that year, outlined when planned', () => {
    const { byYear: lane, years } = strip(render('timeline'));
    const bars = (lane?.rects ?? []).flatMap((r) =>
      [...years]
        .filter(
          ([, s]) =>
            r.x >= s.start && r.x + r.width <= s.end && r.width > ((s.end - s.start) * 11) / 12,
        )
        .map(([year]) => ({ year, planned: r.outlined })),
    );
    const byYear = events.filter((e) => e.date?.length === 4);
    const sort = (list: { year: number; planned: boolean }[]) =>
      [...list].sort((a, b) => a.year - b.year || Number(a.planned) - Number(b.planned));
    expect(sort(bars)).toEqual(
      sort(byYear.map((e) => ({ year: yearOf(e), planned: e.status === 'planned' }))),
    );
  });

  test('describes what the axis shows: precision, undated and planned events, the busiest month', () => {
    const text = charts.timeline.describe(events);
    expect(text).toContain(
      '9 are dated, from 2023 to 2027: 5 to the month or day, 4 only to the year.',
    );
    expect(text).toContain('2 are not dated by their sources.');
    expect(text).toContain('2 are planned, not yet done.');
    // How many of the busiest month's dates are inferred: a cluster of them may only say when the
    // articles appeared.
    expect(text).toContain(
      'The busiest month is Sep 2025, with 3 entries, 3 of them with the month inferred from the article.',
    );
    // A date inferred from the article is marked in words.
    expect(text).toContain('30 Sep 2025 (inferred): Zelenskyy');
    expect(text).toContain('unveilings and deployments');
    expect(text).not.toContain('new systems,');
  });

  test('names, beside an event, the incident it is a step of or may be the same as', () => {
    const incursion = events.find((e) => e.id === 'fixture-drones-enter-polish-airspace');
    const linked = events.map((e) =>
      e.id === 'fixture-poland-ukraine-agreement'
        ? { ...e, partOf: incursion?.id ?? null, incident: incursion?.id ?? e.id }
        : e.id === 'fixture-drone-wall-offer'
          ? { ...e, possiblySameAs: incursion?.id ?? null }
          : e,
    );
    const drawn = textOf(
      charts.timeline.render(linked, { document: createDocument(), list: true }),
    );
    expect(drawn).toContain(`(part of: ${incursion?.title})`);
    expect(drawn).toContain(`(possibly the same incident as: ${incursion?.title})`);
    expect(charts.timeline.describe(linked)).toContain(`(part of: ${incursion?.title})`);
    // The busiest month's count in one line over its stack; the note says that its entries may
    // tell fewer incidents.
    expect(drawn).toContain('Sep 2025: 3 entries, 3 dated by inference');
    expect(drawn).toContain('Up to 3 of the 3 entries of Sep 2025 may tell one incident.');
    expect(textOf(render('timeline'))).not.toContain('may tell one incident');
    expect(charts.timeline.describe(linked)).toContain(
      'The busiest month is Sep 2025, with 3 entries (up to 3 of them may tell one incident), 3 of them',
    );
    // A link to an event the chart does not draw names nothing.
    const orphan = linked.filter((e) => e.id !== incursion?.id);
    expect(
      textOf(charts.timeline.render(orphan, { document: createDocument(), list: true })),
    ).not.toContain('(part of:');
  });
});

describe('reach', () => {
  const figures = figuresOf('reach');
  test('ranks the distances in km, miles converted by the data package', () => {
    const rows = charts.reach.toTable(figures).rows;
    // More than 1,200 mi is 1,931 km: longer than the 1,400 km stated in km.
    expect(rows.map((r) => [r.id, r.km])).toEqual([
      ['fixture-tanker-strike-distance', 1931],
      ['fixture-autonomous-strike-range', 1400],
      ['fixture-refinery-strike-distance', 1000],
    ]);
    expect(charts.reach.describe(figures)).toContain('more than 1,200 mi (1,900 km)');
  });
  test('gives each distance as stated in its own unit, the conversion only in the km column', () => {
    expect(charts.reach.toTable(figures).rows.map((r) => r.stated)).toEqual([
      'more than 1,200 mi',
      '1,400 km',
      'more than 1,000 km',
    ]);
  });
  test('outlines the stated range alone, the bar the title names, wherever its rank puts it', () => {
    const svg = body(render('reach'));
    const bars = Array.from(svg.querySelectorAll('rect'));
    const outlined = bars.filter((r) => r.parentElement?.getAttribute('fill') === 'none');
    expect(charts.reach.title).toContain('the outlined bar is a stated range');
    expect(outlined).toHaveLength(1);
    expect(bars).toHaveLength(figures.length);
  });
  test('runs the axis to a labelled tick beyond the longest bar, its label inside the drawing', () => {
    const svg = render('reach');
    const [, , width = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const xOf = (text: Element) =>
      Number(/translate\(([-\d.]+)/.exec(text.getAttribute('transform') ?? '')?.[1]);
    // The rightmost tick label (the axis draws its first label apart, left-aligned).
    const last = Array.from(body(svg).querySelectorAll('.uad-tn text')).reduce((a, b) =>
      xOf(b) > xOf(a) ? b : a,
    );
    // More than 1,200 mi is 1,931 km: the axis ends at 2,000, not at the bar's end.
    expect(last?.textContent).toBe('2,000');
    const [x = 0] = (/translate\(([-\d.]+)/.exec(last?.getAttribute('transform') ?? '') ?? [])
      .slice(1)
      .map(Number);
    expect(x + textWidth('2,000', 14) / 2).toBeLessThanOrEqual(width);
    const longest = Math.max(
      ...Array.from(body(svg).querySelectorAll('rect')).map(
        (r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
      ),
    );
    expect(longest).toBeLessThan(x);
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
  test('pairs launched and downed drones of one night on the axis and sets another measure apart', () => {
    const chart = charts['air-defense'];
    const text = chart.describe(figures);
    expect(text).toContain(
      'The air force reported that of 75 drones launched in one night, 48 drones were shot down or jammed (64%).',
    );
    expect(text).toContain(
      "A different measure, off the drone axis: Airborne targets in a single night's Russian attack that Ukraine has repelled: more than 700 airborne targets.",
    );
    const drawn = body(render('air-defense'));
    // Bars for the drones only; the airborne targets are said in the note, not in the plot.
    expect(drawn.querySelectorAll('rect')).toHaveLength(2);
    expect(textOf(drawn)).not.toContain('Airborne targets');
    expect(chart.note?.(figures)).toBe(
      "The Kyiv op-ed's undated figure of more than 700 airborne targets in incursions Ukraine has learned to repel in a single night is a different measure, not shown.",
    );
  });
  test('says once, in the subtitle, who reported the counts on its bars, and names them in short', () => {
    const chart = charts['air-defense'];
    expect(chart.subtitle(figures)).toBe(
      'Drones in one night, as the air force reported each count.',
    );
    expect(textOf(body(render('air-defense')))).toContain(
      'Russian drones launched Shot down or jammed',
    );
    // A count that the air force did not report: each bar then names its own reporter.
    const [launched, downed, ...rest] = figures;
    const unattributed = { ...downed, attributedTo: null } as FigureRecord;
    const mixed = [launched as FigureRecord, unattributed, ...rest];
    expect(chart.subtitle(mixed)).toBe('Drones in one night.');
    expect(textOf(body(chart.render(mixed, { document: createDocument() })))).toContain(
      'Russian drones launched, as the air force reported',
    );
  });
  test('refuses a unit that is neither drones nor targets', () => {
    const [first, ...rest] = figures;
    expect(() => charts['air-defense'].describe([...rest, withUnit(first, 'USD')])).toThrow(
      `air-defense: record "${first?.id}": unit "USD" is neither drones nor airborne targets a night (accepted: drones/night, targets/night)`,
    );
  });
});

describe.each(['production', 'reach', 'air-defense', 'demand'] as const)('%s', (name) => {
  const translate = (element: Element | null) =>
    (/translate\(([-\d.]+)[ ,]?([-\d.]+)?\)/.exec(element?.getAttribute('transform') ?? '') ?? [])
      .slice(1)
      .map((n) => Number(n ?? 0));
  test.each([
    [true, 12],
    [false, 0],
  ])('with headings %s, starts labels and bars at the title’s edge, x = %i', (headings, edge) => {
    const svg = render(name, { headings });
    // The frame sets its own title at its margin; a page sets it flush with the drawing's edge.
    if (headings) expect(svg.querySelector('text.uad-t')?.getAttribute('x')).toBe(String(edge));
    const labels = Array.from(body(svg).querySelectorAll('g[fill-opacity="0.8"] > text'));
    expect(labels.map((text) => translate(text)[0])).toEqual(labels.map(() => edge));
    const bars = Array.from(body(svg).querySelectorAll('rect')).filter(
      (r) => r.parentElement?.getAttribute('fill') !== 'none',
    );
    expect(Math.min(...bars.map((r) => Number(r.getAttribute('x'))))).toBe(edge);
  });
  test('draws no gridlines: the axis keeps its ticks, each bar its baseline at 0', () => {
    const svg = body(render(name));
    const [zero] = translate(
      Array.from(svg.querySelectorAll('.uad-tn text')).find((t) => t.textContent === '0') ?? null,
    );
    const lines = Array.from(svg.querySelectorAll('line'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => Number(l.getAttribute('x1')) !== zero)).toEqual([]);
  });
  // At 240 px the labels wrap, some to two lines and some not.
  test.each([400, 240])(
    'sets each label the same small gap above its own bar, farther from the bar above, at %i px',
    (width) => {
      const svg = body(render(name, { width }));
      // A label's last line sits on its anchor (Plot's lineAnchor "bottom"), whatever its lines.
      const baselines = Array.from(svg.querySelectorAll('g[fill-opacity="0.8"] > text')).map(
        (text) => (translate(text.parentElement)[1] ?? 0) + (translate(text)[1] ?? 0),
      );
      const tops = [
        ...new Set(
          Array.from(svg.querySelectorAll('rect')).map((r) => Number(r.getAttribute('y'))),
        ),
      ].sort((a, b) => a - b);
      expect(tops).toHaveLength(baselines.length);
      const own = tops.map((top, i) => top - (baselines[i] as number));
      expect(new Set(own).size).toBe(1);
      const gap = own[0] as number;
      expect(gap).toBeGreaterThanOrEqual(4);
      expect(gap).toBeLessThanOrEqual(6);
      // From the bar above (16 px tall) to the label's cap height (about 0.7 of 15 px).
      const above = baselines.slice(1).map((b, i) => b - 0.7 * 15 - ((tops[i] as number) + 16));
      for (const space of above) expect(space).toBeGreaterThan(2 * gap);
    },
  );
});

describe('demand', () => {
  test('says its axis in the words its bars are said in: "5 million" at the end, not "5M"', () => {
    const drawn = body(render('demand'));
    // The axis's tick labels, the first (0, set flush left) apart, in the order drawn.
    const ticks = Array.from(
      drawn.querySelectorAll(':scope > .uad-tn:not([text-anchor]) text'),
    ).map(lineText);
    expect(ticks.at(-1)).toMatch(/^\d+ million$/);
    expect(ticks.slice(0, -1).every((tick) => /^\d+$/.test(tick))).toBe(true);
    expect(textOf(drawn)).toContain('3 million');
  });
  test('puts the need for Lithuania, in its scenario, against current outputs', () => {
    const figures = figuresOf('demand');
    const text = charts.demand.describe(figures);
    expect(text).toContain(
      'Drones the EU would need each year to defend Lithuania in a wider war with Russia, as ' +
        "the EU's defense and space commissioner estimated it: 3 million drones a year, a figure that holds only in that scenario.",
    );
    // 3 million against less than 100,000.
    expect(text).toContain('more than 30 times the US figure');
    // The bar says whose need it is, as the measure does (the EU's, to defend Lithuania); the
    // subtitle that it is an estimate, whose, for one scenario, and who reports it.
    const labels = textOf(body(render('demand')));
    expect(labels).toContain('EU’s need to defend Lithuania');
    expect(labels).not.toContain('Lithuania’s need');
    expect(charts.demand.subtitle(figures)).toContain(
      "The EU’s need is an estimate by the EU's defense and space commissioner for one scenario (outlined), as the industry analysis reports it.",
    );
  });
  test('names each output bar by its year, and whose figure each is in the note', () => {
    const figures = figuresOf('demand');
    const labels = textOf(body(render('demand')));
    expect(labels).toContain('Ukraine, 2025 (inferred) and undated');
    expect(labels).toContain('United States, undated');
    expect(labels).not.toContain('op-ed');
    expect(charts.demand.note?.(figures)).toBe(
      'The scenario is a wider war with Russia. Ukraine’s bar runs from the Kyiv op-ed’s undated estimate to ' +
        'the industry analysis’s 2025 (inferred) figure; the US bar is the Kyiv op-ed’s undated estimate.',
    );
  });
  test("draws Ukraine's estimates of current output as one bar, the scenario's need outlined", () => {
    const svg = body(render('demand'));
    // The need (outlined), Ukraine to its lower estimate and on to its higher, the US.
    expect(svg.querySelectorAll('rect')).toHaveLength(4);
    expect(textOf(svg)).toContain('4–4.5 million');
    // The need in the European states' colour, as an outline (Plot sets no fill on the mark's group).
    const need = svg.querySelector('rect.uad-k2');
    expect(need?.parentElement?.getAttribute('fill')).toBe('none');
  });
  test('draws the upper end of a range in an opaque tint, which a dark page does not swallow', () => {
    const svg = body(render('demand'));
    const range = Array.from(svg.querySelectorAll('rect')).find((r) => r.getAttribute('fill'));
    expect(range?.getAttribute('fill')).toBe(tint(PARTY_COLOR.ukraine));
    expect(range?.closest('[fill-opacity]')).toBeNull();
  });
});

describe('europe', () => {
  const partnerships = charts.europe.select(tables) as PartnershipRecord[];
  test('counts the deals of each country with Ukraine, through their firms too, records that may tell one deal once, planned ones apart', () => {
    const rows = charts.europe.toTable(partnerships).rows;
    expect(rows.map((r) => [r.country, r.deals, r.planned, r.records])).toEqual([
      ['Denmark', 2, 0, 2],
      // A venture through the German firm; LEAP, of which Ukraine is not a member, is not counted.
      ['Germany', 1, 0, 1],
      ['Lithuania', 1, 0, 1],
      // The training plan and the memorandum may be one deal: two records, one deal.
      ['Poland', 1, 0, 2],
      ['Sudan', 1, 0, 1],
      ['United Kingdom', 1, 1, 1],
    ]);
  });
  test('names every partner country on the map with its count, planned ones apart, and those off it', () => {
    const text = textOf(render('europe'));
    for (const label of ['Poland 1', 'Denmark 2', 'UK 0 + 1']) {
      expect(text).toContain(label);
    }
    // The subtitle explains the notation by a count the map draws.
    expect(charts.europe.subtitle(partnerships)).toContain('(“0 + 1”: none, and one planned)');
    const drawn = Array.from(body(render('europe')).querySelectorAll('text')).map(lineText);
    expect(drawn.some((label) => label.endsWith(' 0 + 1'))).toBe(true);
    expect(text).not.toMatch(/France \d/);
    expect(text).toContain('Outside the map: Sudan 1.');
  });
  test('names in its note the countries whose counts hold arrangements a source attributes or hedges', () => {
    // Sudan's training is attributed in the fixture; Denmark's, Poland's and the UK's are reported
    // or planned, and the alliance has no partner country: none of them is named.
    expect(charts.europe.note?.(partnerships)).toContain(
      'Attributed or hedged in their sources: Sudan (Drone training of Sudanese troops).',
    );
    const hedged = partnerships.map((p) =>
      p.id === 'fixture-denmark-training-mission' ? { ...p, status: 'hedged' as const } : p,
    );
    expect(charts.europe.note?.(hedged)).toContain(
      'Attributed or hedged in their sources: Denmark (Ukrainian drone training in Denmark), Sudan',
    );
  });
  test('names an arrangement without Ukraine among its members, and counts it for no country', () => {
    const leftOut =
      'Left out: Low-Cost Effectors and Autonomous Platforms (LEAP), in which the source names France, Germany, Italy, Poland and United Kingdom but no Ukrainian party.';
    // The subtitle says it in few words; the description names the countries too.
    expect(textOf(render('europe'))).toContain(
      'Left out, as the source names no Ukrainian party: Low-Cost Effectors and Autonomous Platforms (LEAP).',
    );
    expect(charts.europe.describe(partnerships)).toContain(leftOut);
    const withoutLeap = partnerships.filter((p) => p.id !== 'fixture-leap');
    expect(charts.europe.toTable(withoutLeap)).toEqual(charts.europe.toTable(partnerships));
  });
  test('describes only what holds: arrangements first, training missions and plans said to count, then which records have partner countries, which name Ukraine and no partner country, which may be one deal', () => {
    const text = charts.europe.describe(partnerships);
    expect(text).toMatch(
      /^6 countries besides Ukraine take part, as states or through their firms, in 6 of the 7 arrangements the records tell, counting once the records that may tell one arrangement\. Arrangements per country \(training missions and planned arrangements included\): Denmark 2, Germany 1, Lithuania 1, Poland 1, Sudan 1, United Kingdom 1 \(1 of them planned\)\./,
    );
    expect(text).toContain('In records, of 8 in all:');
    expect(text).toContain('Poland, 2 (planned training mission; memorandum);');
    expect(text).toContain(
      '1 names Ukraine and no partner country: Drone alliance between Ukraine and Europe.',
    );
    expect(text).toContain(
      'Planned Poland–Ukraine joint anti-drone training and Poland–Ukraine memorandum on a joint working group for uncrewed systems may describe one arrangement (the sources do not settle it) and count once.',
    );
  });
  test("fills Ukraine in Ukraine's colour, paler than any partner and outlined, and partners in the European states' colour, darker for more", () => {
    const svg = body(render('europe'));
    const paths = Array.from(svg.querySelectorAll('path[class]'));
    const classes = new Set(paths.map((p) => p.getAttribute('class')));
    expect(classes).toEqual(new Set(['uad-f0', 'uad-f2']));
    const opacity = (p: Element) => Number(p.getAttribute('fill-opacity') ?? 1);
    const partners = paths.filter((p) => p.getAttribute('class') === 'uad-f2').map(opacity);
    expect(new Set(partners).size).toBeGreaterThan(1);
    const ukraine = paths.find((p) => p.getAttribute('class') === 'uad-f0') as Element;
    expect(opacity(ukraine)).toBeLessThan(Math.min(...partners));
    expect(svg.querySelector('g.uad-k0 path')?.getAttribute('d')).toBe(ukraine.getAttribute('d'));
  });
});

describe('europe map', () => {
  test('keys its shades: the land with none recorded, one swatch per count of arrangements, darker for more, and Ukraine', () => {
    const legend = render('europe').querySelector('g.uad-legend') as Element;
    expect(Array.from(legend.querySelectorAll('text')).map((t) => t.textContent)).toEqual([
      'None recorded',
      'planned only',
      '1 arrangement',
      '2 arrangements',
      'Ukraine (party to each)',
    ]);
    const shades = Array.from(legend.querySelectorAll('rect.uad-f2')).map((r) =>
      Number(r.getAttribute('fill-opacity')),
    );
    expect(shades).toHaveLength(3);
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
    expect(new Set(shades).size).toBe(shades.length);
    // Ukraine's swatch as its country is drawn: pale, outlined in its colour.
    expect(legend.querySelector('rect.uad-f0.uad-k0')).not.toBeNull();
  });

  test('uses a short name where the full one is wider than its country', () => {
    const label = Array.from(body(render('europe')).querySelectorAll('text')).find((t) =>
      lineText(t).startsWith('UK'),
    ) as Element;
    expect(Array.from(label.querySelectorAll('tspan')).map((t) => t.textContent)).toEqual([
      'UK',
      '0 + 1',
    ]);
  });

  test('sets a label placed by hand off its country, its leader line starting inside it', () => {
    const inside = ([x, y]: readonly [number, number], rings: number[][][]) =>
      rings.some((ring) =>
        ring.reduce((odd, [x1 = 0, y1 = 0], i) => {
          const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
          return y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1 ? !odd : odd;
        }, false),
      );
    const placed = Object.entries(LABEL_POINT);
    expect(placed).not.toHaveLength(0);
    for (const [id, { at, from }] of placed) {
      const [, , polygons] = COUNTRIES.find(([c]) => c === id) ?? [];
      const rings = (polygons ?? '')
        .split(/[|;]/)
        .map((ring) => ring.split(' ').map((p) => p.split(',').map(Number)));
      expect(inside(from, rings), `${id}: from`).toBe(true);
      expect(inside(at, rings), `${id}: at`).toBe(false);
    }
  });
});

describe('matrix', () => {
  const partnerships = charts.matrix.select(tables) as PartnershipRecord[];
  test('draws its key in a party colour, as the cells are, so no square reads as black or grey', () => {
    const rects = Array.from(body(render('matrix')).querySelectorAll('rect'));
    // Besides the pale row bands (no colour of their own), every square carries a party colour.
    const uncoloured = rects.filter((r) => !/uad-[fk]/.test(r.getAttribute('class') ?? ''));
    expect(uncoloured).toHaveLength(partnerships.length);
  });
  test('fills one cell per member country of each arrangement, through its firms too, and keys the looks', () => {
    const cells = partnerships.flatMap((p) =>
      [
        ...new Set(
          p.members
            .map((m) => entities.find((e) => e.id === m))
            .map((e) => (e?.kind === 'country' ? e.id : e?.country)),
        ),
      ].filter(Boolean),
    );
    const svg = render('matrix');
    // One pale band per row, one cell per member country, four cells of the key.
    expect(body(svg).querySelectorAll('rect')).toHaveLength(partnerships.length + cells.length + 4);
    // A row is named by its short name; the table names its firms and bodies.
    expect(textOf(svg)).toContain('Quantum Frontline Industries');
    expect(textOf(svg)).not.toContain('Frontline Robotics');
    // The table pairs every full name with the short name its row is drawn with.
    expect(charts.matrix.toTable(partnerships).rows.map((r) => [r.name, r.shortName])).toEqual(
      expect.arrayContaining(partnerships.map((p) => [p.name, p.shortName])),
    );
    expect(charts.matrix.toTable(partnerships).rows).toContainEqual(
      expect.objectContaining({
        name: 'Quantum Frontline Industries',
        shortName: 'Quantum Frontline Industries',
        others: 'Frontline Robotics; Quantum Systems',
      }),
    );
    const text = charts.matrix.describe(partnerships);
    expect(text).toMatch(
      /^8 deals across 9 countries, counting once the records that may tell one deal; per country: Ukraine 7, Poland 2,/,
    );
    expect(text).toContain(
      'The chart draws each of the 9 records of arrangements as a row: 8 with a member country besides Ukraine. 1 names Ukraine and no partner country: Drone alliance between Ukraine and Europe. Records per country: Ukraine 8, Poland 3,',
    );
  });
  test('names each row in two lines at most and heads its columns with codes that do not touch', () => {
    const svg = body(render('matrix'));
    const texts = Array.from(svg.querySelectorAll('text'));
    for (const p of partnerships) {
      const label = texts.find((t) => lineText(t) === p.shortName);
      expect(label, p.shortName).toBeDefined();
      expect(label?.querySelectorAll('tspan').length, p.shortName).toBeLessThanOrEqual(2);
    }
    const heads = texts
      .filter((t) => /^[A-Z]{2}$/.test(lineText(t)))
      .map((t) => ({
        x: Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]),
        width: textWidth(lineText(t), FONT.small),
      }));
    expect(heads.length).toBeGreaterThan(1);
    for (const [a, b] of heads.slice(1).map((h, i) => [heads[i], h] as const))
      expect((b?.x ?? 0) - (a?.x ?? 0)).toBeGreaterThanOrEqual(
        ((a?.width ?? 0) + (b?.width ?? 0)) / 2,
      );
    // The key names every code.
    expect(textOf(svg)).toContain('UA Ukraine, PL Poland');
  });
  test('outlines planned arrangements and pales attributed ones, giving no kind of ours to what someone else speaks of', () => {
    const svg = body(render('matrix'));
    const outlined = Array.from(svg.querySelectorAll('rect')).filter(
      (r) => (r.getAttribute('fill') ?? r.parentElement?.getAttribute('fill')) === 'none',
    );
    // The training plan and the mass production: two member countries each, and the key's cell.
    expect(outlined).toHaveLength(2 + 2 + 1);
    expect(charts.matrix.describe(partnerships)).toContain(
      'Drone alliance between Ukraine and Europe (attributed by the source to someone else): Ukraine.',
    );
  });
  test('joins the rows of records that may tell one deal with a rule at the left, and keys it', () => {
    const svg = body(render('matrix'));
    const rules = Array.from(svg.querySelectorAll('line')).filter(
      (l) => l.getAttribute('x1') === '5' && l.getAttribute('x2') === '5',
    );
    // The memorandum and the training plan, then the key's rule.
    expect(rules).toHaveLength(2);
    const [join] = rules;
    const rowLabel = (name: string) =>
      Array.from(svg.querySelectorAll('text')).find((t) => lineText(t).startsWith(name));
    const top = (t: Element | undefined) =>
      Number(/translate\([-\d.]+[ ,]([-\d.]+)\)/.exec(t?.getAttribute('transform') ?? '')?.[1]);
    const [first, second] = partnerships
      .filter(
        (p) => p.possiblySameAs !== null || partnerships.some((q) => q.possiblySameAs === p.id),
      )
      .map((p) => top(rowLabel(p.shortName.slice(0, 20))));
    // The rule spans both rows, and they are drawn one after the other.
    expect(Number(join?.getAttribute('y1'))).toBeLessThanOrEqual(
      Math.min(first ?? 0, second ?? 0) + 1,
    );
    expect(Number(join?.getAttribute('y2'))).toBeGreaterThan(Math.max(first ?? 0, second ?? 0));
    expect(textOf(svg)).toContain('rows joined at the left may tell one deal');
  });
});

describe('spread', () => {
  const records = charts.spread.select(tables);
  test('lists the evidence of every record under its place, by route', () => {
    const rows = charts.spread.toTable(records).rows;
    expect([...new Set(rows.map((r) => `${r.place}: ${r.route}`))]).toEqual([
      'Sudan: From Ukraine',
      'North Korea: With Russia',
      'Venezuela: With Russia',
      'Cartels (unnamed): Other or none stated',
      'Haiti: Other or none stated',
    ]);
    expect(rows.flatMap((r) => String(r.id).split('; ')).sort()).toEqual(
      records.map((r) => r.id).sort(),
    );
    const text = textOf(render('spread'));
    for (const row of rows) expect(text).toContain(String(row.place));
  });
  test('gives a place one row a source, with the evidence of each of its records, and no codes', () => {
    const rows = charts.spread.toTable(records).rows;
    const keys = rows.map((r) => `${r.place}|${r.route}|${r.source}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Sudan's training, recorded as an event and as a partnership: one row, both records' words.
    const sudan = rows.filter((r) => r.place === 'Sudan');
    expect(sudan).toHaveLength(1);
    expect(String(sudan[0]?.id).split('; ').sort()).toEqual([
      'fixture-sudan-training',
      'fixture-ua-trains-sudanese-troops',
    ]);
    expect(String(sudan[0]?.evidence).match(/Sudanese troops/g)).toHaveLength(2);
    // Each record's words a sentence: "2023: … describe it. 2023: …", "… troops. Undated: …".
    for (const row of rows) expect(String(row.evidence)).not.toMatch(/^[a-z]|\. [a-z]/);
    expect(charts.spread.toTable(records).columns.map((c) => c.key)).not.toContain('kind');
  });
  test('names what a figure counts before its number, and who states it after', () => {
    const evidence = charts.spread
      .toTable(records)
      .rows.map((r) => r.evidence)
      .join(' ');
    for (const text of [charts.spread.describe(records), evidence]) {
      expect(text).toContain(
        'North Korean troops deployed to the Kursk front for Russia: more than 15,000 troops',
      );
      expect(text).toContain(
        'Cartel drone flights detected near the southern US border in six months: more than 60,000 flights; according to',
      );
    }
  });
  test('draws one mark a fact in its route’s colour, paler where attributed or hedged, and no sentences', () => {
    const svg = render('spread');
    // The key's marks are in the text's colour, with no party's class.
    const marks = Array.from(body(svg).querySelectorAll('path')).filter((p) =>
      p.hasAttribute('class'),
    );
    // Plot joins the marks of one look and colour into one path, each mark a subpath.
    const count = (paths: Element[]) =>
      paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
    const pale = (p: Element) => p.parentElement?.hasAttribute('fill-opacity') ?? false;
    const rows = charts.spread.toTable(records).rows;
    // Sudan's training is one fact, recorded as an event and as a partnership: one mark.
    const facts = records.filter((r) => r.id !== 'fixture-sudan-training');
    expect(count(marks)).toBe(facts.length);
    const firm = new Set(['reported', 'reported-event']);
    expect(count(marks.filter(pale))).toBe(facts.filter((r) => !firm.has(r.status)).length);
    const routes = [
      ['From Ukraine', 'uad-f0'],
      ['With Russia', 'uad-f1'],
      ['Other or none stated', 'uad-km'],
    ];
    for (const [route, hue] of routes) {
      const ids = rows.filter((r) => r.route === route).flatMap((r) => String(r.id).split('; '));
      const inRoute = facts.filter((r) => ids.includes(r.id));
      const coloured = marks.filter((p) =>
        (p.getAttribute('class') ?? '').split(' ').includes(String(hue)),
      );
      // Grey marks drawn in full carry the muted fill, pale ones the muted edge.
      const grey =
        hue === 'uad-km' ? marks.filter((p) => p.getAttribute('class') === 'uad-fm') : [];
      expect(count([...coloured, ...grey])).toBe(inRoute.length);
    }
    const drawn = textOf(body(svg));
    for (const row of rows) expect(drawn).not.toContain(String(row.evidence).slice(0, 30));
    expect(drawn).not.toContain('according to');
  });
  test('writes beside a mark the year the source gives, not one inferred', () => {
    const drawn = textOf(body(render('spread')));
    // Sudan's training is dated 2023 in the text; the cartel flights only by the source's origin.
    expect(drawn).toContain('2023');
    expect(drawn).not.toMatch(/2025|2026/);
  });
  test('draws a fact recorded as an event and a partnership once, with its attribution', () => {
    const text = charts.spread.describe(records);
    expect(text.match(/Sudanese troops/g)).toHaveLength(1);
    expect(text).toContain('as Ukrainian defense officials describe it');
  });
  test('draws and describes at most six pieces of evidence a place and counts the rest; the table keeps all', () => {
    const [first] = records;
    const copies = Array.from({ length: 10 }, (_, i) => ({ ...first, id: `copy-${i}` })) as never[];
    const description = charts.spread.describe(copies);
    expect(description).toContain('and 4 more (see the table)');
    const drawn = body(charts.spread.render(copies, { document: createDocument() }));
    expect(textOf(drawn)).toContain('+4');
    const [row, ...others] = charts.spread.toTable(copies).rows;
    expect(others).toHaveLength(0);
    expect(String(row?.id).split('; ')).toHaveLength(10);
  });
});
