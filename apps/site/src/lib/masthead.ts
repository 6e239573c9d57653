/**
 * How the report presents itself as a publication: who publishes it, who wrote it, when it was
 * published and what data it is built from, in words. The version string and package name stay on
 * the data page; the reader of the report meets a date and an ordinal ("the second release").
 */
import { dataVersion, formatDate } from './data.ts';
import { type Release, releases } from './releases.ts';

/** The publisher is the project, under its own name; there is no institute to invent. */
export const PUBLISHER = 'UA Drones';

/**
 * The chart beside the report's title on wide screens: the map of who works with Ukraine is the
 * report's argument in one picture (Europe learning from Ukraine), and its drawing is small.
 */
export const LEAD_CHART = 'europe';

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** "second" for the second release; past the tenth, "11th", "21st", "22nd". */
function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export interface Edition {
  /** Whether the data the report is built from has been released. */
  released: boolean;
  /** ISO date (YYYY-MM-DD) of the release, or of the draft's last change. */
  date: string;
  /** "6 December 2026". */
  dateInWords: string;
  /** "Published 6 December 2026" or "Draft of 6 December 2026". */
  published: string;
  /** "the first data release, of 6 December 2026" or "data as of …, before the first release". */
  data: string;
}

/** The edition of the report this build is: the current data version's release, in words. */
export function edition(all: readonly Release[] = releases()): Edition {
  const current = all.find((r) => r.version === dataVersion);
  if (!current) throw new Error(`no release date for data version ${dataVersion}`);
  const date = current.date.slice(0, 10);
  const dateInWords = formatDate(date);
  const released = all.filter((r) => r.released);
  if (current.released) {
    // Releases come newest first or oldest first depending on the changelog: count by date.
    const n = released.filter((r) => r.date <= current.date).length;
    return {
      released: true,
      date,
      dateInWords,
      published: `Published ${dateInWords}`,
      data: `the ${ordinal(n)} data release, of ${dateInWords}`,
    };
  }
  return {
    released: false,
    date,
    dateInWords,
    published: `Draft of ${dateInWords}`,
    data: `the data as of ${dateInWords}, before its ${ordinal(released.length + 1)} release`,
  };
}
