import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { formatValue } from '../core/format.js';
import { entity, entityName } from '../core/lookup.js';
import { PARTY_COLOR, FONT as TYPE, LINE as TYPE_LINE } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { EventRecord, FigureRecord, PartnershipRecord } from '../core/records.js';
import { kindOf } from '../core/records.js';
import { wrap } from '../core/text.js';
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
 * Evidence lines drawn and described per place; the rest are counted ("and 3 more") and all are
 * in the table. A place documented by hundreds of records would otherwise fill the page.
 */
const MAX_EVIDENCE = 6;
const { label: FONT, small: SMALL } = TYPE;
const { label: LINE, small: SMALL_LINE } = TYPE_LINE;
/** The middle of a place's first line, where its dot and link end. */
const MIDDLE = 1 + LINE / 2;
const NODE_X = 92;
const TEXT_X = 150;

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
    "By one report's accounts, drone know-how travels from Ukraine, with Russia and by other routes",
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
    const textWidth = width - TEXT_X - 12;
    let y = 6;
    const blocks = places(records).map((place) => {
      const top = y;
      const name = wrap(place.name, textWidth, FONT * 1.1);
      const lines = evidenceLines(place).flatMap((line) => wrap(`• ${line}`, textWidth, SMALL));
      y += name.length * LINE + lines.length * SMALL_LINE + 12;
      return {
        place,
        top,
        name: name.join('\n'),
        evidenceTop: top + name.length * LINE + 2,
        lines: lines.join('\n'),
        color: ORIGINS[place.origin]?.color ?? PARTY_COLOR.other,
      };
    });
    const height = y;
    const origins = ORIGINS.map((origin, index) => {
      const mine = blocks.filter((b) => b.place.origin === index);
      const first = mine[0];
      const last = mine[mine.length - 1];
      return first && last
        ? { ...origin, y: (first.top + last.top) / 2 + MIDDLE, blocks: mine }
        : null;
    }).filter((o) => o !== null);
    const links = origins.flatMap((o) =>
      o.blocks.map((b) => ({
        x1: NODE_X,
        y1: o.y,
        x2: TEXT_X - 8,
        y2: b.top + MIDDLE,
        color: o.color,
      })),
    );
    const plot = pixelPlot({ document, width }, height, [
      Plot.link(links, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'color',
        strokeWidth: 2,
        curve: 'bump-x',
      }),
      Plot.dot(origins, { x: NODE_X, y: 'y', r: 5, fill: 'color', stroke: 'none' }),
      Plot.text(origins, {
        x: NODE_X - 9,
        y: 'y',
        text: 'drawn',
        textAnchor: 'end',
        fontWeight: 700,
      }),
      Plot.dot(blocks, {
        x: TEXT_X - 8,
        y: (b) => b.top + MIDDLE,
        r: 3.5,
        fill: 'color',
        stroke: 'none',
      }),
      Plot.text(blocks, {
        x: TEXT_X,
        y: (b) => b.top + 1,
        text: 'name',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LINE / FONT,
        fontWeight: 700,
        fontSize: FONT,
      }),
      Plot.text(blocks, {
        x: TEXT_X,
        y: 'evidenceTop',
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: SMALL_LINE / SMALL,
        fontSize: SMALL,
        fillOpacity: 0.85,
      }),
    ]);
    return {
      plot,
      height,
    };
  },
});
