import { entities as allEntities } from './entities.ts';
import { DataInputError, show } from './errors.ts';
import type { Entity } from './types.ts';

/** The areas `entitiesIn` knows: a UN M49 region, or membership of the EU or NATO. */
export const AREAS = ['europe', 'eu', 'nato'] as const;
export type Area = (typeof AREAS)[number];

/** Whether a membership that began on `from` and ended on `until` held on `day` (YYYY-MM-DD). */
function heldOn(from: string | null, until: string | null, day: string): boolean {
  if (from === null) return false;
  // A year or month stands for its first day, a past `until` for its last.
  return from <= day && (until === null || day <= until);
}

/**
 * Entities whose country is in an area: `'europe'` (the UN M49 region), `'eu'` or `'nato'`
 * (members on `on`, a day YYYY-MM-DD, by default today). States count by themselves, companies
 * and other bodies by their `country`. Regions and memberships come from a cited list, not the
 * sources (`PLACE_CITATIONS`).
 */
export function entitiesIn(
  area: Area,
  options: { on?: string } = {},
  entities: readonly Entity[] = allEntities,
): Entity[] {
  if (!AREAS.includes(area))
    throw new DataInputError(
      'entitiesIn',
      area,
      `area ${show(area)} is not one of "europe", "eu", "nato"`,
    );
  const day = options.on ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new DataInputError('entitiesIn', day, `option on ${show(day)} is not a day (YYYY-MM-DD)`);
  return entities.filter((entity) =>
    area === 'europe'
      ? entity.region === 'Europe'
      : area === 'eu'
        ? heldOn(entity.euFrom, entity.euUntil, day)
        : heldOn(entity.natoFrom, entity.natoUntil, day),
  );
}
