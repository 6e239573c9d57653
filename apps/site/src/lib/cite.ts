/** "Cite this" strings (APA, BibTeX, CSL-JSON) for the report, the data set and one figure. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { DATASET_TITLE, PROJECT_AUTHOR, REPORT_TITLE } from '../site.ts';
import { dataVersion, type Figure } from './data.ts';
import { edition, PUBLISHER } from './masthead.ts';

export interface CslItem {
  id: string;
  /** The BibTeX key, from the id, so that the report and the data set never share one. */
  'citation-key'?: string;
  type: 'report' | 'dataset';
  title: string;
  author: Array<{ literal: string }>;
  /** Left out where the build has no public address (lib/public-site.ts). */
  URL?: string;
  version?: string;
  'container-title'?: string;
  note?: string;
  /** When it was issued: the data release's date, so a citation never reads "(n.d.)". */
  issued?: { 'date-parts': number[][] };
  publisher?: string;
}

export interface Citation {
  apa: string;
  bibtex: string;
  csl: CslItem;
}

function cite(given: CslItem): Citation {
  // A citation names a URL only when it is absolute: a path alone would send readers nowhere.
  const { URL: url, ...rest } = given;
  const item: CslItem = {
    ...(url && /^https?:\/\//.test(url) ? given : rest),
    'citation-key': bibtexKey(given.id),
  };
  const cite = new Cite(item);
  return {
    apa: cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
    bibtex: bibtexMonth(cite.format('bibtex').trim()),
    csl: item,
  };
}

/** "ua-drones-report" as "uaDronesReport": citation-js drops a key with hyphens or dots. */
function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]+(.)?/g, (_, next?: string) => next?.toUpperCase() ?? '');
}

/**
 * citation-js writes a full date's month as `month = {dec 6}`, which BibTeX styles print as is;
 * BibTeX's own month macros (`month = dec`) are what they expect.
 */
function bibtexMonth(bibtex: string): string {
  return bibtex.replace(/^(\s*month = )\{([a-z]{3})[^}]*\},$/m, '$1$2,');
}

const author = [{ literal: PROJECT_AUTHOR }];

/** What every citation shares: the authors, the publisher and the edition's date, so none reads "(n.d.)". */
function common(): Pick<CslItem, 'author' | 'publisher' | 'issued'> {
  return {
    author,
    publisher: PUBLISHER,
    issued: { 'date-parts': [edition().date.split('-').map(Number)] },
  };
}

/**
 * The data's version, for citations of the data, once it is a release: a working copy's
 * placeholder version would mean nothing to a reader (the data page names it for developers).
 */
function releasedVersion(): Pick<CslItem, 'version'> {
  return edition().released ? { version: dataVersion } : {};
}

/** The report as of its edition: dated by its data release (lib/masthead.ts). */
export function citeReport(url: string | undefined): Citation {
  return cite({
    id: 'ua-drones-report',
    type: 'report',
    title: REPORT_TITLE,
    ...common(),
    ...(url === undefined ? {} : { URL: url }),
    note: `Built from ${edition().data}`,
  });
}

/** The data set as of one version: `url` should be that version's own page, which never changes. */
export function citeDataset(url: string | undefined): Citation {
  return cite({
    id: edition().released ? `ua-drones-data-${dataVersion}` : 'ua-drones-data',
    type: 'dataset',
    title: DATASET_TITLE,
    ...common(),
    ...releasedVersion(),
    ...(url === undefined ? {} : { URL: url }),
  });
}

export function citeFigure(figure: Figure, url: string | undefined): Citation {
  return cite({
    id: `ua-drones-${figure.id}`,
    type: 'dataset',
    title: figure.label,
    'container-title': DATASET_TITLE,
    ...common(),
    ...releasedVersion(),
    ...(url === undefined ? {} : { URL: url }),
  });
}

export function citeChart(
  chart: { name: string; title: string },
  url: string | undefined,
): Citation {
  return cite({
    id: `ua-drones-chart-${chart.name}`,
    type: 'dataset',
    title: chart.title,
    'container-title': REPORT_TITLE,
    ...common(),
    ...releasedVersion(),
    ...(url === undefined ? {} : { URL: url }),
  });
}
