import type { EventRecord, Figure, Partnership } from './types.ts';

/** A topic a record is filed under (the report's chapters follow them). */
export type Topic = Figure['topics'][number];

/** What kind of claim a figure is: an official statement, an estimate, a party's claim, … */
export type FigureStatus = Figure['status'];

/** How firmly a source reports an event or a partnership: reported, attributed, hedged, planned. */
export type ReportStatus = EventRecord['status'] & Partnership['status'];

/** How the text qualifies a figure's number ("about" is approximately). */
export type Qualifier = Figure['qualifier'];

/** The kind of an event. */
export type EventKind = EventRecord['kind'];

/** The kind of a partnership. */
export type PartnershipKind = Partnership['kind'];

/**
 * @deprecated Renamed `EventRecord`, so that importing it no longer shadows the DOM's `Event`.
 * This alias goes in the next major version.
 */
export type Event = EventRecord;
