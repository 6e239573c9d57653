/** One entry of a chart's legend. */
export interface LegendItem {
  label: string;
  /** Palette index, or 'muted' for marks that give scale. */
  color: number | 'muted';
  /** A shade of the colour, from 0 to 1, for marks shaded by a count (the map's). */
  opacity?: number;
  /** Drawn as an outline of the colour, the key to marks a chart outlines (the timeline's planned ones). */
  outline?: boolean;
}
