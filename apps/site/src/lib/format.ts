/** Presentation of dates and periods as the data gives them (ISO strings of varying precision). */

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2025' -> '2025', '2025-09' -> 'September 2025', '2025-09-10' -> '10 September 2025'. */
export function formatDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return MONTH.format(new Date(`${iso}-01T00:00:00Z`));
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return DAY.format(new Date(`${iso}T00:00:00Z`));
  throw new Error(`formatDate: "${iso}" is not an ISO 8601 date`);
}

/** '2024/2025' -> '2024–2025', '2026-04/..' -> 'April 2026 onwards'. */
export function formatPeriod(iso: string | null): string {
  if (iso === null) return 'not stated';
  const [start, end] = iso.split('/');
  if (end === undefined) return formatDate(iso);
  if (end === '..') return `${formatDate(start as string)} onwards`;
  return `${formatDate(start as string)}–${formatDate(end)}`;
}

const QUALIFIERS: Record<string, string> = {
  exact: 'exact',
  approximately: 'approximately',
  'at-least': 'at least',
  'more-than': 'more than',
  'less-than': 'less than',
  almost: 'almost',
  'up-to': 'up to',
};

export function formatQualifier(q: string): string {
  return QUALIFIERS[q] ?? q;
}

/** 'official-statement' -> 'official statement'. */
export function humanize(token: string): string {
  return token.replace(/-/g, ' ');
}
