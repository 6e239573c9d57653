import * as Plot from '@observablehq/plot';
import { incidents } from '@ua-drones/data';
import { actingParty } from '../core/acting-party.js';
import { type DrawContext, defineChart } from '../core/chart.js';
import {
  PARTY_COLOR,
  type Party,
  partyLegend,
  FONT as TYPE,
  LINE as TYPE_LINE,
} from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { EventRecord } from '../core/records.js';
import { textWidth, wrap } from '../core/text.js';

const NAME = 'timeline';
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * Ten event kinds in four groups, for the description. A deployment is of forces or systems
 * already in service (fighter jets, THAAD components) as much as of new ones, so deployments are
 * grouped with unveilings by what happened, not called new systems.
 */
const GROUPS = [
  { label: 'Cooperation', kinds: ['agreement', 'training-mission', 'investment'] },
  { label: 'Attacks and incursions', kinds: ['incursion', 'strike'] },
  { label: 'Unveilings and deployments', kinds: ['unveiling', 'deployment'] },
  { label: 'Statements and other', kinds: ['resolution', 'statement', 'other'] },
] as const;

const groupOf = (event: EventRecord) =>
  GROUPS.findIndex((group) => (group.kinds as readonly string[]).includes(event.kind));

const colorOf = (event: EventRecord) => PARTY_COLOR[actingParty(event)];
const PARTIES: readonly Party[] = ['ukraine', 'russia', 'europe', 'other'];

/** How precisely the source dates an event: the length of its ISO date, or not at all. */
type Precision = 'day' | 'month' | 'year' | 'none';

function precisionOf(event: EventRecord): Precision {
  if (event.date === null) return 'none';
  return event.date.length === 4 ? 'year' : event.date.length === 7 ? 'month' : 'day';
}

const isPlanned = (event: EventRecord) => event.status === 'planned';
const yearOf = (event: EventRecord) => Number(event.date?.slice(0, 4));
const monthOf = (event: EventRecord) => Number(event.date?.slice(5, 7)) - 1;

/**
 * Dated events in date order, then the undated ones. A year sorts before its months ("2025" <
 * "2025-09"), so events the source dates only to the year come first within their year.
 */
const chronological = (events: readonly EventRecord[]) =>
  [...events].sort(
    (a, b) =>
      Number(a.date === null) - Number(b.date === null) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.id.localeCompare(b.id),
  );

/** "2025", "Sep 2025", "30 Sep 2025"; "Sep 2025 (inferred)" when the date is inferred from the article. */
export function dateLabel(event: Pick<EventRecord, 'date' | 'dateInferred'>): string {
  if (event.date === null) return 'undated';
  const [year, month, day] = event.date.split('-');
  const text = [day && String(Number(day)), month && MONTHS[Number(month) - 1], year]
    .filter(Boolean)
    .join(' ');
  return event.dateInferred ? `${text} (inferred)` : text;
}

/**
 * "Sep 2025": the month with the most entries, how many of them have an inferred date (a cluster
 * of inferred months says more about when the articles appeared than about the events), and how
 * many incidents they tell: entries linked as steps of one incident or possibly the same incident
 * count once there, so a reader can see that one incursion fills several places in the stack.
 */
function busiestMonth(events: readonly EventRecord[]): {
  key: string;
  label: string;
  count: number;
  inferred: number;
  /** The most entries of the month that may tell one incident. */
  ofOne: number;
} | null {
  const months = groupBy(
    events.filter((e) => precisionOf(e) === 'day' || precisionOf(e) === 'month'),
    (e) => (e.date as string).slice(0, 7),
  );
  const [key, stack] =
    [...months].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0] ?? [];
  if (key === undefined || stack === undefined) return null;
  return {
    key,
    label: `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`,
    count: stack.length,
    inferred: stack.filter((e) => e.dateInferred).length,
    ofOne: Math.max(...incidents(stack, { possible: 'merge' }).map((i) => i.records.length)),
  };
}

/**
 * Where the data links an event to another it draws: a step of that incident (`partOf`), or
 * possibly the same incident told by another source (`possiblySameAs`), so that one incursion and
 * the responses to it do not read as separate happenings.
 */
