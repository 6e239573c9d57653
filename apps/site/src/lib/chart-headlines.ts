/**
 * One headline per chart wherever a reader meets it (its page, its embed, the charts index, the
 * report's lead image): the takeaway the report gives it where it shows it, else the chart's own
 * title. The report's figure reads the takeaway from its own <Chart> (Chart.astro).
 */
import { loadChapters } from './chapters.ts';
import { renderChart } from './charts.ts';
import { typographic } from './format.ts';

export async function chartHeadline(name: string): Promise<string> {
  const inReport = (await loadChapters('report'))
    .flatMap((chapter) => chapter.references)
    .find((ref) => ref.component === 'Chart' && ref.value === name);
  return typographic(inReport?.attributes.takeaway ?? renderChart(name).title);
}
