/**
 * What the number reader finds in a new source text, as candidates for a contributor to confirm:
 * each number the coverage check would ask to account for, with its sentence, the value, the unit
 * and qualifier the words around it suggest, and whether it looks like a figure or like a number
 * to set aside (and for which reason). Guesses only: `add-source` writes them as comments.
 */
import type { SetAsideReason } from '../set-aside-reasons.ts';
import type { Unit } from '../units.ts';
import { type NumberSpan, readSpans } from './numbers.ts';

export interface Candidate {
  span: NumberSpan;
  /** Line of the text, counted from 1. */
  line: number;
  /** The sentence that holds the number, white space collapsed: a figure's excerpt. */
  sentence: string;
  /** A few words around the number that occur once in the text: a set-aside entry's context. */
  context: string;
  suggestion: 'figure' | 'set-aside';
  reason: SetAsideReason | null;
  unit: Unit | null;
  currency: string | null;
  qualifier: string;
}

/** The kinds of number the coverage check asks to account for (years and days are dates). */
const ACCOUNTED = new Set(['amount', 'vague', 'ordinal']);

const UNIT_WORDS: ReadonlyArray<[RegExp, Unit]> = [
  [/^\s*(?:%|percent|per cent)/i, 'percent'],
  [/^\s*(?:km|kilomet(?:er|re)s?)\b/i, 'km'],
  [/^\s*miles?\b/i, 'mi'],
  [/^[\s\w-]*?\bdrones?\b[^.]*?\b(?:a|per) year\b/i, 'drones/year'],
  [/^[\s\w-]*?\bdrones?\b[^.]*?\b(?:a|per) day\b/i, 'drones/day'],
  [/^[\s\w-]*?\bdrones?\b/i, 'drones'],
  [/^\s*(?:troops|soldiers)\b/i, 'troops'],
  [/^\s*(?:people|men|women|personnel|instructors|volunteers)\b/i, 'people'],
  [/^\s*(?:companies|firms|manufacturers)\b/i, 'companies'],
  [/^\s*(?:countries|nations)\b/i, 'countries'],
  [/^\s*years?\b/i, 'years'],
  [/^\s*months?\b/i, 'months'],
  [/^\s*minutes?\b/i, 'minutes'],
  [/^\s*seconds?\b/i, 'seconds'],
];
const CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const QUALIFIERS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:more than|over|above)\s*$/i, 'more-than'],
  [/\b(?:less than|under|fewer than)\s*$/i, 'less-than'],
  [/\b(?:about|around|roughly|some|approximately|nearly)\s*$/i, 'approximately'],
  [/\balmost\s*$/i, 'almost'],
  [/\bat least\s*$/i, 'at-least'],
  [/\bup to\s*$/i, 'up-to'],
];

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function sentenceAt(text: string, offset: number): string {
  for (const { segment, index } of sentences.segment(text)) {
    if (offset >= index && offset < index + segment.length) return collapse(segment);
  }
  return '';
}

/** The number with words either side, widened until it occurs once in the text (at most 80 characters). */
function contextOf(text: string, span: NumberSpan): string {
  const flat = collapse(text);
  for (let words = 2; words <= 8; words++) {
    const before = text
      .slice(0, span.start)
      .split(/\s+/)
      .slice(-words - 1, -1)
      .join(' ');
    const after = text
      .slice(span.end)
      .split(/\s+/)
      .slice(0, words + 1)
      .join(' ');
    const context = collapse(`${before} ${span.text}${after}`).replace(/[.,;:]+$/, '');
    if (context.length > 80) break;
    if (flat.split(context).length === 2) return context;
  }
  return collapse(span.text);
}

export function candidatesOf(text: string): Candidate[] {
  const spans = readSpans(text).filter((span) => ACCOUNTED.has(span.kind));
  const seen: number[] = [];
  return spans.map((span) => {
    const before = text.slice(Math.max(0, span.start - 20), span.start);
    const after = text.slice(span.end, span.end + 60);
    const value = span.values[0];
    let reason: SetAsideReason | null = null;
    if (span.kind === 'vague') reason = 'vague-amount';
    else if (span.kind === 'ordinal') reason = 'rank';
    else if (value === 1 && /^[a-z]/i.test(span.text)) reason = 'not-a-quantity';
    else if (value !== undefined && seen.includes(value)) reason = 'repeat-of';
    if (value !== undefined && span.kind === 'amount') seen.push(value);
    const currency = CURRENCIES[before.trim().slice(-1)] ?? null;
    return {
      span,
      line: text.slice(0, span.start).split('\n').length,
      sentence: sentenceAt(text, span.start),
      context: contextOf(text, span),
      suggestion: reason === null ? 'figure' : 'set-aside',
      reason,
      unit: currency ? 'money' : (UNIT_WORDS.find(([pattern]) => pattern.test(after))?.[1] ?? null),
      currency,
      qualifier: QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact',
    };
  });
}
