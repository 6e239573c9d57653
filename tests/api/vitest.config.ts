import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    // Each declaration comparison type-checks two versions of an API with the DOM's types: seconds.
    testTimeout: 60_000,
  },
});
