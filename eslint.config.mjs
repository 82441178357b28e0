// Lint rules, including the layer boundaries of docs/architecture.md: a wrong import fails the lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sdk = { group: ['@alicloud/*'], message: 'Only src/cloud may use the Alibaba Cloud SDK.' };
const vscodeApi = { name: 'vscode', message: 'domain/ and cloud/ run in plain Node: no vscode here.' };
const adapter = {
  group: [
    '**/cloud/sdkEcsApi',
    '**/cloud/sdkEcsReads',
    '**/cloud/sdkCaller',
    '**/cloud/sdkEcsClient',
    '**/cloud/sdkClients',
    '**/cloud/sdkEcsModels',
    '**/cloud/sdkMapping',
    '**/cloud/sdkErrors',
    '**/cloud/wireMapping',
  ],
  message: 'Use the EcsApi port; the SDK adapter is loaded lazily by cloud/lazyEcsApi.',
};
const layer = (name, message) => ({ group: [`../${name}/*`, `../../${name}/*`, `**/src/${name}/*`], message });
const restrict = (paths, patterns) => ['error', { paths, patterns }];
/** From a tier folder of commands/: anything of commands/ outside that folder and the tiers below it. */
const tierAbove = (message, below) => ({ regex: `^\\.\\./(?!\\.\\./${below.map((tier) => `|${tier}/`).join('')})`, message });
/** Only src/ui/ talks to the user, through the seam; only the command boundary registers commands. */
const userInterfaceOnlyInUi = {
  selector:
    "MemberExpression[object.object.name='vscode'][object.property.name=/^(window|env)$/]" +
    '[property.name=/^(show\\w*Message|withProgress|showQuickPick|showInputBox|createQuickPick|setStatusBarMessage|openExternal|clipboard)$/]',
  message: 'Talk to the user through the UserInterface seam (src/ui/userInterface.ts).',
};
const commandsOnlyThroughTheBoundary = {
  selector: "MemberExpression[object.object.name='vscode'][object.property.name='commands'][property.name='registerCommand']",
  message: 'Register commands through src/commands/commandBoundary.ts.',
};

/** A command throws its failure (kit/commandFailure.ts); the boundary is the one place in commands/ that shows one. */
const failuresShownAtTheBoundary = {
  selector:
    "CallExpression[callee.property.name='show'][callee.object.property.name='notifier'], CallExpression[callee.property.name='show'][callee.object.name='notifier']",
  message: 'Throw a CommandFailure: src/commands/commandBoundary.ts shows it.',
};

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    // Type-aware: the promise rules need the types to tell a forgotten promise from a value.
    // The layer tests lint probe files that are not on disk: they get the default project.
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['src/*/probe.ts', 'src/commands/*/probe.ts'],
          // One probe per layer and tier: more than the default eight.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [vscodeApi],
        [
          sdk,
          layer('cloud', 'domain/ imports only domain/.'),
          layer('explorer', 'domain/ imports only domain/.'),
          layer('commands', 'domain/ imports only domain/.'),
          layer('ui', 'domain/ imports only domain/.'),
          layer('activity', 'domain/ imports only domain/.'),
          layer('store', 'domain/ imports only domain/.'),
        ],
      ),
    },
  },
  {
    files: ['src/cloud/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [vscodeApi],
        [
          layer('explorer', 'cloud/ imports only domain/ and the SDK.'),
          layer('commands', 'cloud/ imports only domain/ and the SDK.'),
          layer('ui', 'cloud/ imports only domain/ and the SDK.'),
          layer('activity', 'cloud/ imports only domain/ and the SDK.'),
          layer('store', 'cloud/ imports only domain/ and the SDK.'),
        ],
      ),
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'vscode', message: 'store/ runs in plain Node: no vscode here.' }],
        [
          sdk,
          adapter,
          layer('explorer', 'store/ imports only domain/ and the cloud/ port: the views read it, not the other way.'),
          layer('commands', 'store/ imports only domain/ and the cloud/ port.'),
          layer('ui', 'store/ imports only domain/ and the cloud/ port.'),
          layer('account', 'store/ imports only domain/ and the cloud/ port.'),
          layer('activity', 'store/ imports only domain/ and the cloud/ port.'),
        ],
      ),
    },
  },
  {
    files: ['src/activity/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'vscode', message: 'activity/ runs in plain Node: no vscode here.' }],
        [
          sdk,
          adapter,
          layer('explorer', 'activity/ imports only domain/ and cloud/.'),
          layer('commands', 'activity/ imports only domain/ and cloud/.'),
          layer('ui', 'activity/ imports only domain/ and cloud/.'),
          layer('account', 'activity/ imports only domain/ and cloud/.'),
          layer('store', 'activity/ imports only domain/ and cloud/.'),
        ],
      ),
    },
  },
  {
    files: ['src/explorer/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [sdk, adapter, layer('commands', 'explorer/ does not import commands/: commands use the store.')],
      ),
    },
  },
  {
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [
          sdk,
          adapter,
          layer('tools', 'commands/ do not import the agents’ tools: the tools run the commands’ plans.'),
          layer('api', 'commands/ do not import the public API: the API runs the commands.'),
        ],
      ),
    },
  },
  {
    files: ['src/tools/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [sdk, adapter, layer('explorer', 'tools/ read through the store and run the commands’ plans, never the views.')],
      ),
    },
  },
  // commands/ in tiers that import only downwards: kit → operations → flows (every other folder of commands/).
  {
    files: ['src/commands/kit/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([], [sdk, adapter, tierAbove('kit/ is the lowest tier of commands/: it imports only kit/.', [])]),
    },
  },
  {
    files: ['src/commands/operations/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [sdk, adapter, tierAbove('operations/ import only operations/ and the kit, never a flow.', ['kit'])],
      ),
    },
  },
  {
    files: ['src/account/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [
          sdk,
          adapter,
          layer('explorer', 'account/ imports only vscode, domain/, cloud/ and ui/.'),
          layer('commands', 'account/ imports only vscode, domain/, cloud/ and ui/.'),
        ],
      ),
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**'],
    rules: { 'no-restricted-syntax': ['error', userInterfaceOnlyInUi, commandsOnlyThroughTheBoundary] },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', commandsOnlyThroughTheBoundary] },
  },
  {
    files: ['src/commands/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', userInterfaceOnlyInUi, commandsOnlyThroughTheBoundary, failuresShownAtTheBoundary] },
  },
  {
    files: ['src/commands/commandBoundary.ts'],
    rules: { 'no-restricted-syntax': ['error', userInterfaceOnlyInUi] },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [
          sdk,
          adapter,
          layer('explorer', 'ui/ imports only vscode, domain/ and cloud/ types.'),
          layer('commands', 'ui/ imports only vscode, domain/ and cloud/ types.'),
        ],
      ),
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/lint/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
