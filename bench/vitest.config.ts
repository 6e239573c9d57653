import { defineProject } from 'vitest/config';

// The bench's own parsers, formatters and report: fast, no build and no browser needed.
export default defineProject({
  test: { name: 'bench', include: ['test/**/*.test.ts'] },
});
