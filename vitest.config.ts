import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in Node (src/ and pure tests), `browser` drives real
// Chromium and Firefox ESR with the built extension loaded (needs `npm run build`).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'tests/unit/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
          // Records which files use local time, for the second time-zone run of `npm test`.
          setupFiles: ['tests/support/local-time-setup.ts'],
          // A deadline for a hang, not a speed check: on a shared 2-core machine under heavy load
          // a property test has taken over two minutes. Speed is measured by `npm run bench`.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Deadlines for a hang, not speed checks: launching Firefox on a loaded 2-core machine
          // has taken over 90 s.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
