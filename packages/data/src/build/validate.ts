import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { STATES } from '../places.ts';
import type { EntityRecord } from '../schema/entity.ts';
import { Entity } from '../schema/entity.ts';
import { Event, type EventRecord } from '../schema/event.ts';
import {
  Figure,
  type FigureRecord,
  Measure,
  type MeasureRecord,
  SPEAKER_STATUSES,
  UNATTRIBUTED_STATUSES,
} from '../schema/figure.ts';
import { Partnership, type PartnershipRecord } from '../schema/partnership.ts';
import { Quote, type QuoteRecord } from '../schema/quote.ts';
import { SetAside, type SetAsideRecord } from '../schema/set-aside.ts';
import { Source, type SourceRecord } from '../schema/source.ts';
import { REASONS_WITH_FIGURE } from '../set-aside-reasons.ts';
import { convertible, isMoney, MEASURE_UNITS, UNITS, type Unit } from '../units.ts';
import { containsVerbatim, explainMismatch, normalizeText } from '../verbatim.ts';
import { dateIntervalProblems } from './date-interval.ts';
import { linkProblems } from './identity.ts';
import type { Kind, RawRecord } from './load.ts';
import { matchesValue, readNumbers, readSpans, statesNumber, valueInId } from './numbers.ts';
import type { Problem } from './problems.ts';
import { provenanceProblems } from './provenance.ts';
import { idOf, type Located, recordProblem } from './record-problem.ts';
import { ownWordsProblems } from './summaries.ts';

const SCHEMAS: Record<Kind, z.ZodType> = {
  source: Source,
  measure: Measure,
  entity: Entity,
  figure: Figure,
  event: Event,
  partnership: Partnership,
  quote: Quote,
  'set-aside': SetAside,
};

/** Records that passed every check, by kind, in file order. */
export interface ValidRecords {
  sources: SourceRecord[];
  measures: MeasureRecord[];
  entities: EntityRecord[];
  figures: FigureRecord[];
  events: EventRecord[];
  partnerships: PartnershipRecord[];
  quotes: QuoteRecord[];
  /** Numbers of the source texts that no figure records, where they are written. */
  setAside: Located<SetAsideRecord>[];
  /** Source texts by source id (build-time only: never published). */
  texts: Map<string, string>;
}

const fieldName = (path: readonly PropertyKey[]) =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');

const DATE_FIELDS = new Set(['date', 'period']);

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | null | undefined)?.[key],
    data,
  );

function schemaProblems(
  record: RawRecord,
  problem: (field: string | undefined, message: string, line?: number) => void,
) {
  const result = SCHEMAS[record.kind].safeParse(record.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problem(
          fieldName([...issue.path, key]),
          'unknown field: not in the schema (typo?)',
          record.lineOf(issue.path.length === 0 ? key : top),
        );
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined$/.test(message))
      message = `missing: required (${message.replace(/^Invalid input: /, '')})`;
    else if (
      issue.code === 'invalid_type' &&
      top &&
      DATE_FIELDS.has(top) &&
      /received number$/.test(message)
    )
      message = `${message}: quote dates in YAML, e.g. ${top}: '2025'`;
    else if (issue.code === 'invalid_value') {
      const given = JSON.stringify(valueAt(record.data, issue.path));
      message = `${given} is not one of: ${issue.values.join(', ')}`;
      if (top === 'unit') message += ' (add a line to UNITS in src/units.ts if none fits)';
    }
    if (issue.path.length === 0 && record.data === null) message = 'empty record';
    else if (issue.path.length === 0 && typeof record.data !== 'object')
      message = `must be a mapping of fields (got ${JSON.stringify(record.data)})`;
    problem(fieldName(issue.path) || undefined, message, record.lineOf(top));
  }
  return undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = saved;
    }
  }
  return row[b.length] ?? 0;
}

function didYouMean(id: string, known: Iterable<string>): string {
  const close = [...known].filter(
    (candidate) => distance(id, candidate) <= 2 || candidate.includes(id) || id.includes(candidate),
  );
  return close.length > 0
    ? ` (did you mean ${close
        .slice(0, 3)
        .map((c) => `"${c}"`)
        .join(' or ')}?)`
    : '';
}

