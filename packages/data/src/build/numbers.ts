/**
 * Reads every number a passage states, in words or digits, with where it stands: "2.2 million",
 * "four million", "seven hundred", "87%", "80 percent", "1,400km", "$100 million",
 * "800-million-euro", "three and a half years", "a dozen". The same reader checks that a figure's
 * value is in its excerpt and that every number of a source text is accounted for.
 *
 * Besides amounts it finds what a reader also sees as numbers but that states no value to check:
 * vague plurals ("dozens", "tens of thousands", "a few thousand"), ordinals ("second-largest"),
 * and the parts of calendar dates (years, days of a month).
 */

/**
 * What a span is: an `amount` states a value; a `vague` amount names a scale but no value; an
 * `ordinal` is a place in an order; a `year` or `day` is part of a calendar date.
 */
export type NumberKind = 'amount' | 'vague' | 'ordinal' | 'year' | 'day';

/** One number as written in a text, with its position (`start` inclusive, `end` exclusive). */
export interface NumberSpan {
  start: number;
  end: number;
  /** The number as written: "2.2 million", "a dozen", "tens of thousands", "second". */
  text: string;
  kind: NumberKind;
  /** The values it can be read as ("€60bn" is 60 or 60 billion); empty for a vague amount. */
  values: number[];
}

const SCALES: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

/** Abbreviated scales ("€800m", "$1.5bn", "10k") also leave the bare number readable. */
const SHORT_SCALES: Record<string, number> = { k: 3, m: 6, mn: 6, bn: 9 };

const ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1_000_000,
};

/** Plural scales name an order of magnitude, not a value ("hundreds of drones"). */
const VAGUE_PLURALS = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
]);

