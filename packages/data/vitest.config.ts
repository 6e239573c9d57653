import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'data',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup.ts'],
    // Generous: the first compile loads citation-js, and CI shares two cores with other builds.
    testTimeout: 30_000,
  },
});
