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
/**
 * A month's mark: a brick at most BRICK_WIDTH wide (narrower where a month is), BRICK tall with
 * the gap to the next, so a stack reads as a column of entries at phone size.
 */
const BRICK = 14;
const BRICK_WIDTH = 12;
/** An event dated only to a year: a bar across its year, BAR_STEP tall with the gap to the next. */
const BAR = 6;
const BAR_STEP = 8;
/** The list: year in the left column, a marker of the event's precision, then its label. */
const MARK_X = 64;
const TEXT_X = 76;
/** The row of undated events under the strip: one dot each, this far apart. */
const DOT_STEP = 13;
/** Room under a lane's axis for its ticks and a line of labels (months, or years). */
const AXIS_LABELS = 24;
/** Around the months that have entries, the month lane shows this many empty months each side. */
const MONTH_PAD = 1;
/** A month's label is drawn every 1, 2, 3 or 6 months, the first step at which labels do not touch. */
const MONTH_STEPS = [1, 2, 3, 6];
/** The leader from the busiest month's annotation down to its stack, with a gap at each end. */
const LEADER = 16;

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
  const [w, h] = precision === 'year' ? [14, BAR] : [7, 12];
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
/** The annotation's lightness: the note on the busiest month is read after the bricks. */
const NOTE_OPACITY = 0.7;

const utcMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
/** Whole months from one month's start to another's. */
const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();

/** Events in the legend's order of parties, each party's in date order: how a stack is sorted. */
const byParty = (events: readonly EventRecord[]) =>
  [...events].sort((a, b) => PARTIES.indexOf(actingParty(a)) - PARTIES.indexOf(actingParty(b)));

/** What a lane of the strip stacks: events, each over a stretch of time (a month, a year). */
interface Lane {
  events: readonly EventRecord[];
  /** The start of the month or year an event is drawn over. */
  start: (event: EventRecord) => Date;
  interval: 'month' | 'year';
  /** Pixels per event in a stack, and the gap between two. */
  step: number;
  gap: number;
  /** Says how precisely the lane's events are dated: its position is the key to their shape. */
  label: string;
}

/** An axis label centred at `at`, on the first line under the axis (row 0) or the next. */
interface Tick {
  at: Date;
  text: string;
  row: number;
}

/** The middle of a stretch of time, where its label is centred. */
const middle = (from: Date, to: Date) => new Date((from.getTime() + to.getTime()) / 2);

/** A year lane's labels: each year's number, centred in its year. */
function yearTicks([t0, t1]: readonly [Date, Date]) {
  const labels: Tick[] = [];
  for (let year = t0.getUTCFullYear(); year < t1.getUTCFullYear(); year++) {
    labels.push({
      at: middle(utcMonth(year, 0), utcMonth(year + 1, 0)),
      text: String(year),
      row: 0,
    });
  }
  return { months: [] as Date[], labels };
}

/**
 * A month lane's labels: the month's name centred in it, every `step` months (calendar-aligned, so
 * "Jan", "Apr", … when three months share a label's room), and under them each year's number,
 * centred in its months inside the span where they are wide enough to hold it.
 */
function monthTicks([t0, t1]: readonly [Date, Date], monthPx: number) {
  const widest = Math.max(...MONTHS.map((m) => textWidth(m, FONT)));
  const step = MONTH_STEPS.find((k) => k * monthPx >= widest + 6) ?? 12;
  const months = Array.from({ length: monthsBetween(t0, t1) + 1 }, (_, i) =>
    utcMonth(t0.getUTCFullYear(), t0.getUTCMonth() + i),
  );
  const labels: Tick[] = months
    .slice(0, -1)
    .filter((start) => start.getUTCMonth() % step === 0)
    .map((start) => ({
      at: middle(start, utcMonth(start.getUTCFullYear(), start.getUTCMonth() + 1)),
      text: MONTHS[start.getUTCMonth()] as string,
      row: 0,
    }));
  for (let year = t0.getUTCFullYear(); year < t1.getUTCFullYear() + 1; year++) {
    const from = new Date(Math.max(t0.getTime(), utcMonth(year, 0).getTime()));
    const to = new Date(Math.min(t1.getTime(), utcMonth(year + 1, 0).getTime()));
    const room = monthsBetween(from, to) * monthPx;
    if (room >= textWidth(String(year), FONT) + 4) {
      labels.push({ at: middle(from, to), text: String(year), row: 1 });
    }
  }
  return { months, labels };
}

/**
 * One lane of the strip on Plot's scales: a UTC time axis over the years the dated events span,
 * each event a mark over its month or year that Plot stacks above the lane's baseline, sorted by
 * party, planned ones outlined, light rules between the years up to the tallest stack. Above the
 * rules, clear of them: `head`, a line of text over its stack with a leader down to it, and over
 * everything the lane's label as a small header at its left.
 */
