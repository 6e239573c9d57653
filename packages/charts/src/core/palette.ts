/**
 * Three hues of the Okabe–Ito palette (safe for the common colour-vision deficiencies) whose
 * luminance keeps at least 3:1 contrast against both a white and a near-black page, so one SVG
 * works in light and dark mode. Each is overridable by a CSS custom property. They are the parties
 * of `PARTY_COLOR`, in this order: Ukraine, Russia, European states and institutions.
 */
const HUES = ['#0072b2', '#d55e00', '#009e73'] as const;

/**
 * The party hues, then a fourth that no chart draws any more.
 * @deprecated Colour by party with `PARTY_COLOR`; the fourth hue goes in the next major version.
 */
export const PALETTE = [...HUES, '#cc79a7'] as const;

/** Grey: the colour of "other" parties (never of missing data, which a chart leaves out). */
export const MUTED = '#8c8c8c';

/** Stroke behind labels on a map, so they stay legible over shapes: the page's background. */
export const HALO = '#fffffe';

/**
 * What a colour means, the same in every chart: one colour per party. Grey is everyone else (the
 * United States, Sudan, Bahrain, cartels…), so grey always means "other", never "no data".
 */
export const PARTY_COLOR = {
  ukraine: HUES[0],
  russia: HUES[1],
  europe: HUES[2],
  other: MUTED,
} as const;

export type Party = keyof typeof PARTY_COLOR;

/**
 * A colour mixed with white, opaque: the pale part of a bar (the upper end of a range). A fill
 * opacity would mix it with the page instead and all but vanish on a dark one; this tint reads on
 * white and on near-black alike (55% white: on white it looks as the colour at 45% opacity did).
 * A hex colour of six digits only, as the palette's are.
 */
export function tint(hex: string, white = 0.55): string {
  const channels = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(hex);
  if (!channels) throw new Error(`tint: "${hex}" is not a colour #rrggbb`);
  return `#${channels
    .slice(1)
    .map((c) => Math.round(Number.parseInt(c, 16) * (1 - white) + 255 * white))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** How a legend names each party. */
const PARTY_LABEL: Record<Party, string> = {
  ukraine: 'Ukraine',
  russia: 'Russia',
  europe: 'European states and institutions',
  other: 'Others',
};

/**
 * European states (ISO 3166 alpha-2, the data's country ids) other than Ukraine, Russia and
 * Belarus, and the European institutions the data names. The records carry no region, and the map
 * also shows countries that are not European (Iraq, Syria), so the list is explicit.
 */
const EUROPEAN = new Set([
  ...'ad al at ba be bg ch cy cz de dk ee es fi fr gb gr hr hu ie is it li lt lu lv mc md me mk mt nl no pl pt ro rs se si sk sm va xk'.split(
    ' ',
  ),
  'european-union',
  'european-commission',
  'european-parliament',
  'nato',
]);

/** The party an entity id stands for: Ukraine, Russia, a European state or institution, or other. */
export function partyOf(id: string): Party {
  if (id === 'ua') return 'ukraine';
  if (id === 'ru') return 'russia';
  return EUROPEAN.has(id) ? 'europe' : 'other';
}

/** Whether an entity id is a party the palette colours (a country or an institution it knows). */
export const isParty = (id: string) => id === 'ua' || id === 'ru' || EUROPEAN.has(id);

/** The legend entry of a party, in the frame's terms (palette index, or muted for other). */
export const partyLegend = (party: Party) => ({
  label: PARTY_LABEL[party],
  color: party === 'other' ? ('muted' as const) : PARTY_INDEX[party],
});

const PARTY_INDEX = { ukraine: 0, russia: 1, europe: 2 } as const;

export const colorVar = (index: number) => `--uad-color-${index}`;

/**
 * Font sizes in layout units. A chart is laid out 400 units wide and scaled to its column, about
 * 340 px on a 375 px phone (0.85), so the smallest size here, 14, still renders at about 12 px
 * there. The source line stays smaller than the labels, the labels smaller than the title.
 */
export const FONT = { title: 19, subtitle: 15, label: 15, small: 14, note: 14 } as const;

/** Line heights for each size, in the same units. */
export const LINE = { title: 23, subtitle: 19, label: 18, small: 17, note: 17 } as const;

/** The stylesheet every chart carries: palette classes, text styles, all driven by currentColor. */
export function chartStyle(): string {
  const fills = HUES.map((hex, i) => `.uad-f${i}{fill:var(${colorVar(i)},${hex})}`).join('');
  const strokes = HUES.map((hex, i) => `.uad-k${i}{stroke:var(${colorVar(i)},${hex})}`).join('');
  return (
    fills +
    strokes +
    `.uad-fm{fill:var(--uad-color-muted,currentColor);fill-opacity:.5}` +
    `.uad-km{stroke:var(--uad-color-muted,currentColor);stroke-opacity:.5}` +
    '.uad-h{stroke:var(--uad-background,Canvas)}' +
    `.uad-t{font-size:${FONT.title}px;font-weight:700}.uad-s{font-size:${FONT.subtitle}px;fill-opacity:.8}` +
    `.uad-n{font-size:${FONT.note}px;fill-opacity:.7}.uad-tn{font-variant-numeric:tabular-nums}`
  );
}
