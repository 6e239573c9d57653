import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ogImages } from './src/integrations/og-images.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pdfEdition } from './src/integrations/pdf-edition.ts';
import { siteFromEnv, warnWithoutSite } from './src/integrations/public-url.ts';
import { REPORT_TITLE } from './src/site.ts';

const NODE_ONLY = ['@ua-drones/charts', '@ua-drones/data', 'jsdom', 'svgo'];

// SITE (the public URL) and BASE (its sub-path) are set at build time; see CONTRIBUTING.md.
const site = siteFromEnv(process.env.SITE);

export default defineConfig({
  site,
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // Stylesheets stay files, so the Content-Security-Policy (src/lib/csp.ts) needs no hash for them.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The workspace packages run in Node at build time as published (their deps jsdom and svgo read
  // their own data files at run time, which bundling would break).
  vite: { environments: { prerender: { resolve: { external: NODE_ONLY } } } },
  integrations: [
    warnWithoutSite(site),
    mdx(),
    // A sitemap and Open Graph images need absolute URLs: they wait for the public URL.
    ...(site
      ? [
          // Embed pages are for other sites' iframes; their charts' own pages are the ones to index.
          sitemap({
            filter: (page) =>
              !/\/(writing\/sample|404|embed\/[^/]+)\/?$/.test(new URL(page).pathname),
          }),
          ogImages(REPORT_TITLE),
        ]
      : []),
    // Before Pagefind, which indexes the pages as this leaves them (with or without the PDF link).
    pdfEdition(),
    pagefind(),
  ],
});
