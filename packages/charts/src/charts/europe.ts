import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { entityName } from '../core/lookup.js';
import { FONT, HALO, PARTY_COLOR, partyLegend, partyOf } from '../core/palette.js';
import type { PartnershipRecord } from '../core/records.js';
import { textWidth, wrap } from '../core/text.js';
import { multiLineString, multiPolygon } from '../geo/decode.js';
import { BORDERS, COUNTRIES, HEIGHT, LAND, WIDTH } from '../geo/europe.js';
import { LABEL_POINT, SHORT_NAME } from '../geo/labels.js';
import {
  counted,
  dealsOf,
  HUB,
  isPlanned,
  kindText,
  listText,
  memberCountries,
  partnerCountries,
  possibleSameDeal,
  sortArrangements,
  throughFirm,
} from './arrangements.js';

const NAME = 'europe';
/**
 * Room around the countries drawn, as a share of their extent, so no label meets the edge; more
 * above, so the southern tips of Norway and Sweden frame Denmark.
 */
const MARGIN = 0.15;
const MARGIN_TOP = 0.3;
/** Ukraine, party to every arrangement drawn, in a pale fill under its outline: the partners carry the ink. */
const HUB_OPACITY = 0.2;
/** The faint fill of land with no arrangement recorded. */
const LAND_OPACITY = 0.08;
const WORDS = 'none one two three four five six seven eight nine ten'.split(' ');
const inWords = (n: number) => WORDS[n] ?? String(n);

interface MapFeature {
  type: 'Feature';
  id: string;
  properties: { name: string };
  geometry: ReturnType<typeof multiPolygon>;
}
const shapes: MapFeature[] = COUNTRIES.map(([id, name, polygons]) => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: multiPolygon(polygons),
}));
const land = multiPolygon(LAND);
const borders = multiLineString(BORDERS);
const onMap = new Set(shapes.map((shape) => shape.id));

/** The extent of some countries on the map's plane, with a margin, as a polygon for Plot's domain. */
function extentOf(features: readonly MapFeature[]) {
  const points = features.flatMap((f) => f.geometry.coordinates.flat(2));
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [mx, my] = [(x1 - x0) * MARGIN, (y1 - y0) * MARGIN];
  // Within the base map: beyond it there is no land to draw, only blank paper.
  const [left, right] = [Math.max(0, x0 - mx), Math.min(WIDTH, x1 + mx)];
  const [top, bottom] = [Math.max(0, y0 - (y1 - y0) * MARGIN_TOP), Math.min(HEIGHT, y1 + my)];
  return {
    aspect: (bottom - top) / (right - left),
    /** The plane's width the drawing spans, to turn plane units into the drawing's pixels. */
    span: right - left,
    domain: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [left, top],
          [right, top],
          [right, bottom],
          [left, bottom],
          [left, top],
        ],
      ],
    },
  };
}

interface Partner {
  id: string;
  name: string;
  /** The records of arrangements the country is in, as states or through its firms. */
  partnerships: PartnershipRecord[];
  /** The deals those records tell, records that may tell one deal counted once. */
  deals: PartnershipRecord[][];
  /** Deals not planned: reported, or attributed or hedged by the source. */
  inPlace: number;
  planned: number;
}

/**
 * Whether Ukraine is a party to an arrangement, as a state or through its firms. The map draws only
 * these: a program whose source names no Ukrainian party (LEAP, unveiled by five governments for
 * production "with Ukrainian expertise") is not drawn as a deal with Ukraine, nor said to exclude it.
 */
const withUkraine = (p: PartnershipRecord) => memberCountries(p).includes(HUB);

/**
 * Arrangements left off the map, with the countries their source names: "Left out: LEAP, in which
 * the source names France, … but no Ukrainian party." Not "whose members do not include Ukraine":
 * a source that names no Ukrainian party has not said that Ukraine takes no part.
 */
const leftOutText = (partnerships: readonly PartnershipRecord[]) => {
  const left = partnerships.filter((p) => !withUkraine(p));
  const named = left.map(
    (p) =>
      `${p.name}, in which the source names ${listText(memberCountries(p).map(entityName))} but no Ukrainian party`,
  );
  return named.length ? `Left out: ${named.join('; ')}.` : '';
};