/** Checks every loaded record against its schema and the others; collects every problem. */
export function validateRecords(
  raw: RawRecord[],
  sourcesDir: string,
): { records: ValidRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (record: RawRecord, field: string | undefined, message: string, line?: number) =>
    problems.push(recordProblem(record, field, message, line));

  const valid = new Map<Kind, Located<unknown>[]>();
  for (const record of raw) {
    const value = schemaProblems(record, (field, message, line) =>
      report(record, field, message, line),
    );
    if (value === undefined) continue;
    const list = valid.get(record.kind) ?? [];
    list.push({ record, value });
    valid.set(record.kind, list);
  }
  const of = <T>(kind: Kind) => (valid.get(kind) ?? []) as Located<T>[];

  // Ids of every record, valid or not, so one broken record does not cascade into dangling references.
  const ids = new Map<Kind, Map<string, RawRecord>>();
  for (const record of raw) {
    const id = idOf(record);
    if (id === undefined) continue;
    const seen = ids.get(record.kind) ?? new Map<string, RawRecord>();
    const first = seen.get(id);
    if (first)
      report(record, 'id', `duplicate ${record.kind} id: also at ${first.file}:${first.line}`);
    else seen.set(id, record);
    ids.set(record.kind, seen);
  }
  const known = (kind: Kind) => ids.get(kind) ?? new Map<string, RawRecord>();

  const texts = new Map<string, string>();
  for (const { record, value } of of<SourceRecord>('source')) {
    const path = join(sourcesDir, value.file);
    if (existsSync(path)) texts.set(value.id, readFileSync(path, 'utf8'));
    else report(record, 'file', `source text not found at ${path}`);
    for (const { field, message } of provenanceProblems(value, texts.get(value.id)))
      report(record, field, message);
  }

  const checkReference = (record: RawRecord, field: string, kind: Kind, id: string | null) => {
    if (id === null || known(kind).has(id)) return;
    const where =
      kind === 'entity'
        ? ' (add it to records/entities/<kind>.yaml or use an existing id)'
        : kind === 'measure'
          ? ' (add it to records/measures.yaml or use an existing id)'
          : '';
    report(record, field, `unknown ${kind} "${id}"${didYouMean(id, known(kind).keys())}${where}`);
  };

  const cited = [
    ...of<FigureRecord>('figure'),
    ...of<EventRecord>('event'),
    ...of<PartnershipRecord>('partnership'),
    ...of<QuoteRecord>('quote'),
  ];
  for (const { record, value } of cited) {
    checkReference(record, 'source', 'source', value.source);
    const text = texts.get(value.source);
    if (text === undefined) continue;
    if (!containsVerbatim(text, value.excerpt)) {
      const elsewhere = [...texts].find(([, other]) => containsVerbatim(other, value.excerpt))?.[0];
      report(
        record,
        'excerpt',
        `not found verbatim in source "${value.source}"${elsewhere ? ` (it is in source "${elsewhere}")` : `: ${explainMismatch(text, value.excerpt)}`}`,
      );
    }
  }

  for (const { record, value } of of<FigureRecord>('figure')) {
    checkReference(record, 'measure', 'measure', value.measure);
    for (const [index, id] of value.subjects.entries())
      checkReference(record, `subjects[${index}]`, 'entity', id);
    if (!statesNumber(value.excerpt, value.value)) {
      const read = [...new Set(readNumbers(value.excerpt))];
      report(
        record,
        'value',
        `${value.value} is not a number the excerpt states (numbers read from it: ${read.length > 0 ? read.join(', ') : 'none'})`,
      );
    }
  }
  for (const { record, value } of of<EventRecord>('event'))
    for (const [index, id] of value.actors.entries())
      checkReference(record, `actors[${index}]`, 'entity', id);
  for (const { record, value } of of<PartnershipRecord>('partnership'))
    for (const [index, id] of value.members.entries())
      checkReference(record, `members[${index}]`, 'entity', id);
  for (const { record, value } of of<QuoteRecord>('quote')) {
    checkReference(record, 'speaksFor', 'entity', value.speaksFor);
    if (!normalizeText(value.excerpt).includes(normalizeText(value.text)))
      report(
        record,
        'text',
        `not found inside the excerpt: ${explainMismatch(value.excerpt, value.text)}`,
      );
  }

  // Figures of one measure are compared in the measure's unit, so each must convert to it.
  const measureUnits = new Map(of<MeasureRecord>('measure').map(({ value }) => [value.id, value]));
  for (const { record, value } of of<MeasureRecord>('measure')) {
    const { quantity } = UNITS[value.unit];
    const fixed = MEASURE_UNITS[quantity];
    if (fixed !== undefined && value.unit !== fixed)
      report(
        record,
        'unit',
        `measures of ${quantity} are compared in "${fixed}" (MEASURE_UNITS in src/units.ts), not "${value.unit}": use "${fixed}"; a figure may still state its value in "${value.unit}"`,
      );
    for (const [index, relation] of (value.comparableWith ?? []).entries()) {
      const field = `comparableWith[${index}].measure`;
      const other = measureUnits.get(relation.measure);
      if (relation.measure === value.id)
        report(record, field, 'relates the measure to itself: name another measure');
      else if (other === undefined) checkReference(record, field, 'measure', relation.measure);
      else if (!convertible(other.unit, value.unit))
        report(
          record,
          field,
          `units cannot convert: "${relation.measure}" is in "${other.unit}" (${UNITS[other.unit].quantity}), this measure in "${value.unit}" (${UNITS[value.unit].quantity}); relate only measures of one quantity, or describe the contrast in the measure's description`,
        );
    }
  }
  const measureTopics = new Map<string, { topics: string; record: RawRecord }>();
  for (const { record, value } of of<FigureRecord>('figure')) {
    const measure = measureUnits.get(value.measure);
    if (measure !== undefined && !convertible(value.unit, measure.unit)) {
      const per = (unit: Unit) => UNITS[unit].per;
      const why =
        per(value.unit) !== per(measure.unit)
          ? per(value.unit)
            ? ` ("${value.unit}" is a rate per ${per(value.unit)}; the measure is not)`
            : ` (the measure counts per ${per(measure.unit)}; use "${measure.unit}")`
          : '';
      report(
        record,
        'unit',
        `unit "${value.unit}" does not convert to "${measure.unit}", the unit of measure "${value.measure}"${why}; use another measure or unit`,
      );
    }
    // Topics describe the quantity, so every figure of a measure is filed the same way.
    const topics = [...value.topics].sort().join(', ');
    const first = measureTopics.get(value.measure);
    if (first === undefined) measureTopics.set(value.measure, { topics, record });
    else if (first.topics !== topics)
      report(
        record,
        'topics',
        `[${topics}] differs from [${first.topics}] of figure "${idOf(first.record)}" (${first.record.file}:${first.record.line}), of the same measure; file them alike`,
      );
  }

  for (const { record, value } of of<FigureRecord>('figure')) {
    if (isMoney(value.unit) && value.currency === null)
      report(record, 'currency', `missing: unit "${value.unit}" needs an ISO 4217 currency code`);
    if (!isMoney(value.unit) && value.currency !== null)
      report(record, 'currency', `must be null: unit "${value.unit}" is not money`);
    if (value.periodInferred && value.period === null)
      report(record, 'periodInferred', 'must be false when period is null');
    if (value.asOfInferred && value.asOf === null)
      report(record, 'asOfInferred', 'must be false when asOf is null');
    if ((value.periodInferred || value.asOfInferred) && value.dateReason === null)
      report(record, 'dateReason', 'missing: an inferred period or asOf needs its evidence');
    if (value.period === null && value.asOf === null && value.dateReason === null)
      report(record, 'dateReason', 'missing: say why the figure has neither period nor asOf');
    if (value.periodLength !== null && value.period !== null)
      report(record, 'periodLength', 'must be null when the period itself is given');
    if (valueInId(value.id, value.value))
      report(
        record,
        'id',
        `contains the value ${value.value}: ids must not carry values, so a correction never forces a rename`,
      );
    const by = value.attributedTo;
    if (by !== null && UNATTRIBUTED_STATUSES.has(value.status))
      report(
        record,
        'status',
        `"${value.status}" is the text's own, unattributed statement, but attributedTo names "${by.words}": use the status of who says it (official-statement, estimate, claim, party-claim, pledge-or-plan), or set attributedTo to null if the text states it as fact`,
      );
    if (by === null && SPEAKER_STATUSES.has(value.status))
      report(
        record,
        'attributedTo',
        `missing: status "${value.status}" names who speaks, so say who in attributedTo (words verbatim from the excerpt)`,
      );
    if (by !== null) {
      checkReference(record, 'attributedTo.entity', 'entity', by.entity);
      if (!containsVerbatim(value.excerpt, by.words))
        report(
          record,
          'attributedTo.words',
          `"${by.words}" not found verbatim in the excerpt: ${explainMismatch(value.excerpt, by.words)}`,
        );
    }
  }

  const dated = [
    ...of<EventRecord>('event'),
    ...of<PartnershipRecord>('partnership'),
    ...of<QuoteRecord>('quote'),
  ];
  for (const { record, value } of dated) {
    if (value.dateInferred && value.date === null)
      report(record, 'dateInferred', 'must be false when date is null');
    if ((value.dateInferred || value.date === null) && value.dateReason === null)
      report(
        record,
        'dateReason',
        value.date === null
          ? 'missing: say why the date is unknown'
          : 'missing: an inferred date needs its evidence',
      );
  }

  problems.push(
    ...dateIntervalProblems([...of<EventRecord>('event'), ...of<PartnershipRecord>('partnership')]),
    ...linkProblems(of<EventRecord>('event'), 'event'),
    ...linkProblems(of<PartnershipRecord>('partnership'), 'partnership'),
  );

  problems.push(
    ...ownWordsProblems(
      [...of<EventRecord>('event'), ...of<PartnershipRecord>('partnership')],
      of<EntityRecord>('entity').map(({ value }) => value),
    ),
  );

  const entityKinds = new Map(
    of<EntityRecord>('entity').map(({ value }) => [value.id, value.kind]),
  );
  for (const { record, value } of of<EntityRecord>('entity')) {
    if (value.kind === 'country' && STATES[value.id] === undefined)
      report(
        record,
        'id',
        `no region or memberships known for country "${value.id}": add it to STATES in src/places.ts, from a list cited in PLACE_CITATIONS`,
      );
    if (value.country === undefined || value.country === null) continue;
    checkReference(record, 'country', 'entity', value.country);
    const kind = entityKinds.get(value.country);
    if (kind !== undefined && kind !== 'country')
      report(
        record,
        'country',
        `"${value.country}" is a ${kind}, not a country: use the id of a country entity (its lowercase ISO 3166-1 alpha-2 code)`,
      );
  }

  const figuresById = new Map(of<FigureRecord>('figure').map(({ value }) => [value.id, value]));
  for (const { record, value } of of<SetAsideRecord>('set-aside')) {
    checkReference(record, 'source', 'source', value.source);
    const text = texts.get(value.source);
    if (!normalizeText(value.context).includes(normalizeText(value.span)))
      report(record, 'span', `"${value.span}" is not inside its context "${value.context}"`);
    else if (text !== undefined && !containsVerbatim(text, value.context)) {
      const elsewhere = [...texts].find(([, other]) => containsVerbatim(other, value.context))?.[0];
      report(
        record,
        'context',
        `not found verbatim in source "${value.source}"${elsewhere ? ` (it is in source "${elsewhere}")` : `: ${explainMismatch(text, value.context)}`}`,
      );
    }
    if (!REASONS_WITH_FIGURE.has(value.reason)) {
      if (value.figure !== null)
        report(record, 'figure', `must be null for reason "${value.reason}"`);
      continue;
    }
    if (value.figure === null) {
      report(record, 'figure', `missing: reason "${value.reason}" names the figure in "figure"`);
      continue;
    }
    checkReference(record, 'figure', 'figure', value.figure);
    const figure = figuresById.get(value.figure);
    if (figure === undefined) continue;
    if (figure.source !== value.source)
      report(
        record,
        'figure',
        `figure "${figure.id}" cites source "${figure.source}", not "${value.source}": a number repeats or belongs to a figure of its own source`,
      );
    else if (
      value.reason === 'repeat-of' &&
      !matchesValue(
        readSpans(value.span).flatMap((span) => span.values),
        figure.value,
      )
    )
      report(
        record,
        'figure',
        `figure "${figure.id}" has the value ${figure.value}, which "${value.span}" does not state: a repeat states the same value (use other-unit for another unit)`,
      );
  }

  const values = <T>(kind: Kind) => of<T>(kind).map((located) => located.value);
  return {
    records: {
      sources: values<SourceRecord>('source'),
      measures: values<MeasureRecord>('measure'),
      entities: values<EntityRecord>('entity'),
      figures: values<FigureRecord>('figure'),
      events: values<EventRecord>('event'),
      partnerships: values<PartnershipRecord>('partnership'),
      quotes: values<QuoteRecord>('quote'),
      setAside: of<SetAsideRecord>('set-aside'),
      texts,
    },
    problems,
  };
}
