/** "Cite this" strings (APA, BibTeX, CSL-JSON) for the report, the data set and one figure. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { DATASET_TITLE, PROJECT_AUTHOR, REPORT_TITLE } from '../site.ts';
import { dataVersion, type Figure } from './data.ts';
import { edition, PUBLISHER } from './masthead.ts';

export interface CslItem {
  id: string;
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
  const item: CslItem = url && /^https?:\/\//.test(url) ? given : rest;
  const cite = new Cite(item);
  return {
    apa: cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
    bibtex: cite.format('bibtex').trim(),
    csl: item,
  };
}

const author = [{ literal: PROJECT_AUTHOR }];

/** The report as of its edition: dated by its data release (lib/masthead.ts). */
export function citeReport(url: string | undefined): Citation {
  const { date } = edition();
  return cite({
    id: 'ua-drones-report',
    type: 'report',
    title: REPORT_TITLE,
    author,
    publisher: PUBLISHER,
    issued: { 'date-parts': [date.split('-').map(Number)] },
    ...(url === undefined ? {} : { URL: url }),
    note: `Built from data version ${dataVersion}`,
  });
}

/** The data set as of one version: `url` should be that version's own page, which never changes. */
export function citeDataset(url: string | undefined): Citation {
  return cite({
    id: `ua-drones-data-${dataVersion}`,
    type: 'dataset',
    title: DATASET_TITLE,
    author,
    ...(url === undefined ? {} : { URL: url }),
    version: dataVersion,
  });
}

export function citeFigure(figure: Figure, url: string | undefined): Citation {
  return cite({
    id: `ua-drones-${figure.id}`,
    type: 'dataset',
    title: `${figure.label} (figure ${figure.id})`,
    'container-title': DATASET_TITLE,
    author,
    ...(url === undefined ? {} : { URL: url }),
    version: dataVersion,
  });
}

export function citeChart(
  chart: { name: string; title: string },
  url: string | undefined,
): Citation {
  return cite({
    id: `ua-drones-chart-${chart.name}`,
    type: 'dataset',
    title: `${chart.title} (chart ${chart.name})`,
    'container-title': REPORT_TITLE,
    author,
    ...(url === undefined ? {} : { URL: url }),
    version: dataVersion,
  });
}
