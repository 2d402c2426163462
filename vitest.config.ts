import { configDefaults, defineConfig } from 'vitest/config';

const UNIT = {
  include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
  environment: 'node' as const,
  // Records which files use local time, for the second time-zone run of `npm test`.
  setupFiles: ['tests/support/local-time-setup.ts'],
  // A deadline for a hang, not a speed check: on a shared 2-core machine under heavy load a
  // property test has taken over two minutes. Speed is measured by `npm run bench`.
  testTimeout: 300_000,
  hookTimeout: 300_000,
};

/**
 * Unit files that replace modules (`vi.mock`). A replaced module must not leak into the module
 * cache other files share, so these run with a fresh module graph each (`unit-isolated`).
 * tests/unit/unit-projects.test.ts fails when a file that replaces a module is missing here.
 */
export const MOCKING_FILES = [
  'tests/unit/card-view.test.ts',
  'tests/unit/content-settings-and-card-client.test.ts',
  'tests/unit/content-lazy-card.test.ts',
  'tests/unit/content-annotator.test.ts',
  'tests/unit/content-slice-setup.test.ts',
  'tests/unit/content-frame-wait.test.ts',
  'tests/unit/security-handlers.test.ts',
  'tests/unit/settings-edits.test.ts',
  'tests/unit/settings-repair-queue.test.ts',
];

// Projects: `unit` runs src/ and pure tests in Node (`unit-isolated` the ones that replace modules);
// `browser` drives real Chromium and Firefox ESR with the built extension loaded (needs a build).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...UNIT,
          name: 'unit',
          exclude: [...configDefaults.exclude, ...MOCKING_FILES],
          // The unit files share one module cache per worker thread instead of importing every
          // module again for each file: the project's CPU time fell from about 200 s to 80 s
          // (docs/testing.md). Files that replace modules with `vi.mock` run in `unit-isolated`.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { ...UNIT, name: 'unit-isolated', include: MOCKING_FILES },
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
          // The files of one run share one worker process and one module cache, so that they can
          // share browsers (tests/browser/shared-browsers.ts: one Chromium and one Firefox per run,
          // reset and checked between files). The setup removes what the shared browsers leave.
          isolate: false,
          globalSetup: ['tests/browser/shared-browsers-setup.ts'],
        },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
