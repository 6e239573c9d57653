/**
 * The report's figure numbers, for pages other than the report that name a chart as the report
 * does ("Figure 3 · Method, not hardware"): the report numbers its charts in the order its page
 * shows them, the key findings first, then the chapters (ReportBody.astro).
 */
import type { Chapter } from './chapters.ts';
import { figureNumber, numberFigures } from './charts.ts';
import { typographic } from './format.ts';

export interface ReportFigure {
  number: number;
  /** The title of the chapter that draws it. */
  chapter: string;
}

/** The chapters in the order the report's page sets them. */
export const inReportOrder = (chapters: readonly Chapter[]): Chapter[] => [
  ...chapters.filter((c) => c.entry.data.findings),
  ...chapters.filter((c) => !c.entry.data.findings),
];

/** Numbers the report's charts for `page`, then gives a chart's figure, or undefined where the report does not draw it. */
export function reportFigures(
  page: string,
  chapters: readonly Chapter[],
): (name: string) => ReportFigure | undefined {
  const ordered = inReportOrder(chapters);
  numberFigures(
    page,
    ordered.map((c) => c.file),
  );
  return (name) => {
    const chapter = ordered.find((c) =>
      c.references.some((ref) => ref.component === 'Chart' && ref.value === name),
    );
    const number = chapter ? figureNumber(page, name) : undefined;
    return chapter && number !== undefined
      ? { number, chapter: typographic(chapter.entry.data.title) }
      : undefined;
  };
}
