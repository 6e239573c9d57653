import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ogImages } from './src/integrations/og-images.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { THEME_SCRIPT } from './src/lib/theme-script.ts';
import { REPORT_TITLE } from './src/site.ts';

const NODE_ONLY = ['@ua-drones/charts', '@ua-drones/data', 'jsdom', 'svgo'];

// BASE and SITE are set at build time so the same build can be deployed under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro hashes the scripts and styles it bundles; the one inline script is hashed here. Pagefind
  // runs WebAssembly, hence 'wasm-unsafe-eval'. Nothing may load from another origin.
  security: {
    csp: {
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // The workspace packages run in Node at build time as published (their deps jsdom and svgo read
  // their own data files at run time, which bundling would break).
  vite: { environments: { prerender: { resolve: { external: NODE_ONLY } } } },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(writing\/sample|404)\/?$/.test(new URL(page).pathname) }),
    ogImages(REPORT_TITLE),
    pagefind(),
  ],
});