function lanePlot(
  lane: Lane,
  { document, width }: DrawContext,
  span: readonly [Date, Date],
  { head, axis }: { head?: { key: string; text: string }; axis: boolean },
) {
  const [t0, t1] = span;
  const px = (date: Date) =>
    PAD + ((date.getTime() - t0.getTime()) / (t1.getTime() - t0.getTime())) * (width - 2 * PAD);
  const next = (date: Date) =>
    lane.interval === 'month'
      ? utcMonth(date.getUTCFullYear(), date.getUTCMonth() + 1)
      : utcMonth(date.getUTCFullYear() + 1, 0);
  const stacks = groupBy(lane.events, (e) => lane.start(e).getTime());
  const tallest = Math.max(0, ...[...stacks.values()].map((s) => s.length)) * lane.step;
  const headStack = head ? (stacks.get(Date.parse(`${head.key}-01T00:00:00Z`))?.length ?? 0) : 0;
  // From the bottom up: the stacks and the rules between the years, the annotation over a leader,
  // then the lane's header, so no rule runs through a line of text.
  const headAt = tallest + LEADER;
  const labelAt = head ? headAt + SMALL_LINE : tallest + 2;
  const top = labelAt + SMALL_LINE;
  const bottom = axis ? -AXIS_LABELS - (lane.interval === 'month' ? LINE : 0) : 0;
  const monthPx = (width - 2 * PAD) / monthsBetween(t0, t1);
  const inset = lane.interval === 'month' ? Math.max(0.5, (monthPx - BRICK_WIDTH) / 2) : 1;
  // The starts of the years inside the span (and at its ends): rules between the years.
  const yearStarts = Array.from({ length: t1.getUTCFullYear() - t0.getUTCFullYear() + 1 }, (_, i) =>
    utcMonth(t0.getUTCFullYear() + i, 0),
  ).filter((start) => start >= t0 && start <= t1);
  const ticks = lane.interval === 'month' ? monthTicks(span, monthPx) : yearTicks(span);
  // The annotation centred on its stack, kept inside the drawing.
  const headX = (() => {
    if (!head) return t0;
    const start = new Date(`${head.key}-01T00:00:00Z`);
    const half = textWidth(head.text, SMALL) / 2;
    const centre = (px(start) + px(next(start))) / 2;
    const x = Math.min(Math.max(centre, PAD + half), width - PAD - half);
    return new Date(t0.getTime() + ((x - PAD) / (width - 2 * PAD)) * (t1.getTime() - t0.getTime()));
  })();
  // Room above: a lane under another keeps clear of its baseline.
  const height = Math.round(top - bottom + (axis ? 14 : 4));
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop: height - (top - bottom),
    marginBottom: 0,
    marginLeft: PAD,
    marginRight: PAD,
    x: { type: 'utc', domain: [t0, t1], axis: null },
    y: { domain: [bottom, top], axis: null },
    marks: [
      Plot.ruleX(yearStarts, { y1: axis ? -5 : 0, y2: tallest, strokeOpacity: 0.2 }),
      // Plot stacks each month's (or year's) events in the order given, by party; a planned one is
      // an outline, its stroke inside the gap to the next.
      Plot.rectY(byParty(lane.events), {
        x: lane.start,
        interval: lane.interval,
        y: () => lane.step,
        fill: (e: EventRecord) => (isPlanned(e) ? 'none' : colorOf(e)),
        stroke: (e: EventRecord) => (isPlanned(e) ? colorOf(e) : 'none'),
        strokeWidth: 1.5,
        insetLeft: inset,
        insetRight: inset,
        insetTop: lane.gap,
      }),
      Plot.ruleY([0], { strokeOpacity: 0.6 }),
      ...(axis
        ? [
            // A tick under the baseline at each month's start in the month lane.
            Plot.ruleX(lane.interval === 'month' ? ticks.months : [], {
              y1: -4,
              y2: 0,
              strokeOpacity: 0.4,
            }),
            Plot.text(ticks.labels, {
              x: 'at',
              y: (t: Tick) => -15 - t.row * LINE,
              text: 'text',
              fontSize: FONT,
            }),
          ]
        : []),
      Plot.text([lane.label], {
        frameAnchor: 'left',
        y: labelAt + SMALL_LINE / 2,
        textAnchor: 'start',
        fontSize: SMALL,
        fill: 'currentColor',
        fillOpacity: NOTE_OPACITY,
      }),
      ...(head
        ? [
            Plot.ruleX([head.key], {
              x: (key: string) => {
                const start = new Date(`${key}-01T00:00:00Z`);
                return new Date((start.getTime() + next(start).getTime()) / 2);
              },
              y1: headStack * lane.step + 2,
              y2: headAt - 1,
              strokeOpacity: NOTE_OPACITY,
            }),
            Plot.text([head.text], {
              x: () => headX,
              y: headAt + SMALL_LINE / 2,
              fontSize: SMALL,
              fillOpacity: NOTE_OPACITY,
            }),
          ]
        : []),
    ],
  });
  return { plot, height };
}

/**
 * The strip: a lane of the events dated to a month (or day) over a lane of those dated only to a
 * year, on one time axis, each lane labelled with its precision; the busiest month named over its
 * stack, in one line.
 */
