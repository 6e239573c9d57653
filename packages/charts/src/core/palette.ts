/**
 * Four hues of the Okabe–Ito palette (safe for the common colour-vision deficiencies) whose
 * luminance keeps at least 3:1 contrast against both a white and a near-black page, so one SVG
 * works in light and dark mode. Each is overridable by a CSS custom property.
 */
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'] as const;

/** A colour for marks that give scale rather than the point of the chart. */
export const MUTED = '#8c8c8c';

/** Stroke behind labels on a map, so they stay legible over shapes: the page's background. */
export const HALO = '#fffffe';

export const colorVar = (index: number) => `--uad-color-${index}`;

/** The stylesheet every chart carries: palette classes, text styles, all driven by currentColor. */
export function chartStyle(): string {
  const fills = PALETTE.map((hex, i) => `.uad-f${i}{fill:var(${colorVar(i)},${hex})}`).join('');
  const strokes = PALETTE.map((hex, i) => `.uad-k${i}{stroke:var(${colorVar(i)},${hex})}`).join('');
  return (
    fills +
    strokes +
    `.uad-fm{fill:var(--uad-color-muted,currentColor);fill-opacity:.5}` +
    `.uad-km{stroke:var(--uad-color-muted,currentColor);stroke-opacity:.5}` +
    '.uad-h{stroke:var(--uad-background,Canvas)}' +
    '.uad-t{font-size:16px;font-weight:700}.uad-s{font-size:13px}' +
    '.uad-n{font-size:11px;fill-opacity:.8}.uad-tn{font-variant-numeric:tabular-nums}'
  );
}
