/**
 * Reads every number a passage states, in words or digits, so a figure's value can be checked
 * against its excerpt: "2.2 million", "four million", "seven hundred", "87%", "80 percent",
 * "1,400km", "$100 million", "800-million-euro", "three and a half years", "a dozen".
 * Vague plurals ("dozens", "hundreds", "tens of thousands") state no number and yield none.
 */

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

const DIGITS =
  /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[\s-]*(trillion|billion|million|thousand|hundred|bn|mn|m|k)(?![a-z]))?/gi;

/** Multiplies by a power of ten through the decimal string, so 2.2 million is exactly 2200000. */
const scaled = (digits: string, exponent: number) => Number(`${digits}e${exponent}`);

function readDigits(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const digits = `${(match[1] ?? '').replaceAll(',', '')}${match[2] ?? ''}`;
    const scale = match[3]?.toLowerCase();
    if (scale === undefined) {
      values.push(Number(digits));
    } else if (scale in SCALES) {
      values.push(scaled(digits, SCALES[scale] ?? 0));
    } else {
      values.push(Number(digits), scaled(digits, SHORT_SCALES[scale] ?? 0));
    }
  }
  return values;
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

/**
 * Parses runs of number words ("three and a half", "one hundred and fifty thousand",
 * "half a million", "a dozen"). A run ends at the first word that is not part of a number.
 */
function readWords(text: string): number[] {
  // Digit tokens stay in the list so "an 800-million" is not read as "a million".
  const words = text.toLowerCase().match(/[a-z]+|\d[\d,.]*/g) ?? [];
  const values: number[] = [];
  let index = 0;
  while (index < words.length) {
    const start = index;
    let total = 0;
    let current = 0;
    let seen = false;
    let halfOf = false;
    while (index < words.length) {
      const word = words[index] ?? '';
      const next = words[index + 1] ?? '';
      // A bare scale word ("2.2 million" once the digits are read) is no number on its own.
      if (!seen && (word in SCALES || word === 'dozen')) break;
      if (word in ONES) current += ONES[word] ?? 0;
      else if (word in TENS) current += TENS[word] ?? 0;
      else if (word === 'hundred') current = (current || 1) * 100;
      else if (word in SCALES) {
        total += (current || 1) * 10 ** (SCALES[word] ?? 0) * (halfOf ? 0.5 : 1);
        halfOf = false;
        current = 0;
      } else if (word === 'dozen') current = (current || 1) * 12;
      else if (word === 'half' && !seen) {
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
        index += 1;
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
    if (seen && index > start) values.push(total + current);
    // A plural scale ("hundreds", "dozens", "tens of thousands") is vague: skip the run.
    if (index === start) index += 1;
  }
  return values;
}

/** Every number the passage states, in the order found (duplicates possible). */
export function readNumbers(text: string): number[] {
  return [...readDigits(text), ...readWords(text)];
}

/** Whether `value` is one of the numbers the passage states (to a relative 1e-9). */
export function statesNumber(text: string, value: number): boolean {
  return readNumbers(text).some(
    (read) => Math.abs(read - value) <= 1e-9 * Math.max(1, Math.abs(value)),
  );
}

/**
 * Whether an id spells a figure's value ("…-1400-km", "…-four-million-…"): ids must survive a
 * corrected value. Years and months in an id are dates, not values, unless they equal it.
 */
export function valueInId(id: string, value: number): boolean {
  return statesNumber(id.replaceAll('-', ' '), value);
}
