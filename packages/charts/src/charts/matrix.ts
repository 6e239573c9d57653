import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { entityName } from '../core/lookup.js';
import { PARTY_COLOR, partyOf, FONT as TYPE, LINE as TYPE_LINE } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { PartnershipRecord } from '../core/records.js';
import { textWidth, wrap } from '../core/text.js';
import { SHORT_NAME } from '../geo/labels.js';
import {
  counted,
  dealsOf,
  HUB,
  kindText,
  listText,
  memberCountries,
  otherMembers,
  possibleSameDeal,
  sortArrangements,
  throughFirm,
} from './arrangements.js';

const NAME = 'matrix';
const { small: FONT } = TYPE;
const { small: LINE } = TYPE_LINE;
const PAD = 12;
/** Between the row labels and the grid. */
const GUTTER = 10;
/** A column at least this wide holds its head, two capitals (at most 20 units), clear of the next. */
const MIN_CELL = 24;
/** Wider cells would only stretch the grid away from its labels. */
const MAX_CELL = 36;
/** The key's squares. */
const KEY_CELL = 18;
const ROW_GAP = 6;
/**
 * A column's head, keyed under the grid: the country's two-letter code (its id), or the short name
 * the map and the report's text use ("UK", not "GB").
 */
const code = (country: string) => SHORT_NAME[country] ?? country.toUpperCase();

/**
 * The narrowest width that sets a label on two lines at most: the best of its splits between words.
 * `wrap` fills its first line greedily, so at this width it too needs no third line.
 */
function twoLineWidth(label: string): number {
  const words = label.split(/\s+/);
  let best = textWidth(label, FONT);
  for (let i = 1; i < words.length; i++) {
    const first = textWidth(words.slice(0, i).join(' '), FONT);
    const second = textWidth(words.slice(i).join(' '), FONT);
    best = Math.min(best, Math.max(first, second));
  }
  return Math.ceil(best);
}

