/** Names the site uses for itself; one place so titles, feeds and citations agree. */
export const REPORT_TITLE = 'Ukraine’s drone role in European defense';
export const REPORT_SUBTITLE =
  'From aid recipient to teacher: what Europe is learning from Ukraine, with every number sourced.';
export const DATASET_TITLE = 'Ukraine drones data set';
/**
 * Our own project, not a source (the sources' authors are recorded in the data package): the
 * authors in every citation, the byline and the PDF's metadata, so readers meet one form.
 */
export const PROJECT_AUTHOR = 'UA Drones contributors';
export const DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};
export const LANG = 'en';

/** Short name for page titles, which should stay within 70 characters. */
export const SHORT_TITLE = 'UA drones report';
const MAX_TITLE = 70;
/** Length as written in HTML, where Astro escapes quotes and ampersands (&#39; is five). */
const htmlLength = (text: string) => text.replace(/[&'"<>]/g, '#####').length;

/** "<page> · UA drones report", shortened at a word boundary when it would run long. */
export function pageTitle(title: string): string {
  const full = `${title} · ${SHORT_TITLE}`;
  if (htmlLength(full) <= MAX_TITLE) return full;
  if (htmlLength(title) <= MAX_TITLE) return title;
  const words = title.split(' ');
  while (words.length > 1 && htmlLength(`${words.join(' ')}…`) > MAX_TITLE) words.pop();
  return `${words.join(' ')}…`;
}

/** File name of the PDF edition of the report, at the site's root (see integrations/pdf-edition.ts). */
export const REPORT_PDF = 'ua-drones-report.pdf';
