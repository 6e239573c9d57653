import type { EntityRecord } from '../schema/entity.ts';
import type { EventRecord } from '../schema/event.ts';
import type { PartnershipRecord } from '../schema/partnership.ts';
import { normalizeText } from '../verbatim.ts';
import { matchesValue, readSpans } from './numbers.ts';
import type { Problem } from './problems.ts';
import { type Located, recordProblem } from './record-problem.ts';

/**
 * How the texts name a country besides its name and aliases: the adjective and the capital they
 * use for its government ("Ukrainian", "Kyiv"). A summary that says "Polish" is checked against
 * an excerpt that says "Poland", "Polish" or "Warsaw".
 */
const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  ua: ['Ukrainian', 'Ukrainians', 'Kyiv'],
  ru: ['Russian', 'Russians', 'Moscow', 'Kremlin'],
  pl: ['Polish', 'Warsaw'],
  dk: ['Danish', 'Danes'],
  gb: ['British', 'London'],
  us: ['American', 'Americans', 'America', 'Washington'],
  by: ['Belarusian'],
  de: ['German', 'Berlin'],
  fr: ['French', 'Paris'],
  it: ['Italian', 'Rome'],
  lt: ['Lithuanian'],
  kr: ['South Korean', 'Seoul'],
  kp: ['North Korean', 'North Koreans'],
  ir: ['Iranian', 'Tehran'],
  ve: ['Venezuelan', 'Caracas'],
  sd: ['Sudanese'],
  br: ['Brazilian', 'Brazilians'],
  co: ['Colombian'],
  mx: ['Mexican'],
  ht: ['Haitian', 'Port-au-Prince'],
  bh: ['Bahraini'],
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);

type Texted = EventRecord | PartnershipRecord;

/** The fields of our own words that the check reads: an event's summary, a partnership's names and covers. */
function ownWords(record: Texted): [string, string][] {
  return 'summary' in record
    ? [['summary', record.summary]]
    : [
        ['name', record.name],
        ['shortName', record.shortName],
        ['covers', record.covers],
      ];
}

/**
 * What our words state that the excerpt must also hold: every number, every year, month and day,
 * and every party the entities name. A date may instead be the record's own `date` (whose evidence
 * `dateReason` gives). One problem per field, listing everything missing.
 */
export function ownWordsProblems(
  located: readonly Located<Texted>[],
  entities: readonly EntityRecord[],
): Problem[] {
  const parties = entities
    .filter((entity) => entity.named !== false)
    .map((entity) => ({
      id: entity.id,
      words: [entity.name, ...(entity.aliases ?? []), ...(COUNTRY_WORDS[entity.id] ?? [])],
    }));
  const problems: Problem[] = [];
  for (const { record, value } of located) {
    const excerpt = normalizeText(value.excerpt);
    const excerptValues = readSpans(excerpt).flatMap((span) => span.values);
    const [year, month, day] = (value.date ?? '').split('-').map(Number);
    for (const [field, raw] of ownWords(value)) {
      const text = normalizeText(raw);
      const missing: string[] = [];
      for (const span of readSpans(text)) {
        if (span.values.length === 0 || matchesValue(excerptValues, span.values[0] as number))
          continue;
        if (span.kind === 'year' && span.values.includes(year as number)) continue;
        if (span.kind === 'day' && span.values.includes(day as number)) continue;
        missing.push(`"${span.text}"`);
      }
      for (const [index, name] of MONTHS.entries())
        if (mentions(text, name) && !mentions(excerpt, name) && month !== index + 1)
          missing.push(`"${name}"`);
      for (const party of parties) {
        const said = party.words.find((word) => mentions(text, word));
        if (said !== undefined && !party.words.some((word) => mentions(excerpt, word)))
          missing.push(`"${said}" (entity ${party.id})`);
      }
      if (missing.length > 0)
        problems.push(
          recordProblem(
            record,
            field,
            `${missing.join(', ')} not in the excerpt: widen the excerpt (verbatim) to the passage that states it, or keep to what the excerpt says`,
          ),
        );
    }
  }
  return problems;
}
