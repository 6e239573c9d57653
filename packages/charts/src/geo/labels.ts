type Point = readonly [number, number];

/**
 * Label places set by hand on the map's plane (the coordinates of ./europe.ts), where a label at a
 * country's centroid would overprint its borders: `at`, a point off the country in open sea where
 * the label is centred, and `from`, a point inside the country its leader line starts at.
 */
export const LABEL_POINT: Readonly<Record<string, { at: Point; from: Point }>> = {
  dk: { at: [345, 398], from: [423, 418] },
  lt: { at: [735, 335], from: [640, 432] },
};

/**
 * A short name for a country whose full name is wider than the country as drawn: "UK", one of the
 * data's aliases of the United Kingdom, as the report's text also calls it.
 */
export const SHORT_NAME: Readonly<Record<string, string>> = { gb: 'UK' };
