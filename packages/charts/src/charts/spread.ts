import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { formatValue } from '../core/format.js';
import { entity, entityName } from '../core/lookup.js';
import { PARTY_COLOR, FONT as TYPE, LINE as TYPE_LINE } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { EventRecord, FigureRecord, PartnershipRecord } from '../core/records.js';
import { kindOf } from '../core/records.js';
import { textWidth, wrap } from '../core/text.js';
import { dateLabel } from './timeline.js';

const NAME = 'spread';
/**
 * The route the evidence gives: from Ukraine, with Russia, or another or none stated. The last
 * does not say the source ties a place to the war (cartel flights at the US border and
 * strikes in Haiti are given as the wider spread of drone warfare), so the chart does not either.
 */
const ORIGINS = [
  { id: 'ua', label: 'From Ukraine', drawn: 'From\nUkraine', color: PARTY_COLOR.ukraine },
  { id: 'ru', label: 'With Russia', drawn: 'With\nRussia', color: PARTY_COLOR.russia },
  {
    id: null,
    label: 'Other or none stated',
    drawn: 'Other or\nnone\nstated',
    color: PARTY_COLOR.other,
  },
] as const;
const NOT_DESTINATIONS = new Set(['ua', 'ru', 'us']);
/**
 * Marks drawn and evidence lines described per place; the rest are counted ("+3", "and 3 more")
 * and all are in the table. A place documented by hundreds of records would otherwise fill the page.
 */
const MAX_EVIDENCE = 6;
const { label: FONT, small: SMALL } = TYPE;
const { label: LINE, small: SMALL_LINE } = TYPE_LINE;
const PAD = 12;
/** Between the marks' column and the names. */
const GAP = 10;
const ROW_GAP = 4;
const GROUP_GAP = 8;
/** A mark's radius, and the room one takes in a row. */
const MARK_R = 5.5;
const MARK_STEP = 16;
/** The fill opacity of an attributed or hedged mark. */
const PALE = 0.2;

type Spread = FigureRecord | EventRecord | PartnershipRecord;

const parties = (record: Spread): readonly string[] => {
  const kind = kindOf(record);
  if (kind === 'figure') return (record as FigureRecord).subjects;
  if (kind === 'event') return (record as EventRecord).actors;
  return (record as PartnershipRecord).members;
};

/**
 * Where a record places the know-how: the groups it names (cartels, rebels), else the first
 * country that is neither side of the war nor the US.
 */
function destination(record: Spread): string[] {
  const candidates = parties(record).filter((id) => !NOT_DESTINATIONS.has(id));
  const groups = candidates.filter((id) => entity(id)?.kind === 'group');
  if (groups.length) return groups;
  const country = candidates.find((id) => entity(id)?.kind === 'country');
  return [country ?? candidates[0] ?? parties(record)[0] ?? record.id];
}

const originOf = (record: Spread) => {
  const members = parties(record);
  return ORIGINS.findIndex((o) => o.id === null || members.includes(o.id));
};

/** A statement's actors include its speaker: Kyiv warning of North Korea is not know-how from Ukraine. */
const isStatement = (record: Spread) =>
  kindOf(record) === 'event' && (record as EventRecord).kind === 'statement';

/** A place's route: that of the records that show the know-how move, its statements only if none do. */
const routeOf = (list: readonly Spread[]) => {
  const shown = list.filter((record) => !isStatement(record));
  return Math.min(...(shown.length ? shown : list).map(originOf));
};

/**
 * The evidence a record gives, in one line, as firmly as the source gives it: a figure with who
 * states it, an event the source attributes or hedges in its summary (which says who, or
 * "reportedly"), a partnership by its name (which keeps "reporting suggests").
 */
