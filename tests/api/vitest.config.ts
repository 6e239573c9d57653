import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    // The release dry run checks out a worktree and runs `changeset version`.
    testTimeout: 60_000,
  },
});
