/** One entry of a chart's legend. */
export interface LegendItem {
  label: string;
  /**
   * Palette index, 'muted' for marks that give scale, or 'ink' for the text's own colour (the
   * map's land, in a faint `opacity`).
   */
  color: number | 'muted' | 'ink';
  /** A shade of the colour, from 0 to 1, for marks shaded by a count (the map's). */
  opacity?: number;
  /**
   * Drawn as an outline of the colour, the key to marks a chart outlines (the timeline's planned
   * ones); filled too, in the colour at `opacity`, when that is given (the map's Ukraine).
   */
  outline?: boolean;
  /** Starts a row of the legend, keyed apart from the items before it (the timeline's "Planned"). */
  newRow?: boolean;
}