function evidence(record: Spread): string {
  const kind = kindOf(record);
  if (kind === 'figure') {
    const figure = record as FigureRecord;
    const who = figure.attributedTo ? `; according to ${figure.attributedTo.words}` : '';
    // What is counted before the number: "more than 15,000" under a place where know-how spreads
    // read as that many learners, not as the troops the figure counts; and who states a figure
    // after it, so the speakers are not read as the ones it counts.
    return `${figure.label}: ${formatValue(figure)}${who}`;
  }
  if (kind === 'event') {
    const event = record as EventRecord;
    const text = event.status === 'reported' ? event.title : event.summary.replace(/\.$/, '');
    return `${dateLabel(event)}: ${text}`;
  }
  const partnership = record as PartnershipRecord;
  return `${partnership.date ? `${dateLabel(partnership)}: ` : ''}${partnership.name}`;
}

/**
 * One line per fact: a partnership the same source also gives as an event, with the same date and
 * parties (Ukraine's training of Sudanese troops, recorded as both), is listed once, as the event.
 * Figures are numbers of their own and always kept.
 */
function oncePerFact(records: readonly Spread[]): Spread[] {
  const key = (r: Spread) =>
    `${r.source}|${'date' in r ? r.date : ''}|${[...parties(r)].sort().join('+')}`;
  const told = new Set(records.filter((r) => kindOf(r) === 'event').map(key));
  return records.filter((r) => kindOf(r) !== 'partnership' || !told.has(key(r)));
}

/** A place's evidence, at most MAX_EVIDENCE lines, the rest counted. */
function evidenceLines(place: Place): string[] {
  const shown = place.records.slice(0, MAX_EVIDENCE).map(evidence);
  const more = place.records.length - shown.length;
  return more > 0 ? [...shown, `and ${more} more (see the table)`] : shown;
}

/**
 * A mark's look by how firmly the source gives its evidence, as the other charts draw it: filled
 * when the text states it, paler when it attributes or hedges it (or gives a figure as
 * conditional), outlined when planned. The words of each hedge stay in the table.
 */
type Look = 'filled' | 'pale' | 'outlined';
function lookOf(record: Spread): Look {
  if (kindOf(record) === 'figure') {
    const figure = record as FigureRecord;
    if (figure.status === 'pledge-or-plan') return 'outlined';
    return figure.status === 'reported' || figure.status === 'reported-event'
      ? figure.conditional
        ? 'pale'
        : 'filled'
      : 'pale';
  }
  const status = (record as EventRecord | PartnershipRecord).status;
  return status === 'planned' ? 'outlined' : status === 'reported' ? 'filled' : 'pale';
}

/** A mark's shape by what the evidence is: a number, an event, an arrangement. */
const SHAPE = { figure: 'square', event: 'circle', partnership: 'diamond' } as const;
const KIND_LABEL = { figure: 'figure', event: 'event', partnership: 'arrangement' } as const;
const LOOK_KEY: readonly (readonly [Look, string])[] = [
  ['filled', 'reported'],
  ['pale', 'attributed or hedged'],
  ['outlined', 'planned'],
];

/**
 * The year the source gives the evidence, or null: an inferred date (dated by what is known of
 * the source, not by its text) or a span of years is not drawn, so a mark never looks firmer
 * than its words.
 */
function yearOf(record: Spread): string | null {
  const date =
    kindOf(record) === 'figure'
      ? (((record as FigureRecord).asOfInferred ? null : (record as FigureRecord).asOf) ??
        ((record as FigureRecord).periodInferred ? null : (record as FigureRecord).period))
      : (record as EventRecord | PartnershipRecord).dateInferred
        ? null
        : (record as EventRecord | PartnershipRecord).date;
  return date && /^\d{4}(-[\d-]+)?$/.test(date) ? date.slice(0, 4) : null;
}

interface Slot {
  /** From the left of the marks' column. */
  x: number;
  symbol: (typeof SHAPE)[keyof typeof SHAPE] | null;
  look: Look;
  /** A year beside the mark, or the count of marks not drawn. */
  text: string | null;
  /** Whether it is the key's (its words in full ink). */
  key?: boolean;
}

/** A place's marks, one per piece of evidence (at most MAX_EVIDENCE, then "+n"), each with its year. */
function markSlots(place: Place): Slot[] {
  let x = MARK_R;
  const slots: Slot[] = place.records.slice(0, MAX_EVIDENCE).map((record) => {
    const year = yearOf(record);
    const slot = {
      x,
      symbol: SHAPE[kindOf(record) ?? 'partnership'],
      look: lookOf(record),
      text: year,
    };
    x += MARK_STEP + (year ? textWidth(year, SMALL) + 4 : 0);
    return slot;
  });
  const more = place.records.length - slots.length;
  if (more > 0) slots.push({ x: x - MARK_R - 3, symbol: null, look: 'filled', text: `+${more}` });
  return slots;
}

