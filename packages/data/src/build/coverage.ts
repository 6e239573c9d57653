import type { FigureRecord } from '../schema/figure.ts';
import type { SetAsideRecord } from '../schema/set-aside.ts';
import type { SourceRecord } from '../schema/source.ts';
import { REASONS_WITH_FIGURE } from '../set-aside-reasons.ts';
import { normalizeText } from '../verbatim.ts';
import { matchesValue, type NumberKind, type NumberSpan, readSpans } from './numbers.ts';
import type { Problem } from './problems.ts';
import { type Located, recordProblem } from './record-problem.ts';

/** What must be accounted for. Years and days are parts of dates, which records carry as dates. */
const ACCOUNTED: ReadonlySet<NumberKind> = new Set(['amount', 'vague', 'ordinal']);

const NAMES: Record<NumberKind, string> = {
  amount: 'number',
  vague: 'vague amount',
  ordinal: 'ordinal',
  year: 'year',
  day: 'day',
};

interface Place {
  start: number;
  end: number;
}

const QUOTES: Record<string, string> = {
  "'": "['\u2018\u2019\u201A\u201B\u2032]",
  '"': '["\u201C\u201D\u201E\u201F\u2033]',
};

/**
 * Where a passage occurs in a text, forgiving what `containsVerbatim` forgives (runs of
 * whitespace, typographic quotes), so an excerpt that passes that check is found here too.
 */
function occurrences(text: string, passage: string): Place[] {
  const pattern = [...normalizeText(passage)]
    .map((char) =>
      char === ' ' ? '\\s+' : (QUOTES[char] ?? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    )
    .join('');
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

const within = (span: NumberSpan, place: Place) =>
  span.start >= place.start && span.end <= place.end;

/** A few words either side of a span, on one line, so a problem shows where the number stands. */
function around(text: string, span: NumberSpan): string {
  const before = text
    .slice(Math.max(0, span.start - 30), span.start)
    .replace(/^\S*\s/, '')
    .trimStart();
  const after = text
    .slice(span.end, span.end + 30)
    .replace(/\s\S*$/, '')
    .trimEnd();
  return normalizeText(`…${before}${span.text}${after}…`);
}

export interface CoverageInput {
  sources: readonly SourceRecord[];
  /** Source texts by source id. */
  texts: ReadonlyMap<string, string>;
  figures: readonly FigureRecord[];
  setAside: readonly Located<SetAsideRecord>[];
  /** Path of a source text, as problems show it (`sources/<file>`). */
  sourcePath: (source: SourceRecord) => string;
  /** Folder of the set-aside tables, as problems show it (`records/set-aside`). */
  setAsideDir: string;
}

/**
 * Checks that every number of every source text is accounted for: recorded by a figure of that
 * source (its excerpt contains the number and its value is one the number states) or set aside
 * by exactly one entry, never both; and that every entry points at one number of its source.
 */
export function checkCoverage(input: CoverageInput): Problem[] {
  const problems: Problem[] = [];
  for (const source of input.sources) {
    const raw = input.texts.get(source.id);
    if (raw === undefined) continue;
    // Zero-width characters are dropped as when excerpts are checked; lines stay where they were.
    const text = raw.replace(/[\u200B-\u200D\uFEFF]/g, '');
    const spans = readSpans(text).filter((span) => ACCOUNTED.has(span.kind));

    const excerptPlaces = new Map<FigureRecord, Place[]>();
    const recordedBy = new Map<NumberSpan, FigureRecord>();
    for (const figure of input.figures) {
      if (figure.source !== source.id) continue;
      const places = occurrences(text, figure.excerpt);
      excerptPlaces.set(figure, places);
      for (const span of spans)
        if (
          span.kind === 'amount' &&
          !recordedBy.has(span) &&
          places.some((place) => within(span, place)) &&
          matchesValue(span.values, figure.value)
        )
          recordedBy.set(span, figure);
    }

    const setAsideBy = new Map<NumberSpan, Located<SetAsideRecord>>();
    for (const entry of input.setAside) {
      const { record, value } = entry;
      if (value.source !== source.id) continue;
      const places = occurrences(text, value.context);
      const named = (place: Place) =>
        spans.filter(
          (span) => within(span, place) && normalizeText(span.text) === normalizeText(value.span),
        );
      if (places.length !== 1) {
        problems.push(
          recordProblem(
            record,
            'context',
            `occurs ${places.length} times in source "${source.id}": lengthen it so it points at one place`,
          ),
        );
        // The entry still accounts for the numbers it may mean, so each is not reported again.
        for (const span of places.flatMap(named))
          if (!setAsideBy.has(span)) setAsideBy.set(span, entry);
        continue;
      }
      const [place] = places as [Place];
      const inContext = spans.filter((span) => within(span, place));
      const matching = named(place);
      if (matching.length !== 1) {
        for (const span of matching) if (!setAsideBy.has(span)) setAsideBy.set(span, entry);
        const read = inContext.map((span) => `"${span.text}"`).join(', ') || 'none';
        problems.push(
          recordProblem(
            record,
            'span',
            matching.length === 0
              ? `"${value.span}" is not a number the build reads in this context (it reads: ${read})`
              : `"${value.span}" is read ${matching.length} times in this context: shorten it so it holds one`,
          ),
        );
        continue;
      }
      const [span] = matching as [NumberSpan];
      const earlier = setAsideBy.get(span);
      if (earlier) {
        problems.push(
          recordProblem(
            record,
            'context',
            `points at the same "${span.text}" as the entry at ${earlier.record.file}:${earlier.record.line}`,
          ),
        );
        continue;
      }
      setAsideBy.set(span, entry);
      const recorded = recordedBy.get(span);
      if (recorded) {
        problems.push(
          recordProblem(
            record,
            undefined,
            `"${span.text}" is recorded by figure "${recorded.id}" (its excerpt holds it, with the value ${recorded.value}): a number is recorded or set aside, not both`,
          ),
        );
        continue;
      }
      const figure = input.figures.find((item) => item.id === value.figure);
      if (
        figure &&
        REASONS_WITH_FIGURE.has(value.reason) &&
        value.reason !== 'repeat-of' &&
        !(excerptPlaces.get(figure) ?? []).some((place) => within(span, place))
      )
        problems.push(
          recordProblem(
            record,
            'figure',
            `the excerpt of figure "${figure.id}" does not hold this "${span.text}": reason "${value.reason}" is for a number inside the figure's own excerpt`,
          ),
        );
    }

    for (const span of spans) {
      if (recordedBy.has(span) || setAsideBy.has(span)) continue;
      const table = `${input.setAsideDir}/${source.id}.yaml`;
      problems.push({
        file: input.sourcePath(source),
        line: text.slice(0, span.start).split('\n').length,
        kind: 'source',
        id: source.id,
        message: `${NAMES[span.kind]} "${span.text}" in "${around(text, span)}" is not accounted for: ${
          span.kind === 'amount'
            ? `record it in a figure whose excerpt holds it, or set it aside in ${table}`
            : `set it aside in ${table}`
        }`,
      });
    }
  }
  return problems;
}
