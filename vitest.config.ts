import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests drive tmux sessions; each one waits on a real terminal.
    testTimeout: 20_000,
  },
});