const slotsWidth = (slots: readonly Slot[]) =>
  Math.max(0, ...slots.map((s) => s.x + (s.text ? MARK_R + 3 + textWidth(s.text, SMALL) : MARK_R)));

/** The key under the places: the looks, then the shapes, in the text's colour, packed in rows. */
function keyMarks(top: number, width: number, drawn: readonly Slot[]) {
  const looks = new Set(drawn.map((m) => m.look));
  const shapes = new Set(drawn.map((m) => m.symbol));
  const items: Omit<Slot, 'x'>[] = [
    ...LOOK_KEY.filter(([look]) => looks.has(look)).map(([look, text]) => ({
      symbol: 'circle' as const,
      look,
      text,
    })),
    ...(['figure', 'event', 'partnership'] as const)
      .filter((kind) => shapes.has(SHAPE[kind]))
      .map((kind) => ({ symbol: SHAPE[kind], look: 'filled' as const, text: KIND_LABEL[kind] })),
  ];
  const marks: (Slot & { y: number; color: string })[] = [];
  let x = PAD + MARK_R;
  let y = top + SMALL_LINE / 2;
  for (const item of items) {
    const itemWidth = MARK_R * 2 + 3 + textWidth(item.text ?? '', SMALL) + 12;
    if (x > PAD + MARK_R && x - MARK_R + itemWidth > width - PAD) {
      x = PAD + MARK_R;
      y += SMALL_LINE;
    }
    marks.push({ ...item, x, y, color: 'currentColor', key: true });
    x += itemWidth;
  }
  return { marks, bottom: y + SMALL_LINE / 2 };
}

interface Place {
  id: string;
  name: string;
  origin: number;
  records: Spread[];
}

