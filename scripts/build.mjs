// Bundles the extension and, apart from it, the SDK adapter, so activation never evaluates @alicloud/*.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // ES modules first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow.
  mainFields: ['module', 'main'],
};

/** The extension requires './sdkEcsApi' lazily; at run time that is the separate bundle dist/ecsSdk.js. */
const lazySdk = {
  name: 'lazy-sdk',
  setup(build) {
    build.onResolve({ filter: /^\.\/sdkEcsApi$/ }, () => ({ path: './ecsSdk.js', external: true }));
  },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [lazySdk] }),
  esbuild.build({ ...common, entryPoints: ['src/cloud/sdkEcsApi.ts'], outfile: 'dist/ecsSdk.js' }),
]);
