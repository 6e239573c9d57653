import { describe, expect, test } from 'vitest';
import { MAX_WORDS_BEFORE_CHART } from '../../src/lib/takeaway.ts';
import { wordsBeforeChart } from './lib/chart-words.ts';
import { expectNone } from './lib/findings.ts';
import { attr, type Element, elements, parseHtml } from './lib/html.ts';
import { distDir, listPages, readText } from './lib/site-dist.ts';

// Issue 13: above a chart, its title and at most one sentence; no more than 45 visible words
// between the title and the drawing (the chart's own number, subtitle and source line, and what
// opens on request, not counted).
const charts = (html: string): Element[] =>
  [...elements(parseHtml(html))].filter(
    (el) => el.tagName === 'figure' && (attr(el, 'class') ?? '').split(/\s+/).includes('chart'),
  );

describe('the word count before a chart', () => {
  const figure = (head: string) =>
    charts(
      `<figure class="chart"><figcaption><span class="figure-number">Figure 3</span><span class="chart-headline chart-title">A long title of many words</span><span class="chart-subtitle">Drones a year, as each source states it</span>${head}</figcaption><div><svg><title>t</title><desc>a long description</desc><text>label</text></svg></div><p class="chart-source">Source: words</p></figure>`,
    )[0] as Element;
  const sentence = (n: number) => Array.from({ length: n }, () => 'drones').join(' ');

  test('counts the visible words between title and drawing, nothing else', () => {
    expect(wordsBeforeChart(figure(`<span>${sentence(12)}.</span>`))).toHaveLength(12);
    expect(
      wordsBeforeChart(
        figure(
          `<span class="visually-hidden">${sentence(50)}</span><span hidden>${sentence(50)}</span><details><summary>Describe this</summary><p>${sentence(80)}</p></details> <a href="#">#</a>`,
        ),
      ),
    ).toEqual(['Describe', 'this']);
  });

  test('counts an open disclosure, and finds a figure over the limit', () => {
    const open = figure(`<details open><summary>More</summary><p>${sentence(50)}</p></details>`);
    expect(wordsBeforeChart(open).length).toBeGreaterThan(MAX_WORDS_BEFORE_CHART);
  });
});

test(`no chart of the built site has more than ${MAX_WORDS_BEFORE_CHART} words before it besides its title`, async () => {
  const pages = await listPages(distDir);
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const chart of charts(await readText(page.file))) {
      checked += 1;
      const words = wordsBeforeChart(chart);
      if (words.length > MAX_WORDS_BEFORE_CHART) {
        problems.push(
          `${page.path} #${attr(chart, 'id')}: ${words.length} words before the chart ("${words.slice(0, 8).join(' ')} …")`,
        );
      }
    }
  }
  console.info(
    `charts: ${checked} checked, ${problems.length} with more than ${MAX_WORDS_BEFORE_CHART} words before them`,
  );
  expect(checked, 'the build has no charts to check').toBeGreaterThan(0);
  expectNone('charts with too many words before them', problems);
});
