/** A chart's headline as the site shows it (lib/chart-headlines.ts), for tests that read pages. */
import { charts } from '@ua-drones/charts';
import { typographic } from '../src/lib/format.ts';
import { reportChapters } from './report-chapters.ts';

const takeaways = new Map(
  reportChapters()
    .flatMap((chapter) => chapter.components)
    .filter((use) => use.name === 'Chart')
    .map((use) => [use.attributes.name, use.attributes.takeaway]),
);

/** The report's takeaway for the chart, else its own title, set as the site sets display text. */
export function headlineOf(name: string): string {
  return typographic(takeaways.get(name) ?? charts[name as keyof typeof charts].title);
}
