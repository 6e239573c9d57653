import { deals } from '@ua-drones/data';
import { entity, entityName } from '../core/lookup.js';
import type { PartnershipRecord } from '../core/records.js';

/** Ukraine: the hub of every arrangement the map and the matrix draw. */
export const HUB = 'ua';

const isCountry = (id: string) => entity(id)?.kind === 'country';

/** The country a member stands for: a state itself, a firm the country the texts tie it to. */
const countryOf = (id: string) => (isCountry(id) ? id : (entity(id)?.country ?? null));

/** The countries of an arrangement's members (through its firms too), each once. */
export const memberCountries = (p: PartnershipRecord) => [
  ...new Set(p.members.map(countryOf).filter((c): c is string => c !== null)),
];

/** The member countries of an arrangement other than Ukraine. */
export const partnerCountries = (p: PartnershipRecord) =>
  memberCountries(p).filter((c) => c !== HUB);

/** Members that are not countries (firms, bodies) and that the texts name, by name. */
export const otherMembers = (p: PartnershipRecord) =>
  p.members.filter((m) => !isCountry(m) && entity(m)?.named !== false).map(entityName);

/** Whether a country takes part only through a member firm or body, not as a state. */
export const throughFirm = (p: PartnershipRecord, country: string) =>
  !p.members.includes(country) && memberCountries(p).includes(country);

/**
 * What the records of arrangements are, so no description counts them as alike: those with a
 * member country besides Ukraine, those that name Ukraine and no partner country (an alliance
 * spoken of with "Europe", centres Ukraine opened), and those whose members are firms or bodies only.
 */
export function sortArrangements(partnerships: readonly PartnershipRecord[]) {
  const withPartners = partnerships.filter((p) => partnerCountries(p).length > 0);
  const ukraineAlone = partnerships.filter(
    (p) => partnerCountries(p).length === 0 && p.members.includes(HUB),
  );
  const noCountry = partnerships.filter((p) => memberCountries(p).length === 0);
  return { withPartners, ukraineAlone, noCountry };
}

/**
 * How firmly the source reports an arrangement, in words a legend and a description use. "Reported"
 * says no more than the source does: a program unveiled or an agreement signed is not thereby in place.
 */
export const STANDING = {
  reported: 'reported',
  attributed: 'attributed by the source to someone else',
  hedged: 'reported with a hedge',
  planned: 'planned or announced',
} as const satisfies Record<PartnershipRecord['status'], string>;

/**
 * An arrangement's kind, as firmly as the source gives it: a planned one is "planned" (Britain "will"
 * mass-produce), and one the source attributes to someone else gets no kind of ours (an alliance a
 * leader "now speaks of" is not thereby a program).
 */
export function kindText(p: PartnershipRecord): string {
  const kind = p.kind.replaceAll('-', ' ');
  if (p.status === 'planned') return `planned ${kind}`;
  if (p.status === 'attributed') return STANDING.attributed;
  if (p.status === 'hedged') return `${kind}, ${STANDING.hedged}`;
  return kind;
}

/**
 * The deals the records tell, each once, with records that may tell one deal counted as one (the
 * data package's `deals`, possible matches merged): the lower bound a count should lead with.
 */
export const dealsOf = (partnerships: readonly PartnershipRecord[]): PartnershipRecord[][] =>
  deals(partnerships, { possible: 'merge' }).map((deal) => deal.records);

/** A deal is planned only when every record of it is. */
export const isPlanned = (deal: readonly PartnershipRecord[]) =>
  deal.every((p) => p.status === 'planned');

/** "1 deal", "3 records": a count with its noun. */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Records the data says may tell one deal (`possiblySameAs`, the texts do not settle it), grouped
 * through their links: only groups of two or more of the records given.
 */
export function possibleSameDeal(
  partnerships: readonly PartnershipRecord[],
): PartnershipRecord[][] {
  const byId = new Map(partnerships.map((p) => [p.id, p]));
  const root = (p: PartnershipRecord, seen = new Set<string>()): string => {
    const next = p.possiblySameAs ? byId.get(p.possiblySameAs) : undefined;
    if (!next || seen.has(next.id)) return p.id;
    return root(next, seen.add(p.id));
  };
  const groups = new Map<string, PartnershipRecord[]>();
  for (const p of partnerships) groups.set(root(p), [...(groups.get(root(p)) ?? []), p]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** "a, b and c" */
export const listText = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
