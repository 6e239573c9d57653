/**
 * The site's one door to @ua-drones/data. Lookups only: values are never computed here, they are
 * formatted by the data package's own helpers.
 */
import type {
  Event,
  Figure,
  Measure,
  Partnership,
  Quote,
  SetAside,
  SetAsideReason,
  Source,
} from '@ua-drones/data';
import {
  citeSource,
  conflicts,
  entities,
  events,
  figures,
  measures,
  partnerships,
  quotes,
  SET_ASIDE_REASONS,
  setAside,
  sources,
} from '@ua-drones/data';

export type * from '@ua-drones/data';
export {
  citeSource,
  conflicts,
  dataVersion,
  entities,
  events,
  figures,
  figureTime,
  formatDate,
  formatDuration,
  formatFigure,
  formatFigureTime,
  formatNumber,
  formatPeriod,
  formatQualifier,
  getFigure,
  measures,
  partnerships,
  quotes,
  SET_ASIDE_REASONS,
  setAside,
  sources,
  undatedFigures,
} from '@ua-drones/data';

/** Kinds of record a chapter can cite; each has an excerpt and a source. */
export type CitedRecord =
  | { kind: 'figure'; record: Figure }
  | { kind: 'event'; record: Event }
  | { kind: 'partnership'; record: Partnership }
  | { kind: 'quote'; record: Quote };
export type RecordKind = CitedRecord['kind'];

function index<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

const byKind = {
  figure: index(figures),
  event: index(events),
  partnership: index(partnerships),
  quote: index(quotes),
};
const sourceIndex = index(sources);
const entityIndex = index(entities);
const measureIndex = index(measures);

export function findRecord(kind: RecordKind, id: string): CitedRecord | undefined {
  const record = byKind[kind].get(id);
  return record ? ({ kind, record } as CitedRecord) : undefined;
}

/** Any cited record by id, whatever its kind (ids are unique per kind; figures win ties). */
export function findAnyRecord(id: string): CitedRecord | undefined {
  for (const kind of ['figure', 'event', 'partnership', 'quote'] as const) {
    const found = findRecord(kind, id);
    if (found) return found;
  }
  return undefined;
}

export function sourceById(id: string): Source {
  const source = sourceIndex.get(id);
  if (!source) throw new Error(`unknown source id "${id}"`);
  return source;
}

export function measureById(id: string): Measure | undefined {
  return measureIndex.get(id);
}

export function entityName(id: string): string {
  return entityIndex.get(id)?.name ?? id;
}

// Indexed once: every figure page asks for its measure's figures, and scanning all figures on
// each made the build quadratic in the number of figures.
const figuresByMeasure = new Map<string, Figure[]>();
for (const figure of figures) {
  const same = figuresByMeasure.get(figure.measure);
  if (same) same.push(figure);
  else figuresByMeasure.set(figure.measure, [figure]);
}

/** Figures that measure one quantity, in data order. */
export function figuresOfMeasure(measure: string): Figure[] {
  return figuresByMeasure.get(measure) ?? [];
}

let conflictsFound: ReturnType<typeof conflicts> | undefined;

/**
 * The conflicts the data package finds for a measure (figures over overlapping time whose values
 * cannot all be true, each disagreement with its reason); empty when the sources agree. The site
 * never decides.
 */
export function conflictsOf(measure: string): ReturnType<typeof conflicts> {
  conflictsFound ??= conflicts();
  return conflictsFound.filter((conflict) => conflict.measure === measure);
}

/** The figures of a measure's conflicts, in the data package's order. */
export function conflictingFigures(measure: string): Figure[] {
  return conflictsOf(measure).flatMap((conflict) => conflict.figures);
}

/** Short human title of any cited record. */
export function recordTitle(cited: CitedRecord): string {
  switch (cited.kind) {
    case 'figure':
      return cited.record.label;
    case 'event':
      return cited.record.title;
    case 'partnership':
      return cited.record.name;
    case 'quote':
      return `${cited.record.speaker.name}${cited.record.speaker.role ? `, ${cited.record.speaker.role}` : ''}`;
  }
}

export function recordsCiting(sourceId: string) {
  return {
    figures: figures.filter((r) => r.source === sourceId),
    events: events.filter((r) => r.source === sourceId),
    partnerships: partnerships.filter((r) => r.source === sourceId),
    quotes: quotes.filter((r) => r.source === sourceId),
  };
}

const TOPIC_LABELS: Record<string, string> = {
  production: 'Production',
  'air-defense': 'Air defense',
  'deep-strike': 'Deep strike',
  cooperation: 'Cooperation',
  'industry-finance': 'Industry & finance',
  'autonomy-law': 'Autonomy & law',
  proliferation: 'Proliferation',
  manpower: 'Manpower',
  war: 'The war',
};

export function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic] ?? topic;
}

/** Topics that at least one record is filed under, in the vocabulary's order. */
export function usedTopics(): string[] {
  const used = new Set(
    [...figures, ...events, ...partnerships, ...quotes].flatMap((r) => r.topics as string[]),
  );
  const known = Object.keys(TOPIC_LABELS).filter((t) => used.has(t));
  const unknown = [...used].filter((t) => !(t in TOPIC_LABELS)).sort();
  return [...known, ...unknown];
}

/** A source as an APA-style reference, formatted by the data package. */
export function sourceReference(source: Source): string {
  return citeSource(source, 'apa');
}

export function sourceBibtex(source: Source): string {
  return citeSource(source, 'bibtex');
}

const SET_ASIDE_LABELS: Record<SetAsideReason, string> = {
  'vague-amount': 'Vague amounts',
  'repeat-of': 'Repeats of a recorded figure',
  'other-unit': 'A recorded figure in another unit',
  'part-of-figure': 'Part of a recorded figure',
  rank: 'Ranks and ordinals',
  'not-a-quantity': 'Not quantities',
  rhetorical: 'Figures of speech',
  'relative-date': 'Relative dates',
  'out-of-scope': "Outside the report's topics",
};

/** A reason for setting a number aside: our heading for it and the data package's definition. */
export function setAsideReason(reason: SetAsideReason): { label: string; definition: string } {
  return { label: SET_ASIDE_LABELS[reason], definition: SET_ASIDE_REASONS[reason] };
}

/**
 * The numbers of a source that no figure records, grouped by reason in the data package's order
 * of reasons; reasons without an entry are left out.
 */
export function setAsideIn(sourceId?: string): { reason: SetAsideReason; entries: SetAside[] }[] {
  const entries = setAside.filter((entry) => sourceId === undefined || entry.source === sourceId);
  return (Object.keys(SET_ASIDE_REASONS) as SetAsideReason[])
    .map((reason) => ({ reason, entries: entries.filter((entry) => entry.reason === reason) }))
    .filter((group) => group.entries.length > 0);
}

/**
 * A set-aside entry's context split around its number, so a page can mark the number: the span
 * is found as a whole word (the "one" of "one of the", not of "drones").
 */
export function splitContext(entry: SetAside): [string, string, string] {
  const escaped = entry.span.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(
    entry.context,
  );
  if (!match) return [entry.context, '', ''];
  const end = match.index + entry.span.length;
  return [entry.context.slice(0, match.index), entry.span, entry.context.slice(end)];
}
