import data from './data/events.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Event } from './types.ts';

/** Every event, in record-file order. */
export const events: readonly Event[] = data as readonly Event[];

const eventLookup = /* @__PURE__ */ lookup(events, 'event');

/** The event with this id, or undefined. */
export const findEvent: (id: string) => Event | undefined = eventLookup.find;

/** The event with this id; throws an Error naming the id when there is none. */
export const getEvent: (id: string) => Event = eventLookup.get;
