import * as path from 'node:path';
import * as fs from 'node:fs';
import Module from 'node:module';

/** The names `vscode` exports (namespaces, classes, enums), read from @types/vscode. */
function vscodeExportNames(): string[] {
  const typings = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = [...typings.matchAll(/^\t?(?: {4})?export (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1] ?? '');
  return [...new Set(names)].filter(Boolean);
}

/**
 * A stand-in for the `vscode` module in plain Node, only for loading the bundle and calling activate():
 * every export is a function that returns another stand-in, so any API shape works and does nothing.
 */
export function fakeVscode(): Record<string, unknown> {
  const make = (): unknown =>
    new Proxy(
      function stub() {
        /* nothing */
      },
      {
        get: (target, property) => {
          if (property === 'then' || typeof property === 'symbol' || property === 'valueOf' || property === 'toString') {
            return Reflect.get(target, property);
          }
          // Settings read through getConfiguration().get() are simply not set.
          return property === 'get' ? () => undefined : make();
        },
        // Assignments (item.name = …) are accepted and forgotten.
        set: () => true,
        apply: () => make(),
        construct: () => make() as object,
      },
    );
  return Object.fromEntries(vscodeExportNames().map((name) => [name, make()]));
}

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

/** Makes `require('vscode')` return the stand-in while `run` executes. */
export function withFakeVscode<T>(run: () => T): T {
  const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename; _cache: Record<string, unknown> };
  const original = moduleInternals._resolveFilename;
  const id = '\0fake-vscode';
  const stub = new Module(id);
  stub.exports = fakeVscode();
  stub.loaded = true;
  moduleInternals._cache[id] = stub;
  moduleInternals._resolveFilename = (request, ...rest) => (request === 'vscode' ? id : original(request, ...rest));
  try {
    return run();
  } finally {
    moduleInternals._resolveFilename = original;
  }
}

/** An ExtensionContext with working global state and secret storage in memory, for activate() in plain Node. */
export function fakeExtensionContext(): {
  subscriptions: unknown[];
  globalState: unknown;
  workspaceState: unknown;
  secrets: unknown;
  extension: { packageJSON: unknown };
} {
  const state = new Map<string, unknown>();
  const workspaceState = new Map<string, unknown>();
  const secrets = new Map<string, string>();
  return {
    subscriptions: [],
    // The manifest, as VS Code hands it to the extension: the commands it contributes are the ones registered.
    extension: { packageJSON: JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as unknown },
    globalState: {
      get: (key: string, fallback?: unknown) => (state.has(key) ? state.get(key) : fallback),
      update: async (key: string, value: unknown) => {
        state.set(key, value);
      },
      keys: () => [...state.keys()],
    },
    workspaceState: {
      get: (key: string, fallback?: unknown) => (workspaceState.has(key) ? workspaceState.get(key) : fallback),
      update: async (key: string, value: unknown) => {
        workspaceState.set(key, value);
      },
      keys: () => [...workspaceState.keys()],
    },
    secrets: {
      get: async (key: string) => secrets.get(key),
      store: async (key: string, value: string) => {
        secrets.set(key, value);
      },
      delete: async (key: string) => {
        secrets.delete(key);
      },
      onDidChange: () => ({ dispose: () => undefined }),
    },
  };
}
