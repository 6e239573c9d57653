import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { PALETTE } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { EventRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';
import { wrap } from '../core/text.js';

const NAME = 'timeline';
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Ten event kinds in four groups: more hues than four would not stay colour-blind safe. */
const GROUPS = [
  { label: 'Cooperation', kinds: ['agreement', 'training-mission', 'investment'] },
  { label: 'Attacks and incursions', kinds: ['incursion', 'strike'] },
  { label: 'New systems', kinds: ['unveiling', 'deployment'] },
  { label: 'Statements and other', kinds: ['resolution', 'statement', 'other'] },
] as const;

const groupOf = (event: EventRecord) =>
  GROUPS.findIndex((group) => (group.kinds as readonly string[]).includes(event.kind));

/** The event's date; `check` has already refused undated events. */
const dateOf = (event: EventRecord) => event.date as string;

const chronological = (events: readonly EventRecord[]) =>
  [...events].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.id.localeCompare(b.id));

/** "2025", "Sep 2025", "30 Sep 2025"; a tilde marks a date inferred from the article. */
export function dateLabel(event: EventRecord): string {
  if (event.date === null) return 'undated';
  const [year, month, day] = event.date.split('-');
  const text = [day && String(Number(day)), month && MONTHS[Number(month) - 1], year]
    .filter(Boolean)
    .join(' ');
  return event.dateInferred ? `~${text}` : text;
}

const FONT = 12;
const LINE = 15;
const GAP = 7;
const AXIS_X = 58;
const TEXT_X = 70;

/** The dated events in order, by kind, each labelled with its date and a source mark. */
export const timeline = defineChart<EventRecord>({
  name: NAME,
  title: 'A timeline of events',
  expects: { kind: 'event', description: 'events (the report shows those dated 2023 to 2027)' },
  check(events) {
    for (const event of events)
      if (event.date === null)
        throw new ChartInputError(
          NAME,
          event.id,
          'the event has no date; the timeline places dated events only',
        );
  },
  describe(events) {
    const list = chronological(events);
    const first = list[0];
    const last = list[list.length - 1];
    const counts = GROUPS.map(
      (group, i) => `${list.filter((e) => groupOf(e) === i).length} ${group.label.toLowerCase()}`,
    );
    return (
      `${list.length} events from ${first ? dateLabel(first) : ''} to ${last ? dateLabel(last) : ''}: ${counts.join(', ')}. ` +
      list.map((e) => `${dateLabel(e)}: ${e.title} (${e.kind}).`).join(' ')
    );
  },
  toTable(events) {
    return {
      columns: [
        { key: 'id', label: 'Event' },
        { key: 'date', label: 'Date' },
        { key: 'dateInferred', label: 'Date inferred' },
        { key: 'kind', label: 'Kind' },
        { key: 'title', label: 'What happened' },
        { key: 'source', label: 'Source' },
      ],
      rows: chronological(events).map((e) => ({
        id: e.id,
        date: e.date,
        dateInferred: e.dateInferred ? 'yes' : 'no',
        kind: e.kind,
        title: e.title,
        source: e.source,
      })),
    };
  },
  draw(events, { document, width }) {
    const numbers = citationNumbers(events);
    const textWidth = width - TEXT_X - 12;
    let y = 8;
    let year = '';
    const rows = chronological(events).map((event) => {
      const lines = wrap(
        `${dateLabel(event)} · ${event.title} ${citationMark(numbers, event)}`,
        textWidth,
        FONT,
      );
      const eventYear = dateOf(event).slice(0, 4);
      const row = {
        y,
        lines: lines.join('\n'),
        year: eventYear === year ? '' : eventYear,
        color: PALETTE[groupOf(event)] as string,
      };
      year = eventYear;
      y += lines.length * LINE + GAP;
      return row;
    });
    const height = y;
    const plot = pixelPlot({ document, width }, height, [
      Plot.ruleX([AXIS_X], { y1: 4, y2: height - 4, strokeOpacity: 0.3 }),
      Plot.ruleY(
        rows.filter((r) => r.year && r.y > 8),
        { y: (r) => r.y - GAP / 2, x1: 12, x2: width - 12, strokeOpacity: 0.15 },
      ),
      Plot.text(
        rows.filter((r) => r.year),
        {
          x: 12,
          y: (r) => r.y + 9,
          text: 'year',
          textAnchor: 'start',
          fontWeight: 700,
          fontSize: 13,
        },
      ),
      Plot.dot(rows, { x: AXIS_X, y: (r) => r.y + 8, r: 4.5, fill: 'color', stroke: 'none' }),
      Plot.text(rows, {
        x: TEXT_X,
        y: (r) => r.y + 1,
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        fontSize: FONT,
        lineHeight: LINE / FONT,
      }),
    ]);
    return {
      plot,
      height,
      subtitle: 'In order of date; ~ marks a date inferred from the article.',
      legend: GROUPS.map((group, i) => ({ label: group.label, color: i })),
    };
  },
});
