/**
 * The modules `npm run test:mutation -- <module>` mutates one at a time, each with the few test
 * files that exercise it. A run over one module with its own tests finishes in minutes on a loaded
 * 2-core machine, where the whole set (every unit test, per-test coverage) does not finish at all.
 */
export interface MutationModule {
  /** Files Stryker mutates (globs, as in `--mutate`). */
  mutate: string[];
  /** Test files Vitest runs for this module (globs, narrowing vitest.mutation.config.ts). */
  tests: string[];
}

export const MUTATION_MODULES: Record<string, MutationModule> = {
  deadlines: {
    mutate: ['src/deadlines/calendar.ts', 'src/deadlines/status.ts', 'src/deadlines/view.ts'],
    tests: ['src/deadlines/*.test.ts'],
  },
  knowledge: {
    mutate: ['src/knowledge/validate.ts', 'src/knowledge/schema.ts'],
    tests: [
      'src/knowledge/validate.test.ts',
      'src/knowledge/validate-edges.test.ts',
      'src/knowledge/validate-properties.test.ts',
      'src/knowledge/schema.test.ts',
    ],
  },
  titles: {
    mutate: ['src/recognition/titles.ts'],
    tests: ['src/recognition/titles.test.ts', 'src/recognition/titles-words.test.ts'],
  },
  context: { mutate: ['src/recognition/context.ts'], tests: ['src/recognition/context.test.ts'] },
  rules: { mutate: ['src/recognition/rules.ts'], tests: ['src/recognition/rules.test.ts'] },
  'letter-case': {
    mutate: ['src/recognition/letter-case.ts'],
    tests: ['src/recognition/letter-case.test.ts'],
  },
  'name-structure': {
    mutate: ['src/recognition/name-structure.ts', 'src/recognition/headlines.ts'],
    tests: ['src/recognition/name-structure.test.ts', 'src/recognition/headlines.test.ts'],
  },
  'other-bodies': {
    mutate: ['src/recognition/other-bodies.ts'],
    tests: ['src/recognition/other-bodies.test.ts'],
  },
  acronyms: { mutate: ['src/recognition/acronyms.ts'], tests: ['src/recognition/acronyms.test.ts'] },
  'han-compile': {
    mutate: ['src/recognition/han-compile.ts'],
    tests: ['src/recognition/han-compile.test.ts'],
  },
  'han-names': {
    mutate: ['src/recognition/han-names.ts'],
    tests: ['src/recognition/han-names.test.ts'],
  },
  'settings-storage': {
    mutate: [
      'src/settings/storage-layout.ts',
      'src/settings/settings-areas.ts',
      'src/settings/stored-problems.ts',
    ],
    tests: [
      'src/settings/storage-layout.test.ts',
      'src/settings/storage-layout-reading.test.ts',
      'src/settings/settings-areas.test.ts',
      'src/settings/settings-areas-sync-local.test.ts',
      'src/settings/stored-problems.test.ts',
    ],
  },
  'settings-values': {
    mutate: [
      'src/settings/hostname.ts',
      'src/settings/schema.ts',
      'src/settings/settings-file.ts',
      'src/settings/migration.ts',
      'src/settings/describe-value.ts',
      'src/settings/page-access.ts',
      'src/settings/site-rules.ts',
    ],
    tests: [
      'src/settings/hostname.test.ts',
      'src/settings/schema.test.ts',
      'src/settings/settings-file.test.ts',
      'src/settings/page-access.test.ts',
      'src/settings/describe-value.test.ts',
      'src/settings/migration.test.ts',
      'src/settings/site-rules.test.ts',
    ],
  },
};
