import type { EntityLabel } from '@ua-drones/data';
import { entity } from './lookup.js';
import { isParty, type Party, partyOf } from './palette.js';
import type { EventRecord } from './records.js';

type Lookup = (id: string) => EntityLabel | undefined;

/** The kinds of entity that act: systems and programs are what they use. */
const BODIES: ReadonlySet<EntityLabel['kind']> = new Set(['organization', 'company', 'group']);

/** Every party takes part in these kinds of event: each side signs or invests. */
const JOINT_KINDS: ReadonlySet<EventRecord['kind']> = new Set(['agreement', 'investment']);

/**
 * The party that acts in an event. The records list actors without roles, so this reads them in
 * three steps:
 * 1. A firm or state body the data ties to a country (Ukraine's air force, the manufacturers of a
 *    joint venture) is named because it acted, so when an event names any, their countries act.
 * 2. Otherwise, in an agreement or investment, every country and institution named acts.
 * 3. Otherwise the first one listed that the palette colours acts: the data lists who acts first
 *    ("Russian drones enter Polish airspace" is `[ru, pl]`), and a party of its own colour goes
 *    before a grey one it acts with (Belarus with Russia, North Korea learning with Russia).
 * Of several acting parties, Ukraine with European partners is European (their joint work is
 * Europe's cooperation with Ukraine, as on the map and in the matrix); any other mix takes the
 * first coloured one. Grey only when no coloured party acts. Systems and programs are what the
 * parties use, never a party.
 */
export function actingParty(event: EventRecord, lookup: Lookup = entity): Party {
  const bodies = event.actors.flatMap((id) => {
    const found = lookup(id);
    return found && BODIES.has(found.kind) && found.country ? [found.country] : [];
  });
  const named = event.actors.filter((id) => lookup(id)?.kind === 'country' || isParty(id));
  const coloured = (bodies.length > 0 ? bodies : named)
    .map(partyOf)
    .filter((party) => party !== 'other');
  const joint = bodies.length > 0 || JOINT_KINDS.has(event.kind);
  if (joint && coloured.includes('ukraine') && coloured.includes('europe')) return 'europe';
  return coloured[0] ?? 'other';
}