function timeStrip(dated: readonly EventRecord[], context: DrawContext) {
  const first = yearOf(dated[0] as EventRecord);
  const last = yearOf(dated[dated.length - 1] as EventRecord);
  const years = [utcMonth(first, 0), utcMonth(last + 1, 0)] as const;
  const monthly = dated.filter((e) => precisionOf(e) !== 'year');
  // The month lane spans the months that have entries and one empty month each side, not the
  // years: over five years a month was a few pixels wide and its stack a sliver.
  const starts = monthly.map((e) => utcMonth(yearOf(e), monthOf(e)).getTime());
  const months = starts.length
    ? ([
        utcMonth(
          new Date(Math.min(...starts)).getUTCFullYear(),
          new Date(Math.min(...starts)).getUTCMonth() - MONTH_PAD,
        ),
        utcMonth(
          new Date(Math.max(...starts)).getUTCFullYear(),
          new Date(Math.max(...starts)).getUTCMonth() + 1 + MONTH_PAD,
        ),
      ] as const)
    : years;
  const busiest = busiestMonth(dated);
  const head =
    busiest && busiest.count > 1
      ? {
          key: busiest.key,
          text: `${busiest.label}: ${busiest.count} entries${busiest.inferred ? `, ${busiest.inferred} dated by inference` : ''}`,
        }
      : undefined;
  const lanes = [
    lanePlot(
      {
        events: monthly,
        start: (e) => utcMonth(yearOf(e), monthOf(e)),
        interval: 'month',
        step: BRICK,
        gap: 2,
        label: 'Dated to the month or day',
      },
      context,
      months,
      { ...(head ? { head } : {}), axis: true },
    ),
    lanePlot(
      {
        events: dated.filter((e) => precisionOf(e) === 'year'),
        start: (e) => utcMonth(yearOf(e), 0),
        interval: 'year',
        step: BAR_STEP,
        gap: BAR_STEP - BAR,
        label: 'Dated to the year only',
      },
      context,
      years,
      { axis: true },
    ),
  ];
  // One drawing: each lane's marks in a group moved down below the lane before it.
  const plot = context.document.createElementNS(SVG_NS, 'svg') as Element;
  let height = 0;
  for (const lane of lanes) {
    const group = context.document.createElementNS(SVG_NS, 'g') as Element;
    if (height) group.setAttribute('transform', `translate(0,${height})`);
    for (const child of Array.from(lane.plot.childNodes)) {
      if (child.nodeName.toLowerCase() !== 'style') group.append(child);
    }
    plot.append(group);
    height += lane.height;
  }
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
      ? 'When each event happened, as precisely as its source dates it, then each in date order, colored by the party that acts.'
      : 'When each event happened, as precisely as its source dates it: one mark an event, colored by the party that acts.',
  note(events, { list = false }) {
    // The strip's one-line annotation counts the busiest month's entries; how many of them may
    // tell one incident is said here.
    const busiest = busiestMonth(events);
    const ofOne =
      busiest && busiest.count > 1 && busiest.ofOne > 1
        ? ` Up to ${busiest.ofOne} of the ${busiest.count} entries of ${busiest.label} may tell one incident.`
        : '';
    return list
      ? `“Inferred” marks a date read from the article’s context or its own date; “part of” and “possibly the same incident” link entries that may tell one incident.${ofOne}`
      : `“By inference”: a date read from the article’s context or its own date.${ofOne}`;
  },
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

    y += 4;

    // Without the list, the undated events are a row of dots under the strip, one per event, in
    // the legend's order of parties.
    const listMarks: Array<Mark & { circle: boolean }> = [];
    const undated = byParty(list.filter((e) => e.date === null));
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
    const squares = listMarks.filter((m) => !m.circle);
    const circles = listMarks.filter((m) => m.circle);
    // The list is laid out below the strip, in the same coordinates: one drawing, two plots.
    const listed = pixelPlot({ document, width }, height, [
      Plot.ruleY(rules, { y: 'y', x1: 'x1', x2: 'x2', strokeOpacity: 0.15 }),
      filled(squares),
      outlined(squares),
      Plot.dot(circles, {
        x: (m: Mark) => (m.x1 + m.x2) / 2,
        y: (m: Mark) => (m.y1 + m.y2) / 2,
        r: (m: Mark) => (m.planned ? 3.75 : 4.5),
        fill: (m: Mark) => (m.planned ? 'none' : m.color),
        stroke: (m: Mark) => (m.planned ? m.color : 'none'),
        strokeWidth: 1.5,
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
    // One key: the parties' colours, then on a row of its own the outline of a planned event (a
    // look, not a party); how precisely an event
    // is dated is told by where it is drawn, in a lane labelled so, or in the row of undated ones.
    return {
      plot,
      height,
      legend: [
        ...PARTIES.filter((party) => list.some((e) => actingParty(e) === party)).map(partyLegend),
        ...(list.some(isPlanned)
          ? [{ label: 'Planned', color: 'muted' as const, outline: true, newRow: true }]
          : []),
      ],
    };
  },
});