/** Words that make a scale vague ("a few thousand", "several hundred"). */
const VAGUE_QUANTIFIERS = new Set(['few', 'several']);

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTH}(?![a-z])`);

const DIGITS =
  /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[\s-]*(trillion|billion|million|thousand|hundred|bn|mn|m|k)(?![a-z]))?/gi;

/** Multiplies by a power of ten through the decimal string, so 2.2 million is exactly 2200000. */
const scaled = (digits: string, exponent: number) => Number(`${digits}e${exponent}`);

/**
 * A year is a whole number from 1900 to 2099 written with four digits and nothing attached: no
 * thousands separator (English prose writes the count "2,200" and the year "2024"), no decimal,
 * scale, currency sign or percent.
 */
function isYear(text: string, match: RegExpMatchArray, end: number): boolean {
  const [, whole = '', decimal, scale] = match;
  if (decimal !== undefined || scale !== undefined || !/^\d{4}$/.test(whole)) return false;
  const year = Number(whole);
  if (year < 1900 || year > 2099) return false;
  const before = text.slice(Math.max(0, (match.index ?? 0) - 1), match.index);
  return !/[$€£¥]/.test(before) && !/^\s*(?:%|percent|per cent)/i.test(text.slice(end));
}

/** A day of a month stands next to the month's name: "September 30", "30 September". */
function isDay(text: string, match: RegExpMatchArray, end: number): boolean {
  const [, whole = '', decimal, scale] = match;
  if (decimal !== undefined || scale !== undefined || !/^\d{1,2}$/.test(whole)) return false;
  const day = Number(whole);
  if (day < 1 || day > 31) return false;
  const start = match.index ?? 0;
  return (
    MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    MONTH_AFTER.test(text.slice(end, end + 16))
  );
}

function readDigits(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const start = match.index ?? 0;
    let end = start + match[0].length;
    const digits = `${(match[1] ?? '').replaceAll(',', '')}${match[2] ?? ''}`;
    const scale = match[3]?.toLowerCase();
    const suffix = /^(?:st|nd|rd|th)(?![a-z])/i.exec(text.slice(end));
    let kind: NumberKind = 'amount';
    let values: number[];
    if (scale === undefined) {
      values = [Number(digits)];
      if (suffix && match[2] === undefined) {
        kind = 'ordinal';
        end += suffix[0].length;
      } else if (isYear(text, match, end)) kind = 'year';
      else if (isDay(text, match, end)) kind = 'day';
    } else if (scale in SCALES) {
      values = [scaled(digits, SCALES[scale] ?? 0)];
    } else {
      values = [Number(digits), scaled(digits, SHORT_SCALES[scale] ?? 0)];
    }
    spans.push({ start, end, text: text.slice(start, end), kind, values });
  }
  return spans;
}

/** Units an article can count one of ("a minute"); any other noun after "a" is not a number. */
const UNIT_NOUNS = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'mile',
  'kilometre',
  'kilometer',
]);

/** Words after which "a minute" means one minute rather than a rate ("drones a year"). */
const BEFORE_ONE = new Set([
  'under',
  'over',
  'than',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'within',
  'in',
  'for',
  'after',
  'just',
  'only',
]);

const isNumberWord = (word: string) =>
  word in ONES || word in TENS || word in SCALES || word === 'dozen' || word === 'half';

const isScale = (word: string) => word in SCALES || word === 'dozen';

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Parses runs of number words ("three and a half", "one hundred and fifty thousand",
 * "half a million", "a dozen"), vague amounts ("tens of thousands", "a few thousand") and ordinal
 * words ("second-largest"). A run ends at the first word that is not part of a number.
 */
function readWords(text: string): NumberSpan[] {
  // Digit tokens stay in the list so "an 800-million" is not read as "a million".
  const tokens: Token[] = [...text.matchAll(/[a-z]+|\d[\d,.]*/gi)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  const words = tokens.map((token) => token.word);
  const spans: NumberSpan[] = [];
  const span = (first: number, last: number, kind: NumberKind, values: number[]) => {
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    spans.push({ start, end, text: text.slice(start, end), kind, values });
  };
  let index = 0;
  while (index < words.length) {
    const start = index;
    const word = words[index] ?? '';
    const next = words[index + 1] ?? '';

    if (VAGUE_PLURALS.has(word) || (word === 'tens' && next === 'of')) {
      // "hundreds", "tens of thousands", "hundreds of millions": a scale, no value.
      let last = index;
      while (words[last + 1] === 'of' && VAGUE_PLURALS.has(words[last + 2] ?? '')) last += 2;
      if (word === 'tens' && last === index) {
        index += 1;
        continue;
      }
      span(index, last, 'vague', []);
      index = last + 1;
      continue;
    }
    if (VAGUE_QUANTIFIERS.has(word) && isScale(next)) {
      // "a few thousand", "several hundred", "a few hundred thousand".
      let last = index + 1;
      while (isScale(words[last + 1] ?? '')) last += 1;
      span(words[index - 1] === 'a' ? index - 1 : index, last, 'vague', []);
      index = last + 1;
      continue;
    }
    if (word in ORDINALS) {
      span(index, index, 'ordinal', [ORDINALS[word] ?? 0]);
      index += 1;
      continue;
    }

    let total = 0;
    let current = 0;
    let seen = false;
    let halfOf = false;
    let ordinal = false;
    while (index < words.length) {
      const word = words[index] ?? '';
      const next = words[index + 1] ?? '';
      // A bare scale word ("2.2 million" once the digits are read) is no number on its own.
      if (!seen && isScale(word)) break;
      if (word in ONES) current += ONES[word] ?? 0;
      else if (word in TENS) current += TENS[word] ?? 0;
      else if (word === 'hundred') current = (current || 1) * 100;
      else if (word in SCALES) {
        total += (current || 1) * 10 ** (SCALES[word] ?? 0) * (halfOf ? 0.5 : 1);
        halfOf = false;
        current = 0;
      } else if (word === 'dozen') current = (current || 1) * 12;
      else if (word in ORDINALS && seen) {
        // "twenty-first": the run ends as an ordinal.
        current += ORDINALS[word] ?? 0;
        ordinal = true;
        index += 1;
        break;
      } else if (word === 'half' && !seen) {
        const after = words[index + 2] ?? '';
        if ((next === 'a' || next === 'an') && after in SCALES) {
          // "half a million": the half scales the next number.
          halfOf = true;
          index += 2;
          seen = true;
          continue;
        }
        // "half a mile", "half as much".
        current = 0.5;
      } else if (word === 'half' && seen) current += 0.5;
      else if ((word === 'a' || word === 'an') && !seen && isNumberWord(next) && next !== 'half') {
        current = 1;
        index += 1;
        seen = true;
        continue;
      } else if (
        (word === 'a' || word === 'an') &&
        !seen &&
        UNIT_NOUNS.has(next) &&
        BEFORE_ONE.has(words[index - 1] ?? '')
      ) {
        // "under a minute", "for a year": the article counts one of a unit ("drones a year" is a rate).
        current = 1;
        seen = true;
        index += 2;
        break;
      } else if (word === 'and' && seen && (isNumberWord(next) || next === 'a')) {
        if (next === 'a' && words[index + 2] === 'half') {
          current += 0.5;
          index += 3;
          continue;
        }
        index += 1;
        continue;
      } else break;
      seen = true;
      index += 1;
    }
    if (seen && index > start)
      span(start, index - 1, ordinal ? 'ordinal' : 'amount', [total + current]);
    if (index === start) index += 1;
  }
  return spans;
}

/**
 * Zeros a reader counts: "none of" (those drones), and "no" before a plural noun ("no drones",
 * "no casualties"); "no longer" or "no surprise" state nothing.
 */
const ZERO = /\b(?:[Nn]one of|[Nn]o [a-z]+[^s\W]s)\b/g;

/** A length of time with no number ("years, sometimes decades", "weeks"): vague, like "dozens". */
const BARE_DURATION = /\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b/gi;

/** Zeros, and durations that no number before them quantifies ("four years" is read elsewhere). */
function readZerosAndDurations(text: string, others: readonly NumberSpan[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const match of text.matchAll(ZERO)) {
    const start = match.index;
    spans.push({
      start,
      end: start + match[0].length,
      text: match[0],
      kind: 'amount',
      values: [0],
    });
  }
  for (const match of text.matchAll(BARE_DURATION)) {
    const start = match.index;
    // A number just before it ("four years", "three and a half years") quantifies it.
    const counted = others.some(
      (span) =>
        span.kind !== 'vague' &&
        span.start <= start &&
        /^[\s-]*(?:and an? (?:half|quarter)\s+)?$/.test(text.slice(span.end, start)),
    );
    const inside = others.some((span) => span.start <= start && start < span.end);
    if (!counted && !inside)
      spans.push({
        start,
        end: start + match[0].length,
        text: match[0],
        kind: 'vague',
        values: [],
      });
  }
  return spans;
}

/** Every number in the text, in reading order: amounts, zeros, vague amounts and durations, ordinals, years and days. */
export function readSpans(text: string): NumberSpan[] {
  const spans = [...readDigits(text), ...readWords(text)];
  return [...spans, ...readZerosAndDurations(text, spans)].sort((a, b) => a.start - b.start);
}

/**
 * Every value the passage states, in reading order (duplicates possible): amounts and the parts
 * of dates, not vague amounts or ordinals.
 */
export function readNumbers(text: string): number[] {
  return readSpans(text)
    .filter((span) => span.kind !== 'vague' && span.kind !== 'ordinal')
    .flatMap((span) => span.values);
}

/** Whether `value` is one of the values (to a relative 1e-9). */
export const matchesValue = (values: readonly number[], value: number) =>
  values.some((read) => Math.abs(read - value) <= 1e-9 * Math.max(1, Math.abs(value)));

/** Whether `value` is one of the numbers the passage states. */
export function statesNumber(text: string, value: number): boolean {
  return matchesValue(readNumbers(text), value);
}

/**
 * Whether an id spells a figure's value ("…-1400-km", "…-four-million-…"): ids must survive a
 * corrected value. Years and months in an id are dates, not values, unless they equal it.
 */
export function valueInId(id: string, value: number): boolean {
  // Only whole tokens count: "s2" in a suffix is a label, not the number two.
  const tokens = id.split('-').filter((token) => /^\d+$|^[a-z]+$/.test(token));
  return statesNumber(tokens.join(' '), value);
}
