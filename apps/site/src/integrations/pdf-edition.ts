/**
 * The PDF edition: once the site is built, the report page is served from the build folder on a
 * loopback port, laid out in A4 pages by Paged.js with src/styles/pdf.css and printed by Chromium
 * (lib/pdf/print.ts), then finished (lib/pdf/finish.ts: metadata, links to the public site, no
 * print-time dates). The pages' links to it get its size. Without Chromium the build goes on
 * without a PDF, says so once, and the links are taken out.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPageFile, meta, readBuiltPage } from '../lib/built-html.ts';
import { CHROMIUM, hasChromium } from '../lib/chromium.ts';
import { hasPdfLinks, settlePdfLinks } from '../lib/pdf/edition-link.ts';
import { finishPdf } from '../lib/pdf/finish.ts';
import { printToPdf } from '../lib/pdf/print.ts';
import { publicSite } from '../lib/public-site.ts';
import { serveBuild } from '../lib/serve-build.ts';
import { PROJECT_AUTHOR, REPORT_PDF } from '../site.ts';

const STYLESHEET = new URL('../styles/pdf.css', import.meta.url);

async function printReport(out: string, base: string, site: string | undefined) {
  const report = await readBuiltPage(out, '/');
  if (!report) throw new Error(`pdf-edition: no report page in ${out}`);
  const date = /<time datetime="([^"]+)" data-release-date>/.exec(report)?.[1];
  if (!date)
    throw new Error('pdf-edition: the report page names no data release date (data-release-date)');
  const server = await serveBuild(out, base);
  try {
    const { pdf, headings } = await printToPdf({
      url: `${server.origin}${base}`,
      css: await readFile(STYLESHEET, 'utf8'),
    });
    const siteUrl = publicSite(site);
    return await finishPdf(pdf, {
      headings,
      title: meta(report, 'og:title') ?? '',
      subject: meta(report, 'description') ?? '',
      author: PROJECT_AUTHOR,
      keywords: ['Ukraine', 'drones', 'European defense', 'data'],
      language: /<html lang="([^"]+)"/.exec(report)?.[1] ?? 'en',
      date: new Date(date),
      relink: (uri) => {
        if (!uri.startsWith(server.origin)) return undefined;
        const path = uri.slice(server.origin.length);
        return siteUrl ? new URL(path, siteUrl).href : path;
      },
    });
  } finally {
    await server.close();
  }
}

export function pdfEdition(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'ua-drones:pdf-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        let bytes: number | undefined;
        if (hasChromium()) {
          const started = performance.now();
          const pdf = await printReport(out, base, site);
          await writeFile(join(out, REPORT_PDF), pdf);
          bytes = pdf.length;
          logger.info(
            `${REPORT_PDF}: ${bytes} bytes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } else {
          logger.warn(
            `no PDF edition: it is printed with Chromium, and there is none at ${CHROMIUM} (apt-get install -y chromium); the pages link to no PDF`,
          );
        }
        for (const { pathname } of pages) {
          const file = builtPageFile(out, pathname);
          if (!file) continue;
          const html = await readFile(file, 'utf8');
          if (hasPdfLinks(html)) await writeFile(file, settlePdfLinks(html, bytes));
        }
      },
    },
  };
}
