// `npm run mutation`: StrykerJS mutates the domain (its export included), the cloud layer, the activity record and the resource store and lists, and runs the unit and
// contract layers against each mutant. Not part of CI (too slow for two cores); run it before stopping.
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
    // Lists of names and the adapter's model imports: a mutant there is a typo, not a behaviour.
    '!src/cloud/sdkEcsModels.ts',
    '!src/cloud/ecsActions.ts',
  ],
  ignorePatterns: ['out', 'out-*', 'dist', 'test-results', '.vscode-test', '*.vsix', 'reports'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
