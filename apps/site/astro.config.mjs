import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ogImages } from './src/integrations/og-images.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { REPORT_TITLE } from './src/site.ts';

// BASE and SITE are set at build time so the same build can be deployed under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(writing\/sample|404)\/?$/.test(new URL(page).pathname) }),
    ogImages(REPORT_TITLE),
    pagefind(),
  ],
});