/** Lines of `items` joined by commas, each line no wider than `width`, no item split. */
function packed(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last}, ${item},`, FONT) <= width)
      lines[lines.length - 1] = `${last}, ${item}`;
    else lines.push(item);
  }
  return lines.map((line, i) => (i < lines.length - 1 ? `${line},` : line));
}

const ordered = (partnerships: readonly PartnershipRecord[]) =>
  [...partnerships].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
  );

/** Member countries as columns, Ukraine first, then by how many arrangements they are in. */
function countryColumns(partnerships: readonly PartnershipRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const p of partnerships) {
    for (const c of memberCountries(p)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => Number(b === HUB) - Number(a === HUB) || y - x || a.localeCompare(b))
    .map(([id]) => id);
}

/** A cell's look by the record's status: filled when reported, paler when attributed or hedged, outlined when planned. */
type Look = 'filled' | 'pale' | 'outlined';
const lookOf = (p: PartnershipRecord): Look =>
  p.status === 'planned' ? 'outlined' : p.status === 'reported' ? 'filled' : 'pale';

/**
 * Rows in date order, except that records which may tell one deal follow the first of them, so a
 * single rule at the left can join them.
 */
function drawnOrder(partnerships: readonly PartnershipRecord[]): PartnershipRecord[] {
  const groups = possibleSameDeal(partnerships);
  const groupOf = new Map(groups.flatMap((group) => group.map((p) => [p.id, group] as const)));
  const placed = new Set<string>();
  return ordered(partnerships).flatMap((p) => {
    if (placed.has(p.id)) return [];
    const rows = ordered(groupOf.get(p.id) ?? [p]);
    for (const row of rows) placed.add(row.id);
    return rows;
  });
}

const FIRM = 'through a firm';
const JOINED = 'rows joined at the left may tell one deal';
const KEY: { look: Look; label: string }[] = [
  { look: 'filled', label: 'reported' },
  { look: 'pale', label: 'attributed or hedged' },
  { look: 'outlined', label: 'planned' },
  { look: 'filled', label: FIRM },
];

/** Which countries take part in which arrangement: one row per record, one column per country. */
export const matrix = defineChart<PartnershipRecord>({
  name: NAME,
  title: 'Ukraine is named in nearly every arrangement; some name no other country',
  expects: {
    kind: 'partnership',
    description: 'partnerships (countries, firms and bodies as members)',
  },
  describe(partnerships) {
    const columns = countryColumns(partnerships);
    const { withPartners, ukraineAlone, noCountry } = sortArrangements(partnerships);
    const names = (list: readonly PartnershipRecord[]) => listText(list.map((p) => p.name));
    const deals = dealsOf(partnerships);
    const inDeals = (c: string) =>
      deals.filter((deal) => deal.some((p) => memberCountries(p).includes(c)));
    const inRecords = (c: string) => partnerships.filter((p) => memberCountries(p).includes(c));
    // Ukraine first, as in the columns, then by deals (a stable sort keeps the columns' order in ties).
    const byDeals = [...columns].sort(
      (a, b) => Number(b === HUB) - Number(a === HUB) || inDeals(b).length - inDeals(a).length,
    );
    return [
      // Deals first: records that may tell one deal would otherwise count one deal several times.
      `${counted(deals.length, 'deal')} across ${columns.length} countries, counting once the records that may tell one deal; per country: ${byDeals.map((c) => `${entityName(c)} ${inDeals(c).length}`).join(', ')}.`,
      ...possibleSameDeal(partnerships).map(
        (group) => `${names(group)} may describe one deal (the sources do not settle it).`,
      ),
      `The chart draws each of the ${partnerships.length} records of arrangements as a row: ${withPartners.length} with a member country besides Ukraine.`,
      ukraineAlone.length
        ? `${ukraineAlone.length} ${ukraineAlone.length === 1 ? 'names' : 'name'} Ukraine and no partner country: ${names(ukraineAlone)}.`
        : '',
      noCountry.length
        ? `${noCountry.length} ${noCountry.length === 1 ? 'has' : 'have'} firms or bodies as members, no country: ${noCountry.map((p) => `${p.name} (${listText(otherMembers(p))})`).join('; ')}.`
        : '',
      `Records per country: ${columns.map((c) => `${entityName(c)} ${inRecords(c).length}`).join(', ')}.`,
      ...ordered(partnerships).map(
        (p) => `${p.name} (${kindText(p)}): ${p.members.map(entityName).join(', ')}.`,
      ),
    ]
      .filter(Boolean)
      .join(' ');
  },
  subtitle: () => 'Countries named in each arrangement, one row per record, in each party’s color.',
  note: () =>
    'Rows are named in short; the table gives each arrangement’s full name and its firms and other bodies.',
  toTable(partnerships) {
    const columns = countryColumns(partnerships);
    return {
      columns: [
        { key: 'id', label: 'Partnership' },
        { key: 'name', label: 'Name' },
        // The row's label in the drawing, so a reader can find each full name's row.
        { key: 'shortName', label: 'In the chart' },
        { key: 'kind', label: 'Kind' },
        { key: 'status', label: 'Status' },
        { key: 'date', label: 'Date' },
        { key: 'dateInferred', label: 'Date inferred' },
        ...columns.map((c) => ({ key: c, label: entityName(c) })),
        { key: 'others', label: 'Other members' },
        { key: 'source', label: 'Source' },
      ],
      rows: ordered(partnerships).map((p) => ({
        id: p.id,
        name: p.name,
        shortName: p.shortName,
        kind: p.kind,
        // The status as the data gives it: the site words it as the badge beside the row's name.
        status: p.status,
        date: p.date,
        dateInferred: p.dateInferred ? 'yes' : 'no',
        ...Object.fromEntries(
          columns.map((c) => [c, memberCountries(p).includes(c) ? 'member' : '']),
        ),
        others: otherMembers(p).join('; '),
        source: p.source,
      })),
    };
  },
  draw(partnerships, { document, width }) {
    const columns = countryColumns(partnerships);
    const drawn = drawnOrder(partnerships);
    // Labels as narrow as two lines allow, so the grid takes the rest of the width: the cells, not
    // the labels, carry the ink. A column never narrows below its head's width.
    const roomForLabels = width - 2 * PAD - GUTTER - columns.length * MIN_CELL;
    const labelWidth = Math.min(
      roomForLabels,
      Math.max(0, ...drawn.map((p) => twoLineWidth(p.shortName))),
    );
    const cell = Math.max(
      MIN_CELL,
      Math.min(MAX_CELL, Math.floor((width - 2 * PAD - GUTTER - labelWidth) / columns.length)),
    );
    const gridLeft = width - PAD - columns.length * cell;
    const gridRight = gridLeft + columns.length * cell - 2;
    const side = cell - 2;
    const gridTop = LINE + 8;
    let y = gridTop;
    const rows = drawn.map((p) => {
      const lines = wrap(p.shortName, labelWidth, FONT);
      const top = y;
      const height = Math.max(side, lines.length * LINE);
      y += height + ROW_GAP;
      // The cells sit in the middle of the row's label.
      return {
        p,
        lines: lines.join('\n'),
        top,
        cellTop: top + (height - side) / 2,
        bottom: top + height,
      };
    });
    // Records that may tell one deal (the sources do not settle it): one rule beside their rows.
    const joins = possibleSameDeal(partnerships).map((group) => {
      const joined = rows.filter((row) => group.includes(row.p));
      return {
        y1: Math.min(...joined.map((row) => row.top)),
        y2: Math.max(...joined.map((row) => row.bottom)),
      };
    });
    // The key to the column heads, then to the cells' looks, under the grid.
    const codeLines = packed(
      columns.map((c) => `${code(c)} ${entityName(c)}`),
      width - 2 * PAD,
    );
    const codeKey = { y: y + 4, lines: codeLines.join('\n') };
    const keyItems: { x: number; y: number; look: Look; label: string }[] = [];
    let x = PAD;
    let keyY = codeKey.y + codeLines.length * LINE + 8;
    for (const item of KEY) {
      const itemWidth = KEY_CELL + 4 + textWidth(item.label, FONT) + 12;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        keyY += KEY_CELL + 4;
      }
      keyItems.push({ x, y: keyY, ...item });
      x += itemWidth;
    }
    let height = keyY + KEY_CELL + 4;
    const joinKey = joins.length ? { x: PAD, y: height + 2 } : null;
    if (joinKey) height += KEY_CELL + 4;
    const cells = [
      ...rows.flatMap((row) =>
        columns.flatMap((c, i) =>
          memberCountries(row.p).includes(c)
            ? [
                {
                  x: gridLeft + i * cell,
                  y: row.cellTop,
                  size: side,
                  color: PARTY_COLOR[partyOf(c)],
                  look: lookOf(row.p),
                  firm: throughFirm(row.p, c),
                },
              ]
            : [],
        ),
      ),
      ...keyItems.map((k) => ({
        x: k.x,
        y: k.y,
        size: KEY_CELL - 2,
        // In one party's colour, as the cells are drawn: a black or grey key square read as a
        // colour of its own, and grey already means "others".
        color: PARTY_COLOR[partyOf(HUB)],
        look: k.look,
        firm: k.label === FIRM,
      })),
    ];
    // A record whose members are firms or bodies only names them across the grid, not an empty row.
    const firmsOnly = rows.filter((row) => memberCountries(row.p).length === 0);
    // A country that takes part through a firm, not as a state, is a smaller square.
    type Cell = (typeof cells)[number];
    const inset = (c: Cell) => (c.firm ? Math.round(c.size / 4) : 0);
    const square = {
      x1: (c: Cell) => c.x + inset(c),
      x2: (c: Cell) => c.x + c.size - inset(c),
      y1: (c: Cell) => c.y + inset(c),
      y2: (c: Cell) => c.y + c.size - inset(c),
    };
    // Row names and the key of the country codes: wrapped lines set from the left edge.
    const leftLines = {
      x: PAD,
      text: 'lines',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: LINE / FONT,
      fontSize: FONT,
      fillOpacity: 0.8,
    } as const;
    const plot = pixelPlot({ document, width }, height, [
      // One pale band per row stands for the empty cells: a rect per cell would double the bytes.
      Plot.rect(rows, {
        x1: gridLeft,
        x2: gridRight,
        y1: 'cellTop',
        y2: (r) => r.cellTop + side,
        fill: 'currentColor',
        fillOpacity: 0.06,
      }),
      Plot.rect(
        cells.filter((c) => c.look !== 'outlined'),
        {
          ...square,
          fill: 'color',
          fillOpacity: (c) => (c.look === 'pale' ? 0.45 : 1),
        },
      ),
      Plot.rect(
        cells.filter((c) => c.look === 'outlined'),
        {
          x1: (c) => c.x + 1,
          x2: (c) => c.x + c.size - 1,
          y1: (c) => c.y + 1,
          y2: (c) => c.y + c.size - 1,
          stroke: 'color',
          strokeWidth: 2,
          fill: 'none',
        },
      ),
      Plot.text(columns, {
        x: (_, i) => gridLeft + i * cell + side / 2,
        y: gridTop - 8,
        text: code,
        fontSize: FONT,
        fillOpacity: 0.8,
      }),
      Plot.text(firmsOnly, {
        x: gridLeft + 4,
        y: (r) => r.cellTop + side / 2,
        text: () => 'firms only',
        textAnchor: 'start',
        fontSize: FONT,
        fontStyle: 'italic',
        fillOpacity: 0.8,
      }),
      Plot.text(rows, { ...leftLines, y: (r) => r.top + 1 }),
      Plot.text([codeKey], { ...leftLines, y: 'y' }),
      Plot.text(keyItems, {
        x: (k) => k.x + KEY_CELL + 2,
        y: (k) => k.y + KEY_CELL / 2 - 1,
        text: 'label',
        textAnchor: 'start',
        fontSize: FONT,
        fillOpacity: 0.8,
      }),
      Plot.ruleX(
        [...joins, ...(joinKey ? [{ y1: joinKey.y, y2: joinKey.y + KEY_CELL - 2 }] : [])],
        {
          x: 5,
          y1: 'y1',
          y2: 'y2',
          strokeWidth: 2,
          strokeOpacity: 0.6,
        },
      ),
      Plot.text(joinKey ? [joinKey] : [], {
        x: (k) => k.x,
        y: (k) => k.y + KEY_CELL / 2 - 1,
        text: () => JOINED,
        textAnchor: 'start',
        fontSize: FONT,
        fillOpacity: 0.8,
      }),
    ]);
    return {
      plot,
      height,
    };
  },
});
