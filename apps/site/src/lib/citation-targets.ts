/** What chapters can cite, as the resolver sees it (see notes.ts): records, charts, sources, their texts. */
import { hasChart } from './charts.ts';
import { conflictingFigures, findRecord, type RecordKind, sources } from './data.ts';
import type { CitationTargets } from './notes.ts';
import { sourceText } from './source-texts.ts';
import { verbatimMismatch } from './verbatim.ts';

const KINDS: readonly RecordKind[] = ['figure', 'event', 'partnership', 'quote'];
const sourceIds = new Set(sources.map((source) => source.id));

export const citationTargets: CitationTargets = {
  has: (kind, id) => findRecord(kind, id) !== undefined,
  kindsOf: (id) => KINDS.filter((kind) => findRecord(kind, id) !== undefined),
  isDated: (kind, id) => {
    const found = findRecord(kind, id);
    return found !== undefined && 'date' in found.record && found.record.date !== null;
  },
  conflictingFigures: (measure) => conflictingFigures(measure).map((f) => f.id),
  hasChart,
  hasSource: (id) => sourceIds.has(id),
  excerptMismatch: (source, excerpt) => verbatimMismatch(sourceText(source) ?? '', excerpt),
};
