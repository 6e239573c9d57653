/**
 * Font sizes in layout units. A chart is laid out 400 units wide and scaled to its column, about
 * 340 px on a 375 px phone (0.85), so the smallest size here, 14, still renders at about 12 px
 * there. The source line stays smaller than the labels, the labels smaller than the title.
 */
export const FONT = { title: 19, subtitle: 15, label: 15, small: 14, note: 14 } as const;

/** Line heights for each size, in the same units. */
export const LINE = { title: 23, subtitle: 19, label: 18, small: 17, note: 17 } as const;