function linkText(event: EventRecord, byId: ReadonlyMap<string, EventRecord>): string {
  const part = event.partOf ? byId.get(event.partOf) : undefined;
  if (part) return ` (part of: ${part.title})`;
  const same = event.possiblySameAs ? byId.get(event.possiblySameAs) : undefined;
  return same ? ` (possibly the same incident as: ${same.title})` : '';
}

const { label: FONT, small: SMALL } = TYPE;
const { label: LINE, small: SMALL_LINE } = TYPE_LINE;
const GAP = 7;
const PAD = 12;
/** The time axis: month bricks stacked above it, year-only bars below its year labels. */
const SQUARE_GAP = 2;
/**
 * A month's mark: as wide as the month allows (at most BRICK_WIDTH), taller than wide, so a
 * stack reads as a column of entries at phone size.
 */
const BRICK = 12;
const BRICK_WIDTH = 9;
const BAR = 6;
const BAR_GAP = 2;
/** The list: year in the left column, a marker of the event's precision, then its label. */
const MARK_X = 64;
const TEXT_X = 76;
/** The row of undated events under the strip: one dot each, this far apart. */
const DOT_STEP = 13;

interface Mark {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  color: string;
  planned: boolean;
}

/**
 * A marker of the date's precision, centred on (x, y): a square for a month or day, a bar for a
 * year, a circle for no date; outlined when the event is planned.
 */
function listMarker(event: EventRecord, x: number, y: number): Mark & { circle: boolean } {
  const precision = precisionOf(event);
  const [w, h] = precision === 'year' ? [14, BAR] : [7, BRICK];
  return {
    x1: x - w / 2,
    x2: x + w / 2,
    y1: y - h / 2,
    y2: y + h / 2,
    color: colorOf(event),
    planned: isPlanned(event),
    circle: precision === 'none',
  };
}

const filled = (marks: readonly Mark[]) =>
  Plot.rect(
    marks.filter((m) => !m.planned),
    { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'color' },
  );
const outlined = (marks: readonly Mark[]) =>
  Plot.rect(
    marks.filter((m) => m.planned),
    {
      x1: (m: Mark) => m.x1 + 0.75,
      x2: (m: Mark) => m.x2 - 0.75,
      y1: (m: Mark) => m.y1 + 0.75,
      y2: (m: Mark) => m.y2 - 0.75,
      stroke: 'color',
      strokeWidth: 1.5,
      fill: 'none',
    },
  );

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Pixels per event in a month's stack (a brick and its gap), the unit of the strip's y. */
const UNIT = BRICK + SQUARE_GAP;
/** Below the axis, in units: the year labels, then the bars of events dated only to a year. */
const LABEL_AT = -15 / UNIT;
const BARS_FROM = -24 / UNIT;
const BAR_STEP = (BAR + BAR_GAP) / UNIT;
/** The source line's lightness: the note beside the busiest month is read after the bricks. */
const NOTE_OPACITY = 0.7;

const utcMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/**
 * The strip on Plot's scales: a UTC time axis over the years the dated events span; each event
 * dated to a month (or day) a brick that Plot stacks in its month; each dated only to a year a
 * bar over that year below the axis; planned ones outlined.
 */
