/**
 * Seven partnership kinds in four groups, for the map and the matrix alike: more hues than four
 * would not stay colour-blind safe.
 */
export const PARTNERSHIP_GROUPS = [
  { label: 'Agreement or memorandum', kinds: ['agreement', 'memorandum'] },
  { label: 'Joint venture or production', kinds: ['joint-venture', 'production'] },
  { label: 'Training mission', kinds: ['training-mission'] },
  { label: 'Program or investment', kinds: ['program', 'investment'] },
] as const;

/** Index of the group a partnership kind belongs to, -1 when none. */
export const partnershipGroupOf = (kind: string) =>
  PARTNERSHIP_GROUPS.findIndex((group) => (group.kinds as readonly string[]).includes(kind));