/** The places and their records; `once` lists a fact recorded twice once (the table keeps both). */
function places(records: readonly Spread[], once = true): Place[] {
  const byPlace = new Map<string, Spread[]>();
  for (const record of once ? oncePerFact(records) : records) {
    const id = destination(record).join('+');
    byPlace.set(id, [...(byPlace.get(id) ?? []), record]);
  }
  return [...byPlace]
    .map(([id, list]) => ({
      id,
      name: id.split('+').map(entityName).join(' and '),
      origin: routeOf(list),
      records: [...list].sort((a, b) => a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => a.origin - b.origin || a.name.localeCompare(b.name));
}

/** Places and groups the evidence links to the spread of drone warfare or of skills from the war. */
export const spread = defineChart<Spread>({
  name: NAME,
  title:
    "By one report's accounts, drone know-how travels from Ukraine, with Russia, and by other or unstated routes",
  expects: {
    kind: ['figure', 'event', 'partnership'],
    description: 'figures, events and partnerships filed under proliferation',
  },
  describe(records) {
    const list = places(records);
    return (
      `The evidence links ${list.length} entries, each a place or a group, to the spread of drone ` +
      'warfare or of skills from the war, by route: from Ukraine, with Russia, or another route or ' +
      'none stated. ' +
      list
        .map(
          (place) =>
            `${place.name} (${ORIGINS[place.origin]?.label}): ${evidenceLines(place).join('; ')}.`,
        )
        .join(' ')
    );
  },
  subtitle: () =>
    'Places and groups the evidence links to the spread of drone warfare or of skills from the war, by route where it gives one.',
  note: () =>
    'One mark per piece of evidence, with its year where the source gives one; the table gives each in the source’s words, with who states it and how firmly.',
  toTable(records) {
    return {
      columns: [
        { key: 'place', label: 'Where or who' },
        { key: 'route', label: 'Route' },
        { key: 'id', label: 'Record' },
        { key: 'evidence', label: 'Evidence' },
        { key: 'source', label: 'Source' },
      ],
      // One row a place and source: records of one fact (an event and a partnership from the same
      // sentence) or of one place share it, each record's evidence in it. The route is the
      // place's, so a place's rows never differ in it; whether a line is a figure, an event or a
      // partnership its words say.
      rows: places(records, false).flatMap((place) => {
        const bySource = new Map<string, Spread[]>();
        for (const record of place.records) {
          bySource.set(record.source, [...(bySource.get(record.source) ?? []), record]);
        }
        return [...bySource].map(([source, list]) => ({
          place: place.name,
          route: ORIGINS[place.origin]?.label ?? '',
          id: list.map((record) => record.id).join('; '),
          // Each record's words as a sentence of the cell: "… 15,000 troops. Undated: Kyiv's …".
          evidence: list
            .map((record) => evidence(record).replace(/^./, (first) => first.toUpperCase()))
            .join('. '),
          source,
        }));
      }),
    };
  },
  draw(records, { document, width }) {
    const list = places(records);
    // The marks take a column at the left as wide as the widest place's, the names the rest.
    const marksWidth = Math.max(0, ...list.map((place) => slotsWidth(markSlots(place))));
    const nameX = PAD + marksWidth + GAP;
    const nameWidth = width - nameX - PAD;
    let y = 0;
    const heads: { y: number; label: string; color: string }[] = [];
    const rows: { y: number; name: string }[] = [];
    const marks: (Slot & { y: number; color: string })[] = [];
    ORIGINS.forEach((origin, index) => {
      const mine = list.filter((place) => place.origin === index);
      if (!mine.length) return;
      heads.push({ y, label: origin.label, color: origin.color });
      y += LINE + 4;
      for (const place of mine) {
        const name = wrap(place.name, nameWidth, SMALL);
        rows.push({ y, name: name.join('\n') });
        for (const slot of markSlots(place)) {
          marks.push({ ...slot, x: PAD + slot.x, y: y + SMALL_LINE / 2, color: origin.color });
        }
        y += name.length * SMALL_LINE + ROW_GAP;
      }
      y += GROUP_GAP;
    });
    const keyTop = y + 2;
    const key = keyMarks(keyTop, width, marks);
    const height = key.bottom + 4;
    const drawn = [...marks, ...key.marks];
    const shape = (look: Look) => drawn.filter((m) => m.symbol && m.look === look);
    const symbol = { x: 'x', y: 'y', symbol: 'symbol', r: MARK_R } as const;
    const plot = pixelPlot({ document, width }, height, [
      // A route's rule and name head its places.
      Plot.ruleY(heads, {
        y: (h) => h.y + 0.5,
        x1: PAD,
        x2: width - PAD,
        stroke: 'currentColor',
        strokeOpacity: 0.25,
      }),
      Plot.text(heads, {
        x: PAD,
        y: (h) => h.y + 4,
        text: 'label',
        textAnchor: 'start',
        lineAnchor: 'top',
        fill: 'color',
        fontSize: FONT,
        fontWeight: 600,
      }),
      Plot.text(rows, {
        x: nameX,
        y: 'y',
        text: 'name',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: SMALL_LINE / SMALL,
        fontSize: SMALL,
      }),
      Plot.dot(shape('filled'), { ...symbol, fill: 'color', stroke: 'none' }),
      // A pale mark is its colour faded, edged in the full colour. The muted grey's class fixes its
      // own opacity, so a faded grey is the text's colour faded (as the key's is): paler than a
      // grey mark on a light page and on a dark one.
      Plot.dot(shape('pale'), {
        ...symbol,
        fill: (m) => (m.color === PARTY_COLOR.other ? 'currentColor' : m.color),
        fillOpacity: PALE,
        stroke: 'color',
        strokeWidth: 1,
      }),
      Plot.dot(shape('outlined'), { ...symbol, fill: 'none', stroke: 'color', strokeWidth: 1.5 }),
      Plot.text(
        drawn.filter((m) => m.text),
        {
          x: (m) => m.x + MARK_R + 3,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          fontSize: SMALL,
          fillOpacity: (m) => (m.key ? 1 : 0.8),
        },
      ),
    ]);
    return { plot, height };
  },
});
