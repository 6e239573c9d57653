import data from './data/events.json' with { type: 'json' };
import type { EventId } from './data/ids.ts';
import { type IdArgument, lookup } from './lookup.ts';
import type { EventRecord } from './types.ts';

/** Every event, in record-file order. */
export const events: readonly EventRecord[] = data as readonly EventRecord[];

const eventLookup = /* @__PURE__ */ lookup(events, 'event');

/** The event with this id, or undefined. */
export const findEvent: (id: string) => EventRecord | undefined = eventLookup.find;

/**
 * The event with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `EventId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getEvent: <Id extends string>(id: IdArgument<Id, EventId>) => EventRecord =
  eventLookup.get;
