import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { entity, entityName } from '../core/lookup.js';
import { HALO, MUTED, PALETTE } from '../core/palette.js';
import { PARTNERSHIP_GROUPS, partnershipGroupOf } from '../core/partnership-groups.js';
import type { PartnershipRecord } from '../core/records.js';
import { multiLineString, multiPolygon } from '../geo/decode.js';
import { BORDERS, COUNTRIES, HEIGHT, LAND, WIDTH } from '../geo/europe.js';

const NAME = 'europe';
const HUB = 'ua';

/** Seven partnership kinds in four colour-blind-safe groups (as in the cooperation matrix). */
const SEVERAL = 'Several kinds';

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
const frameOutline = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [WIDTH, 0],
      [WIDTH, HEIGHT],
      [0, HEIGHT],
      [0, 0],
    ],
  ],
};

interface Partner {
  id: string;
  name: string;
  partnerships: PartnershipRecord[];
  kinds: string[];
  /** Palette index of its single kind group, or null when its partnerships span several. */
  group: number | null;
}

/** Every member country other than Ukraine, with the partnerships it takes part in. */
function partners(partnerships: readonly PartnershipRecord[]): Partner[] {
  const byCountry = new Map<string, PartnershipRecord[]>();
  for (const p of partnerships) {
    for (const member of p.members) {
      if (member === HUB || entity(member)?.kind !== 'country') continue;
      byCountry.set(member, [...(byCountry.get(member) ?? []), p]);
    }
  }
  return [...byCountry]
    .map(([id, list]) => {
      const kinds = [...new Set(list.map((p) => p.kind))].sort();
      const groups = new Set(kinds.map(partnershipGroupOf));
      return {
        id,
        name: entityName(id),
        partnerships: list,
        kinds,
        group: groups.size === 1 ? ([...groups][0] as number) : null,
      };
    })
    .sort((a, b) => b.partnerships.length - a.partnerships.length || a.name.localeCompare(b.name));
}

const kindText = (partner: Partner) => partner.kinds.join(', ').replaceAll('-', ' ');

/** Countries with documented drone cooperation with Ukraine, coloured by kind of partnership. */
export const europe = defineChart<PartnershipRecord>({
  name: NAME,
  title: 'Drone cooperation with Ukraine across Europe',
  expects: {
    kind: 'partnership',
    description: 'partnerships with Ukraine (the report passes those filed under cooperation)',
  },
  describe(partnerships) {
    const list = partners(partnerships);
    const off = list.filter((p) => !onMap.has(p.id));
    return (
      `${list.length} countries take part in ${partnerships.length} partnerships: ` +
      list.map((p) => `${p.name}, ${p.partnerships.length} (${kindText(p)})`).join('; ') +
      '.' +
      (off.length ? ` Outside the map: ${off.map((p) => p.name).join(', ')}.` : '')
    );
  },
  toTable(partnerships) {
    return {
      columns: [
        { key: 'country', label: 'Country' },
        { key: 'id', label: 'Country id' },
        { key: 'count', label: 'Partnerships' },
        { key: 'kinds', label: 'Kinds' },
        { key: 'partnerships', label: 'Partnership ids' },
      ],
      rows: partners(partnerships).map((p) => ({
        country: p.name,
        id: p.id,
        count: p.partnerships.length,
        kinds: p.kinds.join('; '),
        partnerships: p.partnerships.map((x) => x.id).join('; '),
      })),
    };
  },
  draw(partnerships, { document, width }) {
    const list = partners(partnerships);
    const byId = new Map(list.map((p) => [p.id, p]));
    const height = Math.round((width * HEIGHT) / WIDTH);
    const highlighted = shapes.filter((shape) => byId.has(shape.id) || shape.id === HUB);
    const fill = (shape: MapFeature) => {
      if (shape.id === HUB) return 'none';
      const group = byId.get(shape.id)?.group;
      return group === null || group === undefined ? MUTED : (PALETTE[group] as string);
    };
    const labelled = highlighted.map((shape) => ({
      shape,
      text:
        shape.id === HUB
          ? entityName(HUB)
          : `${byId.get(shape.id)?.name} ${byId.get(shape.id)?.partnerships.length}`,
    }));
    const off = list.filter((p) => !onMap.has(p.id));
    const mapped = list.filter((p) => onMap.has(p.id));
    const plot = Plot.plot({
      document,
      width,
      height,
      margin: 0,
      projection: { type: 'identity', domain: frameOutline },
      marks: [
        Plot.geo([land], { fill: 'currentColor', fillOpacity: 0.08 }),
        Plot.geo([borders], {
          stroke: 'currentColor',
          strokeOpacity: 0.25,
          strokeWidth: 0.5,
        }),
        Plot.geo(highlighted, {
          fill,
          stroke: (shape: MapFeature) => (shape.id === HUB ? 'currentColor' : 'none'),
          strokeWidth: 1.5,
        }),
        Plot.text(
          labelled,
          Plot.centroid({
            geometry: (d: (typeof labelled)[number]) => d.shape,
            text: 'text',
            fontSize: 11,
            fontWeight: 600,
            fill: 'currentColor',
            stroke: HALO,
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        ),
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
    return {
      plot,
      height,
      subtitle:
        'Countries in partnerships with Ukraine, by kind; the number is how many partnerships.' +
        (off.length
          ? ` Outside the map: ${off.map((p) => `${p.name} (${kindText(p)})`).join(', ')}.`
          : ''),
      // Only the kinds a country on the map shows: a legend entry with no match would mislead.
      legend: [
        ...PARTNERSHIP_GROUPS.flatMap((g, i) =>
          mapped.some((p) => p.group === i) ? [{ label: g.label, color: i }] : [],
        ),
        ...(mapped.some((p) => p.group === null)
          ? [{ label: SEVERAL, color: 'muted' as const }]
          : []),
      ],
    };
  },
});