/** The same in the note's few words: which arrangements are left out, and why. */
const leftOutShort = (partnerships: readonly PartnershipRecord[]) => {
  const left = partnerships.filter((p) => !withUkraine(p));
  return left.length
    ? `Left out, as the source names no Ukrainian party: ${listText(left.map((p) => p.name))}.`
    : '';
};

/** Every member country other than Ukraine, with the deals with Ukraine and records it takes part in. */
function partners(partnerships: readonly PartnershipRecord[]): Partner[] {
  const byCountry = new Map<string, PartnershipRecord[][]>();
  for (const deal of dealsOf(partnerships.filter(withUkraine))) {
    for (const member of new Set(deal.flatMap(partnerCountries))) {
      byCountry.set(member, [...(byCountry.get(member) ?? []), deal]);
    }
  }
  return [...byCountry]
    .map(([id, deals]) => {
      const planned = deals.filter(isPlanned).length;
      return {
        id,
        name: entityName(id),
        partnerships: deals.flat().filter((p) => partnerCountries(p).includes(id)),
        deals,
        inPlace: deals.length - planned,
        planned,
      };
    })
    .sort((a, b) => b.deals.length - a.deals.length || a.name.localeCompare(b.name));
}

/**
 * " (training missions and planned arrangements included)": what a reader would not take for a deal but the
 * count holds, so a lead in the count is not read as a lead in agreements signed.
 */
const includedText = (partnerships: readonly PartnershipRecord[]) => {
  const withHub = partnerships.filter(withUkraine);
  const included = [
    withHub.some((p) => p.kind === 'training-mission') ? 'training missions' : null,
    withHub.some((p) => p.status === 'planned') ? 'planned arrangements' : null,
  ].filter((text): text is string => text !== null);
  return included.length ? ` (${listText(included)} included)` : '';
};

/**
 * "Attributed or hedged in their sources: United Kingdom (Drone instructors to UK, per The Times),
 * …": the counted arrangements a source gives as someone's report or hedges, named by their short
 * names (which carry the attribution), so a count on the map is not read as all stated as fact.
 */
const hedgedText = (list: readonly Partner[]) => {
  const named = list.flatMap((partner) => {
    const records = partner.deals
      .filter((deal) => !isPlanned(deal))
      .flat()
      .filter((p) => partnerCountries(p).includes(partner.id))
      .filter((p) => p.status === 'attributed' || p.status === 'hedged');
    return records.length
      ? [`${partner.name} (${records.map((p) => p.shortName).join('; ')})`]
      : [];
  });
  return named.length ? `Attributed or hedged in their sources: ${named.join(', ')}.` : '';
};

/** "3 + 1 planned" (or "3 + 1" on the map, whose subtitle says how to read it): a country's count. */
const countText = (partner: Partner, planned = ' planned') =>
  `${partner.inPlace}${partner.planned ? ` + ${partner.planned}${planned}` : ''}`;

/** Each record of a country: its kind as firmly as the source gives it, whether through a firm. */
const recordsText = (partner: Partner) =>
  partner.partnerships
    .map((p) => [kindText(p), throughFirm(p, partner.id) ? 'through a firm' : null])
    .map((parts) => parts.filter(Boolean).join(', '))
    .join('; ');

/**
 * Countries in drone arrangements with Ukraine, shaded by how many deals (not records); an
 * arrangement Ukraine is not a party to is named in the note and description, not counted.
 */
