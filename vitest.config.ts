import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests drive tmux sessions; each one waits on a real terminal, a wait
    // for up to 30 s (test/e2e/tmux.ts) when the machine is loaded: a test's limit must be above it.
    testTimeout: 60_000,
  },
});
