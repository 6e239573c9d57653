/**
 * One headline per chart wherever a reader meets it (its page, its embed, the charts index, the
 * report's lead image): the takeaway the report gives it where it shows it, else the chart's own
 * title. The report's figure reads the takeaway from its own <Chart> (Chart.astro).
 */
import type { Chapter } from './chapters.ts';
import { renderChart } from './charts.ts';
import { typographic } from './format.ts';

/** The charts the report shows, each with the takeaway it gives there (if any). */
export type ReportCharts = ReadonlyMap<string, string | undefined>;

/** Read once per page from the chapters it has loaded, for every chart it heads. */
export function reportCharts(chapters: readonly Chapter[]): ReportCharts {
  return new Map(
    chapters
      .flatMap((chapter) => chapter.references)
      .filter((ref) => ref.component === 'Chart')
      .map((ref) => [ref.value, ref.attributes.takeaway]),
  );
}

export function chartHeadline(name: string, shown: ReportCharts): string {
  return typographic(shown.get(name) ?? renderChart(name).title);
}
