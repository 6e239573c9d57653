import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'consumer',
    include: ['test/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    // Packing, npm install, tsc and esbuild run as child processes: seconds, not milliseconds.
    testTimeout: 180_000,
  },
});