function timeStrip(dated: readonly EventRecord[], { document, width }: DrawContext) {
  const first = yearOf(dated[0] as EventRecord);
  const last = yearOf(dated[dated.length - 1] as EventRecord);
  const byMonth = dated.filter((e) => precisionOf(e) !== 'year');
  const byYear = dated.filter((e) => precisionOf(e) === 'year');
  const months = groupBy(byMonth, (e) => (e.date as string).slice(0, 7));
  const tallest = Math.max(0, ...[...months.values()].map((stack) => stack.length));
  const years = groupBy(byYear, (e) => yearOf(e));
  const bars = byYear.map((event) => {
    const k = years.get(yearOf(event))?.indexOf(event) ?? 0;
    const top = BARS_FROM - k * BAR_STEP;
    return { event, top, bottom: top - BAR / UNIT };
  });
  const lowest = Math.min(BARS_FROM, ...bars.map((b) => b.bottom)) - 6 / UNIT;
  const monthPx = (width - 2 * PAD) / ((last - first + 1) * 12);
  const inset = Math.max(0.5, (monthPx - BRICK_WIDTH) / 2);
  const yearStarts = Array.from({ length: last - first + 2 }, (_, i) => utcMonth(first + i, 0));
  const busiest = busiestMonth(dated);
  const note =
    busiest && busiest.count > 1
      ? (() => {
          const [year, month] = busiest.key.split('-').map(Number) as [number, number];
          const middle = (utcMonth(first, 0).getTime() + utcMonth(last + 1, 0).getTime()) / 2;
          const before = utcMonth(year, month - 1).getTime() > middle;
          return {
            x: before ? utcMonth(year, month - 1) : utcMonth(year, month),
            // The inferred dates on a line of their own: the note must fit beside its stack.
            lines: [
              `${busiest.label}: ${busiest.count} entries`,
              ...(busiest.ofOne > 1 ? [`up to ${busiest.ofOne} of one incident`] : []),
              ...(busiest.inferred ? [`${busiest.inferred} dated by inference`] : []),
            ],
            anchor: before ? ('end' as const) : ('start' as const),
          };
        })()
      : null;
  // The strip reaches at least as high as the note beside the busiest stack needs.
  const ceiling = Math.max(tallest, ((note?.lines.length ?? 0) * SMALL_LINE) / UNIT);
  const top = 8;
  const height = Math.round(top + (ceiling - lowest) * UNIT);
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop: top,
    marginBottom: 0,
    marginLeft: PAD,
    marginRight: PAD,
    x: { type: 'utc', domain: [utcMonth(first, 0), utcMonth(last + 1, 0)], axis: null },
    y: { domain: [lowest, ceiling], axis: null },
    marks: [
      // Plot stacks a month's events, in date order; a planned one is an outline.
      Plot.rectY(byMonth, {
        x: (e: EventRecord) => utcMonth(yearOf(e), monthOf(e)),
        interval: 'month',
        y: () => 1,
        fill: colorOf,
        fillOpacity: (e: EventRecord) => (isPlanned(e) ? 0 : 1),
        stroke: colorOf,
        strokeOpacity: (e: EventRecord) => (isPlanned(e) ? 1 : 0),
        insetLeft: inset,
        insetRight: inset,
        insetTop: SQUARE_GAP / 2,
        insetBottom: SQUARE_GAP / 2,
      }),
      Plot.ruleY([0], { strokeOpacity: 0.6 }),
      Plot.ruleX(yearStarts, { y1: 4 / UNIT, y2: -5 / UNIT, strokeOpacity: 0.6 }),
      Plot.text(yearStarts.slice(0, -1), {
        x: (start: Date) => utcMonth(start.getUTCFullYear(), 6),
        y: LABEL_AT,
        text: (start: Date) => String(start.getUTCFullYear()),
        fontWeight: 700,
        fontSize: FONT,
      }),
      ...(['filled', 'outlined'] as const).map((look) =>
        Plot.rect(
          bars.filter((b) => isPlanned(b.event) === (look === 'outlined')),
          {
            x1: (b) => utcMonth(yearOf(b.event), 0),
            x2: (b) => utcMonth(yearOf(b.event) + 1, 0),
            y1: 'top',
            y2: 'bottom',
            insetLeft: 1,
            insetRight: 1,
            ...(look === 'filled'
              ? { fill: (b: (typeof bars)[number]) => colorOf(b.event) }
              : {
                  stroke: (b: (typeof bars)[number]) => colorOf(b.event),
                  strokeWidth: 1.5,
                  fill: 'none',
                }),
          },
        ),
      ),
      // Name the busiest month beside its stack, so the strip can be read without the list.
      ...(note
        ? [
            Plot.text([note], {
              x: 'x',
              y: ceiling,
              text: (n: typeof note) => n.lines.join('\n'),
              lineAnchor: 'top',
              lineHeight: SMALL_LINE / SMALL,
              textAnchor: note.anchor,
              dx: note.anchor === 'end' ? -3 : 3,
              fontSize: SMALL,
              fillOpacity: NOTE_OPACITY,
            }),
          ]
        : []),
    ],
  });
  return { plot, height };
}

/** Items grouped by a key, in the order they come. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Events on a time axis by month. An event dated to the month (or day) is a brick stacked in its
 * month; one dated only to a year is a bar spanning that year, below the axis; a planned event is
 * outlined; an event its source does not date is a dot in a row under the key. With `list`, every
 * event is also listed in date order with its title, the undated ones last.
 */
