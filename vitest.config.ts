import { defineConfig } from 'vitest/config';

// One run covers every workspace: each package and app is a Vitest project with its own config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tests/*', 'bench'],
  },
});
