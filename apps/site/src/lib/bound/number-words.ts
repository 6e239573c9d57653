/**
 * Number words and comparatives a chapter types by hand: the prose check (test/prose.test.ts)
 * fails on each one that is neither bound to the data (`<Count>`, `<Claim>`, a `<Chart assert>`
 * takeaway), nor inside a quotation, nor part of a reviewed fixed expression
 * (src/content/fixed-expressions.yaml).
 *
 * The words are those that state a count, share or ranking, which a data change can falsify:
 * - cardinals "one" to "twenty" and "dozen": the counts the style writes in words (words.ts);
 *   larger ones are digits, which the prose already refuses;
 * - fractions and multiples: "half", "twice", "double", "triple", "thrice";
 * - shares, rankings and comparisons: "most", "majority", "minority", "only", "none",
 *   "largest", "biggest", "smallest", "fewest", "more than", "fewer than", "less than",
 *   "at least".
 * Left out, because in this report they mark the order of an argument or speak of everything at
 * once far more often than they count: ordinals ("first", "second"; "second-largest" is caught by
 * "largest"), "every", "all", "both", "each", and vague amounts ("a few", "several", "dozens",
 * "thousands"), which WRITING.md recommends in place of invented precision.
 */
import { type ParsedChapter, parseChapter, proseOf } from '../parse-chapter.ts';
import { CARDINAL_WORDS } from './words.ts';

const WORDS = [
  ...CARDINAL_WORDS,
  'dozen',
  'half',
  'twice',
  'double',
  'triple',
  'thrice',
  'most',
  'majority',
  'minority',
  'only',
  'none',
  'largest',
  'biggest',
  'smallest',
  'fewest',
  'more than',
  'fewer than',
  'less than',
  'at least',
];
/** A whole word, or one part of a hyphenated one ("five-nation", "second-largest"). */
const NUMBER_WORD = new RegExp(`(?<![\\p{L}'])(?:${WORDS.join('|')})(?![\\p{L}'])`, 'giu');

export interface FixedExpression {
  /** The words as the prose has them (quotation marks and apostrophes in any style). */
  words: string;
  /** Why the number in them is not a count of ours: the source's wording, an idiom, … */
  reason: string;
}

export interface UnboundWord {
  line: number;
  word: string;
  sentence: string;
}

/** Apostrophes and spaces as one style, so an expression matches however it is typed. */
const normalize = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

/** The words of `<Claim>…</Claim>` replaced by `⟨Claim⟩`, so the prose no longer holds them. */
export function withoutClaims(source: string, chapter: ParsedChapter): string {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const spans = chapter.components
    .filter((use) => use.name === 'Claim')
    .map((use) => {
      const start = (lineStarts[use.line - 1] ?? 0) + use.column - 1;
      const close = source.indexOf('</Claim>', start);
      // The words are plain text, so the opening tag ends at the last ">" before the closing one.
      return close === -1 ? null : ([source.lastIndexOf('>', close) + 1, close] as const);
    })
    .filter((span) => span !== null)
    .sort(([a], [b]) => b - a);
  let text = source;
  for (const [from, to] of spans) {
    text = `${text.slice(0, from)}⟨Claim⟩${text.slice(from, to).replace(/[^\n]/g, '')}${text.slice(to)}`;
  }
  return text;
}

/** Quotations are the source's words, not counts of ours. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

/** What the prose check reads besides the chapter: the fixed expressions and the charts' titles. */
export interface NumberWordOptions {
  fixed: readonly FixedExpression[];
  /** A chart's title (its headline, shown above the takeaway), or undefined for an unknown name. */
  chartTitle?: (name: string) => string | undefined;
  /** Collects the fixed expressions that excused a word. */
  used?: Set<FixedExpression>;
}

/**
 * Each number word of a chapter's prose, chart takeaways and the titles of its charts that is
 * not bound, quoted or fixed, with its line and sentence. A `<Chart assert>` binds its takeaway
 * and its title: the assertion checks what both say.
 */
export function unboundNumberWords(
  file: string,
  source: string,
  { fixed, chartTitle = () => undefined, used = new Set() }: NumberWordOptions,
): UnboundWord[] {
  const chapter = parseChapter(file, withoutClaims(source, parseChapter(file, source)));
  const takeaways = chapter.components
    .filter((use) => use.name === 'Chart' && use.attributes.assert === undefined)
    .flatMap((use) =>
      [use.attributes.takeaway, chartTitle(use.attributes.name ?? '')]
        .filter((text): text is string => Boolean(text))
        .map((text) => ({ text, line: use.line })),
    );
  const found: UnboundWord[] = [];
  for (const sentence of [...proseOf(chapter), ...takeaways]) {
    let text = normalize(sentence.text).replace(QUOTED, ' ');
    for (const expression of fixed) {
      const words = normalize(expression.words);
      if (!text.includes(words)) continue;
      used.add(expression);
      text = text.replaceAll(words, ' ');
    }
    const words = [...text.matchAll(NUMBER_WORD)].map((m) => m[0]);
    for (const word of new Set(words))
      found.push({ line: sentence.line, word, sentence: sentence.text });
  }
  return found;
}
