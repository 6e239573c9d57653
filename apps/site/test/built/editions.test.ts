import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { charts } from '@ua-drones/charts';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { PUBLISHER } from '../../src/lib/masthead.ts';
import { PROJECT_AUTHOR } from '../../src/site.ts';
import { headlineOf } from '../chart-headline.ts';
import { attr, type Element, elements, parseHtml, textOf } from './lib/html.ts';
import { deployedAt, hasPublicUrl } from './lib/site-config.ts';
import { distDir } from './lib/site-dist.ts';

// What the chart pages offer for reuse: an embeddable page, an <iframe> snippet, a PNG, and
// citations that stay readable without JavaScript, with Copy buttons where it runs.
const names = Object.keys(charts).sort();
const { base } = deployedAt();
const read = (path: string) =>
  readFile(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const byTag = (root: Parameters<typeof elements>[0], tag: string): Element[] =>
  [...elements(root)].filter((e) => e.tagName === tag);
const text = (element: Element | undefined) => (element ? textOf(element, Infinity) : '');
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.each(names)('chart %s', (name) => {
  test('has an embed page: the chart, its title, one credit line, a link back, no site chrome, no script', async () => {
    const html = await read(`embed/${name}/`);
    const doc = parseHtml(html);
    expect(byTag(doc, 'nav')).toHaveLength(0);
    expect(byTag(doc, 'script')).toHaveLength(0);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(text(byTag(doc, 'h1')[0])).toBe(headlineOf(name));
    expect(byTag(doc, 'svg').length).toBeGreaterThan(0);
    const credit = byTag(doc, 'figcaption');
    expect(credit).toHaveLength(1);
    // The publisher, not the package: the reader of an embed never meets a version string.
    expect(text(credit[0])).toContain(`Data: ${PUBLISHER}, CC BY 4.0.`);
    expect(html).toContain(`href="${base}charts/${name}/"`);
    // Framing is allowed: a <meta> policy cannot forbid it, and nothing else here tries to.
    expect(html).not.toMatch(/frame-ancestors|x-frame-options/i);
  });

  test('its page offers the iframe snippet, a PNG beside CSV/JSON/SVG as og:image, and a citation', async () => {
    const html = await read(`charts/${name}/`);
    const snippet = decode(/<code id="embed-[^"]+-code">([^<]*)<\/code>/.exec(html)?.[1] ?? '');
    const iframe =
      /^<iframe src="([^"]+)" title="([^"]+)" style="([^"]+)" loading="lazy"><\/iframe>$/.exec(
        snippet,
      );
    expect(iframe, snippet).not.toBeNull();
    const [, src = '', title = '', style = ''] = iframe ?? [];
    expect(new URL(src, 'https://host.example').pathname).toBe(`${base}embed/${name}/`);
    expect(src).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(decode(title)).toBe(headlineOf(name));
    // As wide as the host's column up to the embed's own width, centred in a wider one.
    expect(style).toMatch(
      /width: 100%; max-width: \d+px; margin: 0 auto; aspect-ratio: \d+ \/ \d+;/,
    );
    for (const ext of ['csv', 'json', 'svg', 'png']) {
      expect(html).toContain(
        `href="${base}charts/${name}.${ext}" download>${ext.toUpperCase()}</a>`,
      );
    }
    // A link preview needs the image's absolute URL: named only in a build with the public URL.
    const ogImage = new RegExp(
      `<meta property="og:image" content="[^"]*${base}charts/${name}\\.png">`,
    );
    if (hasPublicUrl()) expect(html).toMatch(ogImage);
    else expect(html).not.toContain('<meta property="og:image"');
    expect(html).toContain('<h2 id="cite-this-ua-drones-chart-');
  });

  test('has a PNG at least 1,200 px wide, whose size the page states (with the public URL)', async () => {
    const file = join(distDir, `charts/${name}.png`);
    expect(existsSync(file)).toBe(true);
    const { width, height, format } = await sharp(file).metadata();
    expect(format).toBe('png');
    expect(width).toBeGreaterThanOrEqual(1200);
    const html = await read(`charts/${name}/`);
    if (!hasPublicUrl()) return;
    expect(html).toContain(`<meta property="og:image:width" content="${width}">`);
    expect(html).toContain(`<meta property="og:image:height" content="${height}">`);
  });
});

describe('citations', () => {
  const pagesWithCitations = ['cite/', `charts/${names[0]}/`];

  test('the report names its authors in the byline as its citation does, and its references carry no bracketed labels', async () => {
    const doc = parseHtml(await read('index.html'));
    const byline = byTag(doc, 'div').find((d) => attr(d, 'class') === 'byline');
    const authors = byTag(byline as Element, 'div').find(
      (d) => text(byTag(d, 'dt')[0]) === 'Authors',
    );
    expect(text(byTag(authors as Element, 'dd')[0])).toBe(PROJECT_AUTHOR);
    const howToCite = byTag(doc, 'p').find((p) => attr(p, 'class')?.includes('report-cite'));
    expect(text(howToCite)).toContain(`How to cite: ${PROJECT_AUTHOR}. (`);
    const references = byTag(doc, 'section').find((s) => attr(s, 'class') === 'references');
    const entries = byTag(references as Element, 'li').map(text);
    expect(entries.length).toBeGreaterThan(0);
    // APA's "[Op-ed]" after a title is kept; a bracketed title or "[Analysis]" read as raw markup.
    for (const entry of entries) expect(entry.replace(' [Op-ed].', '.')).not.toMatch(/[[\]]/);
  });

  test('show APA and BibTeX as text, with Copy buttons hidden until the script shows them', async () => {
    for (const path of pagesWithCitations) {
      const html = await read(path);
      const doc = parseHtml(html);
      const sections = byTag(doc, 'section').filter((s) => attr(s, 'class') === 'cite-this');
      expect(sections.length, path).toBeGreaterThan(0);
      for (const section of sections) {
        // BibTeX in plain view, not folded in a <details> (CSL-JSON may be).
        const shown = byTag(section, 'code').filter(
          (c) => !byTag(section, 'details').some((d) => byTag(d, 'code').includes(c)),
        );
        expect(
          shown.map(text).some((t) => t.startsWith('@')),
          `${path}: BibTeX shown`,
        ).toBe(true);
        expect(
          byTag(section, 'p')
            .map(text)
            .some((t) => t.includes('UA Drones contributors')),
        ).toBe(true);
        // Dated, and free of the machinery: no package name, no undated "(n.d.)", a valid month.
        const cited = text(section);
        for (const machinery of ['(n.d.)', '@ua-drones', 'working copy']) {
          expect(cited, `${path}: ${machinery}`).not.toContain(machinery);
        }
        expect(cited, `${path}: BibTeX month`).toMatch(/month = [a-z]{3},/);
        const buttons = byTag(section, 'button');
        expect(buttons.map((b) => attr(b, 'aria-label'))).toEqual([
          'Copy the APA citation',
          'Copy the BibTeX entry',
        ]);
        for (const button of buttons) expect(attr(button, 'hidden')).toBe('');
        expect(html).toContain('role="status" data-copy-status');
      }
      expect(html).toContain(`src="${base}scripts/copy.js"`);
    }
  });

  test('the copy script is loaded only where there is something to copy', async () => {
    expect(await read('index.html')).not.toContain('copy.js');
    expect(await read('embed/production/')).not.toContain('copy.js');
  });
});
