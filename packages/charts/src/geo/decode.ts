type Position = [number, number];

const ring = (text: string): Position[] =>
  text.split(' ').map((point) => point.split(',').map(Number) as Position);

/** Polygons from the compact text of src/geo/europe.ts ("|" between polygons, ";" between rings). */
export function multiPolygon(text: string): { type: 'MultiPolygon'; coordinates: Position[][][] } {
  return {
    type: 'MultiPolygon',
    coordinates: text ? text.split('|').map((polygon) => polygon.split(';').map(ring)) : [],
  };
}

/** Lines from the compact text of src/geo/europe.ts (";" between lines). */
export function multiLineString(text: string): {
  type: 'MultiLineString';
  coordinates: Position[][];
} {
  return { type: 'MultiLineString', coordinates: text ? text.split(';').map(ring) : [] };
}
