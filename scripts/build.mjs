// Bundles the extension and, apart from it, the SDK adapter, so activation never evaluates @alicloud/*.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'bufferutil', 'utf-8-validate'],
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // ES modules first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow.
  mainFields: ['module', 'main'],
};

/**
 * Modules the extension requires lazily, each bundled apart: activation evaluates none of them. The SDK adapter
 * ('./sdkEcsApi', at the first call) and the error catalogue's table ('./errorCatalogueRows', at the first failure).
 */
const LAZY = [
  { specifier: './sdkEcsApi', entry: 'src/cloud/sdkEcsApi.ts', outfile: 'dist/ecsSdk.js' },
  { specifier: './errorCatalogueRows', entry: 'src/domain/errorCatalogueRows.ts', outfile: 'dist/errorCatalogue.js' },
  { specifier: './allCommands', entry: 'src/commands/allCommands.ts', outfile: 'dist/commands.js' },
  { specifier: './sessionClient', entry: 'src/cloud/sessionClient.ts', outfile: 'dist/session.js' },
];

/**
 * The views' modules stay in dist/extension.js: the commands recognise a row by asking the views (`RowLookup`), never
 * by a class of their own. A lazy bundle that would take a copy of one fails the build.
 */
const noViewModules = {
  name: 'no-view-modules',
  setup(build) {
    build.onResolve({ filter: /explorer\// }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      if (file.startsWith(path.resolve('src', 'explorer'))) {
        return {
          errors: [
            {
              text: `${path.relative(process.cwd(), args.importer)} takes ${args.path} into a lazy bundle; ask the views through RowLookup instead.`,
            },
          ],
        };
      }
      return undefined;
    });
  },
};
const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    for (const { specifier, outfile } of LAZY) {
      const filter = new RegExp(`^${specifier.replace(/[./]/g, '\\$&')}$`);
      build.onResolve({ filter }, () => ({ path: `./${outfile.slice('dist/'.length)}`, external: true }));
    }
  },
};

/**
 * The SDK bundle takes each ECS model it needs from its own file (src/cloud/sdkEcsModels.ts): the package's index and
 * its generated client require the models of all ~500 actions (2,083 files), which would make the bundle 3.7 MB and
 * loading it several times slower. A build that would pull them in fails here instead.
 */
const onlyUsedEcsModels = {
  name: 'only-used-ecs-models',
  setup(build) {
    build.onResolve({ filter: /^@alicloud\/ecs20140526(\/dist\/client(\.js)?)?$/ }, (args) => ({
      errors: [
        { text: `${args.importer} imports ${args.path}, which loads every ECS model; import the models from src/cloud/sdkEcsModels.ts` },
      ],
    }));
    build.onResolve({ filter: /^\.\/models\/model(\.js)?$/ }, (args) =>
      args.importer.includes('ecs20140526') ? { errors: [{ text: `${args.importer} requires every ECS model` }] } : undefined,
    );
  },
};

const bundles = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [lazyModules] },
  ...LAZY.map(({ entry, outfile }) => ({
    ...common,
    entryPoints: [entry],
    outfile,
    plugins: [onlyUsedEcsModels, noViewModules, lazyModules],
  })),
];

if (process.argv.includes('--watch')) {
  // F5's task: every bundle is built again, together, after each change of the sources, between one "started" and one
  // "finished" line (the task's problem matcher waits for the second, so the extension host never starts with a bundle
  // of the round still being written). esbuild's own watch would rebuild each bundle on its own schedule.
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  let round = Promise.resolve();
  const rebuildAll = () => {
    round = round.then(async () => {
      console.log('[watch] build started');
      const results = await Promise.all(
        contexts.map((context) => context.rebuild().catch((error) => ({ errors: error.errors ?? [error] }))),
      );
      console.log(`[watch] build finished with ${results.reduce((sum, result) => sum + result.errors.length, 0)} error(s)`);
    });
  };
  let timer;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuildAll, 100);
  };
  for (const watched of ['src', 'api', 'package.json', 'tsconfig.json']) {
    fs.watch(watched, { recursive: true }, changed).on('error', (error) => console.log(`[watch] ${watched}: ${error.message}`));
  }
  rebuildAll();
} else {
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}
