import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// BASE and SITE are set at build time so the same build can be deployed under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
});
