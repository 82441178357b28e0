// `npm run mutation`: StrykerJS mutates every plain-Node file the unit and contract layers load (the domain, the cloud
// layer, the activity record, the store, the commands' kit files, the explorer's lists and poller, the public API's
// answers, the inert interface and the log), and runs those layers against each mutant. A score under 90 % fails the
// run. Not part of CI (too slow for two cores); run it before stopping.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: {
    spec: [
      'out/test/unit/domain/**/*.test.js',
      'out/test/unit/cloud/**/*.test.js',
      'out/test/unit/explorer/**/*.test.js',
      'out/test/unit/store/**/*.test.js',
      'out/test/unit/commands/**/*.test.js',
      'out/test/unit/ui/**/*.test.js',
      'out/test/unit/export/**/*.test.js',
      'out/test/unit/activity/**/*.test.js',
      'out/test/unit/api/**/*.test.js',
      'out/test/unit/docs/**/*.test.js',
      'out/test/contract/**/*.test.js',
    ],
    // Mocha's own timeout (Stryker takes mocha options from a file): a few contract tests take seconds.
    config: 'test/stryker.mocharc.json',
  },
  buildCommand: 'npx tsc -p . --outDir out',
  mutate: [
    'src/domain/**/*.ts',
    'src/cloud/**/*.ts',
    'src/store/**/*.ts',
    'src/activity/**/*.ts',
    'src/commands/kit/planRunner.ts',
    'src/commands/kit/automationRequests.ts',
    'src/commands/kit/freshCheck.ts',
    'src/commands/kit/inFlight.ts',
    'src/explorer/filteredLists.ts',
    'src/explorer/transitionPoller.ts',
    'src/api/apiAnswers.ts',
    'src/ui/inertUserInterface.ts',
    'src/ui/log.ts',
    // The adapter's model imports and the error catalogue's prose: a mutant there is a typo, not a
    // behaviour (the codes and the kinds that decide a retry are tested against the API reference's tables).
    '!src/cloud/sdkEcsModels.ts',
    '!src/domain/errorCatalogueRows.ts',
  ],
  ignorePatterns: ['out', 'out-*', 'dist', 'test-results', '.vscode-test', '*.vsix', 'reports'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that hangs is killed after its tests' own time and this much more: a few contract tests take seconds.
  timeoutMS: 10000,
  // Mutants of unchanged code and tests keep their last result (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
