import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { entity } from '../core/lookup.js';
import { isParty, PARTY_COLOR, type Party, partyLegend, partyOf } from '../core/palette.js';
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

/**
 * The party an event is coloured by: that of the first actor that is a country or an institution
 * the palette knows (the firms, systems and programs an event also names do not decide it).
 */
function partyOfEvent(event: EventRecord): Party {
  const first = event.actors.find((id) => entity(id)?.kind === 'country' || isParty(id));
  return first === undefined ? 'other' : partyOf(first);
}
const colorOf = (event: EventRecord) => PARTY_COLOR[partyOfEvent(event)];
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
export function dateLabel(event: EventRecord): string {
  if (event.date === null) return 'undated';
  const [year, month, day] = event.date.split('-');
  const text = [day && String(Number(day)), month && MONTHS[Number(month) - 1], year]
    .filter(Boolean)
    .join(' ');
  return event.dateInferred ? `${text} (inferred)` : text;
}

/** "Sep 2025": the month with the most events, for the description. */
function busiestMonth(
  events: readonly EventRecord[],
): { key: string; label: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (precisionOf(event) === 'day' || precisionOf(event) === 'month') {
      const key = (event.date as string).slice(0, 7);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (key === undefined || count === undefined) return null;
  return { key, label: `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`, count };
}

const FONT = 12;
const LINE = 15;
const GAP = 7;
const PAD = 12;
/** The time axis: month squares stacked above it, year-only bars below its year labels. */
const SQUARE_GAP = 1;
/** A month's mark: as wide as the month allows, taller than wide so a stack reads at phone size. */
const BRICK = 7;
const BAR = 4;
const BAR_GAP = 2;
/** The list: year in the left column, a marker of the event's precision, then its label. */
const MARK_X = 58;
const TEXT_X = 70;

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
  const [w, h] = precision === 'year' ? [14, BAR] : [9, 9];
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

/**
 * Events on a time axis by month, then listed in date order with their titles. An event dated to
 * the month (or day) is a square stacked in its month; one dated only to a year is a bar spanning
 * that year, below the axis; a planned event is outlined; an event its source does not date is
 * listed at the end, off the axis.
 */
export const timeline = defineChart<EventRecord>({
  name: NAME,
  title: "The sources' dated events cluster in September 2025; many carry no date at all",
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
        ? `The busiest month is ${busiest.label}, with ${busiest.count} events.`
        : '',
    ];
    const entries = list.map(
      (e) =>
        `${e.date === null ? 'Undated' : dateLabel(e)}: ${e.title} (${e.kind}${isPlanned(e) ? ', planned' : ''}).`,
    );
    return [...summary, ...entries].filter(Boolean).join(' ');
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
  draw(events, { document, width }) {
    const list = chronological(events);
    const dated = list.filter((e) => e.date !== null);
    const marks: Mark[] = [];
    const texts: Array<{
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle';
      bold: boolean;
    }> = [];
    const rules: Array<{ x1: number; x2: number; y: number }> = [];
    const ticks: Array<{ x: number; y1: number; y2: number }> = [];
    const axes: Array<{ x1: number; x2: number; y: number }> = [];
    const notes: Array<{ x: number; y: number; text: string; anchor: 'start' | 'end' }> = [];
    let y = 8;

    // The time axis, one column per month of the years the dated events span.
    if (dated.length > 0) {
      const firstYear = yearOf(dated[0] as EventRecord);
      const years = yearOf(dated[dated.length - 1] as EventRecord) - firstYear + 1;
      const month = (width - 2 * PAD) / (years * 12);
      const side = Math.min(month - SQUARE_GAP, BRICK);
      const left = (event: EventRecord, m: number) =>
        PAD + ((yearOf(event) - firstYear) * 12 + m) * month;
      const inMonth = new Map<string, EventRecord[]>();
      const inYear = new Map<number, EventRecord[]>();
      for (const event of dated) {
        if (precisionOf(event) === 'year') {
          inYear.set(yearOf(event), [...(inYear.get(yearOf(event)) ?? []), event]);
        } else {
          const key = (event.date as string).slice(0, 7);
          inMonth.set(key, [...(inMonth.get(key) ?? []), event]);
        }
      }
      const tallest = Math.max(0, ...[...inMonth.values()].map((stack) => stack.length));
      const axis = y + tallest * (BRICK + SQUARE_GAP) + 2;
      for (const stack of inMonth.values()) {
        stack.forEach((event, k) => {
          const x = left(event, monthOf(event)) + (month - side) / 2;
          const bottom = axis - 2 - k * (BRICK + SQUARE_GAP);
          marks.push({
            x1: x,
            x2: x + side,
            y1: bottom - BRICK,
            y2: bottom,
            color: colorOf(event),
            planned: isPlanned(event),
          });
        });
      }
      // Name the busiest month beside its stack, so the strip can be read without the list.
      const busiest = busiestMonth(dated);
      const top = busiest && inMonth.get(busiest.key);
      if (busiest && top && busiest.count > 1) {
        const x = left(top[0] as EventRecord, monthOf(top[0] as EventRecord));
        const before = x > width / 2;
        notes.push({
          x: before ? x - 3 : x + month + 3,
          y: axis - tallest * (BRICK + SQUARE_GAP) + 8,
          text: `${busiest.label}: ${busiest.count} events`,
          anchor: before ? 'end' : 'start',
        });
      }
      axes.push({ x1: PAD, x2: width - PAD, y: axis });
      for (let i = 0; i <= years; i++)
        ticks.push({ x: PAD + i * 12 * month, y1: axis - 4, y2: axis + 5 });
      for (let i = 0; i < years; i++) {
        texts.push({
          x: PAD + (i + 0.5) * 12 * month,
          y: axis + 15,
          text: String(firstYear + i),
          anchor: 'middle',
          bold: true,
        });
      }
      const bars = axis + 24;
      const deepest = Math.max(0, ...[...inYear.values()].map((stack) => stack.length));
      for (const stack of inYear.values()) {
        stack.forEach((event, k) => {
          const x = left(event, 0);
          marks.push({
            x1: x + 1,
            x2: x + 12 * month - 1,
            y1: bars + k * (BAR + BAR_GAP),
            y2: bars + k * (BAR + BAR_GAP) + BAR,
            color: colorOf(event),
            planned: isPlanned(event),
          });
        });
      }
      y = bars + deepest * (BAR + BAR_GAP) + 6;
    }

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
      const itemWidth = 20 + textWidth(item.label, 11) + 10;
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
      texts.push({ x: x + 18, y: keyY + 4, text: item.label, anchor: 'start', bold: false });
      x += itemWidth;
    }
    y = keyY + LINE;

    // The list: every event with its date and title, a year heading where the year changes.
    const listMarks: Array<Mark & { circle: boolean }> = [];
    const labels: Array<{ y: number; lines: string }> = [];
    const textWidthAvailable = width - TEXT_X - PAD;
    let year = '';
    for (const event of list) {
      const eventYear = event.date === null ? 'undated' : event.date.slice(0, 4);
      if (eventYear !== year) {
        rules.push({ x1: PAD, x2: width - PAD, y: y + 2 });
        y += 6;
        if (event.date === null) {
          texts.push({
            x: PAD,
            y: y + 11,
            text: 'Not dated in the sources',
            anchor: 'start',
            bold: true,
          });
          y += LINE + 2;
        } else {
          texts.push({ x: PAD, y: y + 11, text: eventYear, anchor: 'start', bold: true });
        }
        year = eventYear;
      }
      const date =
        event.date === null ? '' : `${dateLabel(event)}${isPlanned(event) ? ' (planned)' : ''} · `;
      const lines = wrap(`${date}${event.title}`, textWidthAvailable, FONT);
      listMarks.push(listMarker(event, MARK_X, y + 7));
      labels.push({ y: y + 1, lines: lines.join('\n') });
      y += lines.length * LINE + GAP;
    }
    const height = y;
    const squares = [
      ...marks,
      ...keyMarks.filter((m) => !m.circle),
      ...listMarks.filter((m) => !m.circle),
    ];
    const circles = [...keyMarks, ...listMarks].filter((m) => m.circle);
    const plot = pixelPlot({ document, width }, height, [
      Plot.ruleY(rules, { y: 'y', x1: 'x1', x2: 'x2', strokeOpacity: 0.15 }),
      Plot.ruleY(axes, { y: 'y', x1: 'x1', x2: 'x2', strokeOpacity: 0.6 }),
      Plot.ruleX(ticks, { x: 'x', y1: 'y1', y2: 'y2', strokeOpacity: 0.6 }),
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
          { x: 'x', y: 'y', text: 'text', textAnchor: anchor, fontWeight: 700, fontSize: 13 },
        ),
      ),
      Plot.text(
        texts.filter((t) => !t.bold),
        {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          fontSize: 11,
        },
      ),
      ...(['start', 'end'] as const).map((anchor) =>
        Plot.text(
          notes.filter((n) => n.anchor === anchor),
          { x: 'x', y: 'y', text: 'text', textAnchor: anchor, fontSize: 11 },
        ),
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
    return {
      plot,
      height,
      subtitle:
        'When each event happened, by month, then each in date order, coloured by the first party named; “inferred” marks a date read from the article’s context.',
      legend: PARTIES.filter((party) => list.some((e) => partyOfEvent(e) === party)).map(
        partyLegend,
      ),
    };
  },
});
