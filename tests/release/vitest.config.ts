import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'release',
    include: ['test/**/*.test.ts'],
    // Installs, builds, publishes and npm installs run as child processes: minutes, not seconds.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