export const europe = defineChart<PartnershipRecord>({
  name: NAME,
  // Partner countries, not European ones: a partner beyond the map is counted too, named in the
  // note and description. Arrangements, not deals: training missions and plans count.
  title: "Ukraine's drone arrangements with partner countries, by country",
  expects: {
    kind: 'partnership',
    description:
      'partnerships (the report passes those filed under cooperation); those without Ukraine among their member countries are named, not counted',
  },
  describe(all) {
    const partnerships = all.filter(withUkraine);
    const list = partners(partnerships);
    const { ukraineAlone, noCountry } = sortArrangements(partnerships);
    const deals = dealsOf(partnerships);
    const withPartners = deals.filter((deal) => deal.some((p) => partnerCountries(p).length > 0));
    const off = list.filter((p) => !onMap.has(p.id));
    const names = (records: readonly PartnershipRecord[]) => listText(records.map((p) => p.name));
    const dealCount = (p: Partner) =>
      `${p.name} ${p.deals.length}${p.planned ? ` (${p.planned} of them planned)` : ''}`;
    return [
      // Deals first: records that may tell one deal would otherwise count one deal several times.
      `${list.length} countries besides Ukraine take part, as states or through their firms, in ${withPartners.length} of the ${counted(deals.length, 'arrangement')} the records tell, counting once the records that may tell one arrangement.`,
      `Arrangements per country${includedText(partnerships)}: ${list.map(dealCount).join(', ')}.`,
      ...possibleSameDeal(partnerships).map(
        (group) =>
          `${names(group)} may describe one arrangement (the sources do not settle it) and count once.`,
      ),
      `In records, of ${partnerships.length} in all: ${list.map((p) => `${p.name}, ${p.partnerships.length} (${recordsText(p)})`).join('; ')}.`,
      ukraineAlone.length
        ? `${ukraineAlone.length} ${ukraineAlone.length === 1 ? 'names' : 'name'} Ukraine and no partner country: ${names(ukraineAlone)}.`
        : '',
      noCountry.length
        ? `${noCountry.length} ${noCountry.length === 1 ? 'is' : 'are'} of firms or bodies with no country as a member: ${names(noCountry)}.`
        : '',
      off.length ? `Outside the map: ${off.map((p) => p.name).join(', ')}.` : '',
      leftOutText(all),
    ]
      .filter(Boolean)
      .join(' ');
  },
  // The notation explained by a label the map draws: the first partner on it with a planned one.
  subtitle(partnerships) {
    const example = partners(partnerships).find((p) => onMap.has(p.id) && p.planned > 0);
    const how = example
      ? ` (“${countText(example, '')}”: ${inWords(example.inPlace)}, and ${inWords(example.planned)} planned)`
      : '';
    return `Arrangements each country is in with Ukraine${how}.`;
  },
  note(partnerships) {
    const list = partners(partnerships);
    const off = list.filter((p) => !onMap.has(p.id));
    const included = includedText(partnerships).replace(/^ \((.*)\)$/, '$1');
    return [
      `${included ? `${included[0]?.toUpperCase()}${included.slice(1)}; ` : ''}a country takes part as a state or through its firms; records that may tell one arrangement count once.`,
      off.length
        ? `Outside the map: ${off.map((p) => `${p.name} ${countText(p)}`).join(', ')}.`
        : '',
      hedgedText(list),
      leftOutShort(partnerships),
    ]
      .filter(Boolean)
      .join(' ');
  },
  toTable(partnerships) {
    return {
      columns: [
        { key: 'country', label: 'Country' },
        { key: 'id', label: 'Country id' },
        { key: 'deals', label: 'Arrangements' },
        { key: 'planned', label: 'Of them planned' },
        { key: 'records', label: 'Records' },
        { key: 'kinds', label: 'Kinds of records' },
        { key: 'partnerships', label: 'Partnership ids' },
      ],
      rows: partners(partnerships).map((p) => ({
        country: p.name,
        id: p.id,
        deals: p.deals.length,
        planned: p.planned,
        records: p.partnerships.length,
        kinds: recordsText(p),
        partnerships: p.partnerships.map((x) => x.id).join('; '),
      })),
    };
  },
  draw(partnerships, { document, width }) {
    const list = partners(partnerships);
    const byId = new Map(list.map((p) => [p.id, p]));
    const highlighted = shapes.filter((shape) => byId.has(shape.id) || shape.id === HUB);
    const { domain, aspect, span } = extentOf(highlighted);
    const height = Math.round(width * aspect);
    /** How wide a country is drawn, in pixels: a name wider than that is wrapped onto its words. */
    const drawnWidth = (shape: MapFeature) => {
      const xs = shape.geometry.coordinates.flat(2).map(([x]) => x);
      return ((Math.max(...xs) - Math.min(...xs)) * width) / span;
    };
    const most = Math.max(1, ...list.map((p) => p.inPlace));
    // Darker for more deals not planned, in the European states' colour; Ukraine pale, outlined.
    const shade = (inPlace: number) => 0.3 + (0.7 * inPlace) / most;
    const fillOpacity = (shape: MapFeature) =>
      shape.id === HUB ? HUB_OPACITY : shade(byId.get(shape.id)?.inPlace ?? 0);
    // The key to the shades: one swatch per count a partner on the map has, the land with none,
    // and Ukraine.
    const counts = [
      ...new Set(
        list.filter((p) => onMap.has(p.id) && partyOf(p.id) === 'europe').map((p) => p.inPlace),
      ),
    ].sort((a, b) => a - b);
    const hub = partyLegend('ukraine').color;
    const legend = [
      { label: 'None recorded', color: 'ink' as const, opacity: LAND_OPACITY },
      ...counts.map((n) => ({
        label: n === 0 ? 'planned only' : `${n} ${n === 1 ? 'arrangement' : 'arrangements'}`,
        color: partyLegend('europe').color,
        opacity: shade(n),
      })),
      { label: 'Ukraine (party to each)', color: hub, opacity: HUB_OPACITY, outline: true },
    ];
    const labelled = highlighted.map((shape) => {
      const partner = byId.get(shape.id);
      const fullName = partner?.name ?? entityName(HUB);
      const room = drawnWidth(shape);
      const fits = (text: string) => textWidth(text, FONT.small) <= room;
      // The full name where it fits inside the country, else a short one ("UK") where there is
      // one, else the name broken onto its words: a label stays about as wide as its country.
      const name =
        fits(fullName) || !SHORT_NAME[shape.id] ? fullName : (SHORT_NAME[shape.id] as string);
      // Then the deals and planned ones ("1 + 1", the subtitle says how to read it), on the
      // name's line where both fit.
      const count = partner ? countText(partner, '') : null;
      const lines =
        count && textWidth(`${name} ${count}`, FONT.small) <= room * 0.7
          ? [`${name} ${count}`]
          : [...wrap(name, room, FONT.small), ...(count ? [count] : [])];
      return { shape, text: lines.join('\n'), place: LABEL_POINT[shape.id] };
    });
    const placed = labelled.flatMap(({ text, place }) => (place ? [{ text, ...place }] : []));
    const text = {
      text: 'text',
      fontSize: FONT.small,
      fill: 'currentColor',
      stroke: HALO,
      strokeWidth: 3,
      paintOrder: 'stroke',
    } as const;
    const plot = Plot.plot({
      document,
      width,
      height,
      margin: 0,
      projection: { type: 'identity', domain, clip: 'frame' },
      marks: [
        Plot.geo([land], { fill: 'currentColor', fillOpacity: LAND_OPACITY }),
        Plot.geo([borders], { stroke: 'currentColor', strokeOpacity: 0.25, strokeWidth: 0.5 }),
        Plot.geo(highlighted, {
          fill: (shape: MapFeature) => PARTY_COLOR[partyOf(shape.id)],
          fillOpacity,
        }),
        Plot.geo(
          highlighted.filter((shape) => shape.id === HUB),
          { stroke: PARTY_COLOR.ukraine, strokeWidth: 1.5 },
        ),
        // A label set off its country points to it (in the map's plane, as the outlines are).
        Plot.link(placed, {
          x1: (d) => d.from[0],
          y1: (d) => d.from[1],
          x2: (d) => d.at[0],
          y2: (d) => d.at[1],
          stroke: 'currentColor',
          strokeOpacity: 0.6,
        }),
        Plot.text(
          labelled.filter((l) => !l.place),
          Plot.centroid({ geometry: (d: (typeof labelled)[number]) => d.shape, ...text }),
        ),
        Plot.text(placed, { x: (d) => d.at[0], y: (d) => d.at[1], ...text }),
      ],
    });
    // Outlines to the whole pixel: finer detail does not show at this size, and the decimals were
    // a third of the chart's bytes. d3-geo writes absolute commands only, so each number rounds alone.
    for (const path of plot.querySelectorAll('path')) {
      const d = path.getAttribute('d');
      if (d)
        path.setAttribute(
          'd',
          d.replace(/-?\d*\.?\d+/g, (n) => String(Math.round(Number(n)))),
        );
    }
    return { plot, height, legend };
  },
});
