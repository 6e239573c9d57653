/**
 * schema.org nodes several pages share. Every Dataset node is complete (name, description,
 * license, creator, distribution, coverage, dates), since search engines read each one alone.
 */
import { createRequire } from 'node:module';
import { DATA_LICENSE, DATASET_TITLE, PROJECT_AUTHOR } from '../site.ts';
import { dataVersion, events, type Figure, figures, formatFigure, measureById } from './data.ts';
import { currentDownloads } from './downloads.ts';
import { absoluteUrl, routes } from './paths.ts';
import { releases } from './releases.ts';

const dataPackage = createRequire(import.meta.url)('@ua-drones/data/package.json') as {
  description: string;
  keywords: string[];
};

/** First and last day the records speak of: dated events that happened, and figure periods. */
function temporalCoverage(): string {
  const days = [
    ...events.filter((e) => e.date !== null && e.status !== 'planned').map((e) => e.date as string),
    ...figures.flatMap((f) => [f.periodStart, f.periodEnd]).filter((d): d is string => d !== null),
  ].sort();
  return `${(days[0] ?? '').slice(0, 4)}/${(days.at(-1) ?? '').slice(0, 4)}`;
}

export function datasetNode(site: URL | undefined) {
  const current = releases().find((release) => release.version === dataVersion);
  // A working copy between releases has not been published; it gets no datePublished.
  const published = current?.released ? current.date : undefined;
  return {
    '@type': 'Dataset',
    name: DATASET_TITLE,
    description: dataPackage.description,
    keywords: dataPackage.keywords,
    version: dataVersion,
    url: absoluteUrl(routes.data(), site),
    license: DATA_LICENSE.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: PROJECT_AUTHOR },
    ...(published ? { datePublished: published.slice(0, 10) } : {}),
    temporalCoverage: temporalCoverage(),
    spatialCoverage: [
      { '@type': 'Place', name: 'Ukraine' },
      { '@type': 'Place', name: 'Europe' },
    ],
    distribution: currentDownloads().map((d) => ({
      '@type': 'DataDownload',
      name: d.file,
      encodingFormat: d.file.endsWith('.csv') ? 'text/csv' : 'application/json',
      contentUrl: absoluteUrl(routes.download(d.version, d.file), site),
    })),
  };
}

/**
 * A figure's value as schema.org reads it, qualifier kept: "more than 700,000" is a minimum,
 * "fewer than three million" a maximum, "almost 100" a maximum with the stated value.
 */
export function measuredValue(figure: Figure) {
  const measure = measureById(figure.measure);
  const bounds: Record<Figure['qualifier'], Record<string, number>> = {
    exact: { value: figure.value },
    approximately: { value: figure.value },
    'at-least': { minValue: figure.value },
    'more-than': { minValue: figure.value },
    'less-than': { maxValue: figure.value },
    'up-to': { maxValue: figure.value },
    almost: { maxValue: figure.value },
  };
  return {
    '@type': 'PropertyValue',
    name: measure?.label ?? figure.measure,
    ...bounds[figure.qualifier],
    description: formatFigure(figure, { locale: 'en' }),
    ...(figure.currency ? { unitText: figure.currency } : { unitText: figure.unit }),
    ...(figure.unitCode ? { unitCode: figure.unitCode } : {}),
  };
}
