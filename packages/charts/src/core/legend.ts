/** One entry of a chart's legend. */
export interface LegendItem {
  label: string;
  /** Palette index, or 'muted' for marks that give scale. */
  color: number | 'muted';
}