export const timeline = defineChart<EventRecord>({
  name: NAME,
  title:
    'Events dated to a month cluster in September 2025, mostly by inference; many carry no date',
  expects: {
    kind: 'event',
    description: 'events (the report shows those dated 2023 to 2027, and the undated ones)',
  },
  describe(events) {
    const list = chronological(events);
    const dated = list.filter((e) => e.date !== null);
    const first = dated[0];
    const last = dated[dated.length - 1];
    const count = (precisions: Precision[]) =>
      dated.filter((e) => precisions.includes(precisionOf(e))).length;
    const undated = list.length - dated.length;
    const planned = list.filter(isPlanned).length;
    const busiest = busiestMonth(dated);
    const kinds = GROUPS.map(
      (group, i) => `${list.filter((e) => groupOf(e) === i).length} ${group.label.toLowerCase()}`,
    );
    const summary = [
      `${list.length} events, ${kinds.join(', ')}.`,
      first && last
        ? `${dated.length} are dated, from ${dateLabel(first)} to ${dateLabel(last)}: ${count(['month', 'day'])} to the month or day, ${count(['year'])} only to the year.`
        : '',
      undated
        ? `${undated} ${undated === 1 ? 'is' : 'are'} not dated by ${undated === 1 ? 'its source' : 'their sources'}.`
        : '',
      planned ? `${planned} ${planned === 1 ? 'is' : 'are'} planned, not yet done.` : '',
      busiest && busiest.count > 1
        ? `The busiest month is ${busiest.label}, with ${busiest.count} entries${busiest.ofOne > 1 ? ` (up to ${busiest.ofOne} of them may tell one incident)` : ''}${busiest.inferred ? `, ${busiest.inferred} of them with the month inferred from the article` : ''}.`
        : '',
    ];
    const byId = new Map(list.map((e) => [e.id, e]));
    const entries = list.map(
      (e) =>
        `${e.date === null ? 'Undated' : dateLabel(e)}: ${e.title}${linkText(e, byId)} (${e.kind}${isPlanned(e) ? ', planned' : ''}).`,
    );
    return [...summary, ...entries].filter(Boolean).join(' ');
  },
  subtitle: (_events, { list = false }) =>
    list
      ? 'When each event happened, by month, then each in date order, colored by the party that acts.'
      : 'When each event happened, by month, one brick an event, colored by the party that acts.',
  note: (_events, { list = false }) =>
    list
      ? '“Inferred” marks a date read from the article’s context or its own date; “part of” and “possibly the same incident” link entries that may tell one incident.'
      : '“By inference”: a date read from the article’s context or its own date.',
  toTable(events) {
    return {
      columns: [
        { key: 'id', label: 'Event' },
        { key: 'date', label: 'Date' },
        { key: 'dateInferred', label: 'Date inferred' },
        { key: 'status', label: 'Status' },
        { key: 'kind', label: 'Kind' },
        { key: 'title', label: 'What happened' },
        { key: 'source', label: 'Source' },
      ],
      rows: chronological(events).map((e) => ({
        id: e.id,
        date: e.date,
        dateInferred: e.dateInferred ? 'yes' : 'no',
        status: e.status,
        kind: e.kind,
        title: e.title,
        source: e.source,
      })),
    };
  },
  draw(events, { document, width }, { list: withList = false }) {
    const list = chronological(events);
    const dated = list.filter((e) => e.date !== null);
    const texts: Array<{
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle';
      bold: boolean;
    }> = [];
    const rules: Array<{ x1: number; x2: number; y: number }> = [];
    const strip = dated.length > 0 ? timeStrip(dated, { document, width }) : null;
    let y = strip?.height ?? 8;

    // The key to the markers' shapes, on one line where it fits.
    const key: Array<{ event: Partial<EventRecord>; label: string }> = [
      { event: { date: '2025-01', status: 'reported' }, label: 'dated to the month' },
      { event: { date: '2025', status: 'reported' }, label: 'to the year only' },
      { event: { date: '2025-01', status: 'planned' }, label: 'planned' },
      ...(list.length > dated.length
        ? [{ event: { date: null, status: 'reported' as const }, label: 'not dated' }]
        : []),
    ];
    const keyMarks: Array<Mark & { circle: boolean }> = [];
    let x = PAD;
    let keyY = y + 8;
    for (const item of key) {
      const itemWidth = 20 + textWidth(item.label, SMALL) + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        keyY += LINE;
      }
      const marker = listMarker(
        { kind: 'other', actors: [], ...item.event } as EventRecord,
        x + 7,
        keyY,
      );
      keyMarks.push({ ...marker, color: 'currentColor' });
      // Plot centres a line on its y (lineAnchor middle): the label's x-height on the marker's centre.
      texts.push({ x: x + 18, y: keyY, text: item.label, anchor: 'start', bold: false });
      x += itemWidth;
    }
    y = keyY + LINE;

    // Without the list, the undated events are a row of dots under the key, one per event.
    const listMarks: Array<Mark & { circle: boolean }> = [];
    const undated = list.filter((e) => e.date === null);
    if (!withList && undated.length > 0) {
      const label = 'Not dated in the sources:';
      texts.push({ x: PAD, y: y + 8, text: label, anchor: 'start', bold: false });
      let dotX = PAD + textWidth(label, SMALL) + 4 + DOT_STEP / 2;
      for (const event of undated) {
        if (dotX > width - PAD - DOT_STEP / 2) {
          dotX = PAD + DOT_STEP / 2;
          y += LINE;
        }
        listMarks.push(listMarker(event, dotX, y + 8));
        dotX += DOT_STEP;
      }
      y += LINE + 4;
    }

    // The list: every event with its date and title, a year heading where the year changes.
    const labels: Array<{ y: number; lines: string }> = [];
    const textWidthAvailable = width - TEXT_X - PAD;
    const byId = new Map(list.map((e) => [e.id, e]));
    let year = '';
    for (const event of withList ? list : []) {
      const eventYear = event.date === null ? 'undated' : event.date.slice(0, 4);
      if (eventYear !== year) {
        rules.push({ x1: PAD, x2: width - PAD, y: y + 2 });
        y += 6;
        if (event.date === null) {
          texts.push({
            x: PAD,
            y: y + 13,
            text: 'Not dated in the sources',
            anchor: 'start',
            bold: true,
          });
          y += LINE + 2;
        } else {
          texts.push({ x: PAD, y: y + 13, text: eventYear, anchor: 'start', bold: true });
        }
        year = eventYear;
      }
      const date =
        event.date === null ? '' : `${dateLabel(event)}${isPlanned(event) ? ' (planned)' : ''} · `;
      const lines = wrap(`${date}${event.title}${linkText(event, byId)}`, textWidthAvailable, FONT);
      // The marker at the middle of the label's first line.
      listMarks.push(listMarker(event, MARK_X, y + 1 + LINE / 2));
      labels.push({ y: y + 1, lines: lines.join('\n') });
      y += lines.length * LINE + GAP;
    }
    const height = y;
    const squares = [...keyMarks, ...listMarks].filter((m) => !m.circle);
    const circles = [...keyMarks, ...listMarks].filter((m) => m.circle);
    // The list is laid out below the strip, in the same coordinates: one drawing, two plots.
    const listed = pixelPlot({ document, width }, height, [
      Plot.ruleY(rules, { y: 'y', x1: 'x1', x2: 'x2', strokeOpacity: 0.15 }),
      filled(squares),
      outlined(squares),
      Plot.dot(circles, {
        x: (m: Mark) => (m.x1 + m.x2) / 2,
        y: (m: Mark) => (m.y1 + m.y2) / 2,
        r: 4.5,
        fill: 'color',
        stroke: 'none',
      }),
      ...(['middle', 'start'] as const).map((anchor) =>
        Plot.text(
          texts.filter((t) => t.bold && t.anchor === anchor),
          { x: 'x', y: 'y', text: 'text', textAnchor: anchor, fontWeight: 700, fontSize: FONT },
        ),
      ),
      Plot.text(
        texts.filter((t) => !t.bold),
        {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          fontSize: SMALL,
        },
      ),
      Plot.text(labels, {
        x: TEXT_X,
        y: 'y',
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        fontSize: FONT,
        lineHeight: LINE / FONT,
        // Text lighter than the marks it labels.
        fillOpacity: 0.85,
      }),
    ]);
    const plot = document.createElementNS(SVG_NS, 'svg') as Element;
    for (const part of strip ? [strip.plot, listed] : [listed]) {
      for (const child of Array.from(part.childNodes)) {
        if (child.nodeName.toLowerCase() !== 'style') plot.append(child);
      }
    }
    return {
      plot,
      height,
      legend: PARTIES.filter((party) => list.some((e) => actingParty(e) === party)).map(
        partyLegend,
      ),
    };
  },
});
