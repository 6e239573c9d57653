// Builds src/geo/europe.json, the base map of the Europe chart, from world-atlas (Natural Earth
// 1:50m) with topojson-client: projected once to an equal-area plane, clipped to Europe and thinned,
// so a chart ships a few dozen kilobytes instead of the world. Run: pnpm --filter @ua-drones/charts build:map
import { writeFileSync } from 'node:fs';
import { geoAzimuthalEqualArea, geoStream } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2 (the data package's country ids). */
const ALPHA2: Record<string, string> = {
  '008': 'al',
  '020': 'ad',
  '040': 'at',
  '112': 'by',
  '056': 'be',
  '070': 'ba',
  '100': 'bg',
  '191': 'hr',
  '196': 'cy',
  '203': 'cz',
  '208': 'dk',
  '233': 'ee',
  '246': 'fi',
  '250': 'fr',
  '276': 'de',
  '300': 'gr',
  '348': 'hu',
  '352': 'is',
  '372': 'ie',
  '380': 'it',
  '428': 'lv',
  '438': 'li',
  '440': 'lt',
  '442': 'lu',
  '470': 'mt',
  '498': 'md',
  '492': 'mc',
  '499': 'me',
  '528': 'nl',
  '807': 'mk',
  '578': 'no',
  '616': 'pl',
  '620': 'pt',
  '642': 'ro',
  '643': 'ru',
  '674': 'sm',
  '688': 'rs',
  '703': 'sk',
  '705': 'si',
  '724': 'es',
  '752': 'se',
  '756': 'ch',
  '804': 'ua',
  '826': 'gb',
  '792': 'tr',
  '268': 'ge',
  '051': 'am',
  '031': 'az',
  '398': 'kz',
  '504': 'ma',
  '012': 'dz',
  '788': 'tn',
  '434': 'ly',
  '818': 'eg',
  '760': 'sy',
  '368': 'iq',
  '364': 'ir',
  '422': 'lb',
  '376': 'il',
  '400': 'jo',
  '682': 'sa',
};

const WIDTH = 1000;
const HEIGHT = 900;
/** Drop a point closer than this to the last kept one (plane units; a 480 px map is 0.48×). */
const MIN_STEP = 5;

const projection = geoAzimuthalEqualArea()
  .rotate([-14, -53])
  .fitExtent(
    [
      [0, 0],
      [WIDTH, HEIGHT],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [-11, 35],
        [40, 35],
        [-11, 70],
        [42, 66],
        [26, 71],
      ],
    },
  )
  .clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);

type Point = [number, number];

/** Streams a geometry through the projection (clipped to the frame) into plane coordinates. */
function planar(object: GeoJSON.Geometry | GeoJSON.Feature): {
  polygons: Point[][][];
  lines: Point[][];
} {
  const polygons: Point[][][] = [];
  const lines: Point[][] = [];
  let inPolygon = false;
  let line: Point[] = [];
  const sink = {
    point(x: number, y: number) {
      const last = line[line.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP) {
        line.push([Math.round(x), Math.round(y)]);
      }
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      if (inPolygon) {
        if (line.length >= 3) polygons.at(-1)?.push([...line, line[0] as Point]);
      } else if (line.length >= 2) {
        lines.push(line);
      }
    },
    polygonStart() {
      inPolygon = true;
      polygons.push([]);
    },
    polygonEnd() {
      inPolygon = false;
      if (polygons.at(-1)?.length === 0) polygons.pop();
    },
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return { polygons, lines };
}

// biome-ignore lint/suspicious/noExplicitAny: world-atlas ships untyped TopoJSON.
const topology = world as any;
const { countries } = topology.objects;
const land = planar(merge(topology, countries.geometries));
const borders = planar(mesh(topology, countries, (a: unknown, b: unknown) => a !== b));
const shapes = (feature(topology, countries) as unknown as GeoJSON.FeatureCollection).features
  .map((country) => ({
    type: 'Feature' as const,
    id: ALPHA2[String(country.id)] ?? `n${country.id ?? country.properties?.name}`,
    properties: { name: String(country.properties?.name) },
    geometry: { type: 'MultiPolygon' as const, coordinates: planar(country).polygons },
  }))
  .filter((country) => country.geometry.coordinates.length > 0)
  .sort((a, b) => a.id.localeCompare(b.id));

const out = {
  width: WIDTH,
  height: HEIGHT,
  land: { type: 'MultiPolygon', coordinates: land.polygons },
  borders: { type: 'MultiLineString', coordinates: borders.lines },
  countries: { type: 'FeatureCollection', features: shapes },
};
writeFileSync(new URL('../src/geo/europe.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(
  `${shapes.length} countries; land ${JSON.stringify(out.land).length} B, borders ${JSON.stringify(out.borders).length} B, total ${JSON.stringify(out).length} B`,
);
