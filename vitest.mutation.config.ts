import { defineConfig } from 'vitest/config';

// The unit tests that exercise the mutated modules (stryker.config.json), for
// `npm run test:mutation`. Left out: tests that run the code in a child process (scripts/*:
// a mutant is only active in Stryker's own process, so they cannot kill one and only cost time),
// tests of modules outside the mutation scope, and the shipped-source scan, which would flag
// Stryker's instrumentation (`new Function`).
// Not UTC, so a mutant that hard-codes UTC for the reader's time zone is caught (`npm test` runs the
// unit project in this zone and in one far west).
process.env.TZ = 'Pacific/Kiritimati';

// scripts/mutation/run.ts names the few test files that exercise the module being mutated.
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    name: 'unit',
    include: only ?? ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'src/text/**',
      'tests/unit/content-*.test.ts',
      'tests/unit/hostile-extract.test.ts',
      'tests/unit/security-build.test.ts',
      'tests/unit/security-source.test.ts',
    ],
    environment: 'node',
    // Deadlines for a hang, as in the unit project (vitest.config.ts).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
