import { defineProject } from 'vitest/config';

export default defineProject({
  // Generous timeout: the first compile loads citation-js, and CI shares two cores with builds.
  test: { name: 'data', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
