import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogueCodes } from '../../../src/domain/errorCatalogue';
import { REPO } from '../../support/l10nKeys';

/**
 * The codes the emulator (test/emulator/) can answer with, read from its sources: every way it builds an error names
 * the code, or the parameter whose name makes the code, as a string literal. A call that passes something else is
 * listed as unreadable, so that a new way of building codes fails this test instead of slipping past it.
 */
const LITERAL = String.raw`\s*['"]([^'"]+)['"]`;
const NOT_A_METHOD = String.raw`(?<![.\w])`;

const SOURCES: ReadonlyArray<{ readonly pattern: RegExp; readonly code: (name: string) => string; readonly onlyIn?: string }> = [
  { pattern: new RegExp(String.raw`new EmulatorError\(${LITERAL}`, 'g'), code: (name) => name },
  // errors.ts's canned errors: `error('InvalidEniId.NotFound', 404, …)`.
  { pattern: new RegExp(`${NOT_A_METHOD}error\\(${LITERAL}`, 'g'), code: (name) => name, onlyIn: 'errors.ts' },
  { pattern: new RegExp(`${NOT_A_METHOD}missingParameter\\(${LITERAL}`, 'g'), code: (name) => `Missing${name}` },
  { pattern: new RegExp(String.raw`\.required\(${LITERAL}`, 'g'), code: (name) => `Missing${name}` },
  { pattern: new RegExp(String.raw`${NOT_A_METHOD}requiredValue\(\s*\w+\s*,${LITERAL}`, 'g'), code: (name) => `Missing${name}` },
  { pattern: new RegExp(`${NOT_A_METHOD}invalidParameter\\(${LITERAL}`, 'g'), code: (name) => `Invalid${name}` },
  { pattern: new RegExp(String.raw`\.integer\(${LITERAL}`, 'g'), code: (name) => `Invalid${name}` },
  { pattern: new RegExp(String.raw`\.jsonList\(${LITERAL}`, 'g'), code: (name) => `Invalid${name}.Malformed` },
  // Fault injection: `{ kind: 'error', code: 'Throttling.User' }` and the error-rate setting's `errorCode: 'A' | 'B'`.
  { pattern: new RegExp(String.raw`\bcode:${LITERAL}`, 'g'), code: (name) => name },
  { pattern: /\berrorCode:\s*((?:['"][^'"]+['"]\s*\|?\s*)+)/g, code: (name) => name },
];

/** Every call that builds an error, with its first argument (the second for `requiredValue(context, name)`). */
const BUILDERS = new RegExp(
  String.raw`(?<!function )(new EmulatorError\(|${NOT_A_METHOD}(?:missingParameter|emptyParameter|invalidParameter)\(` +
    String.raw`|\.(?:required|integer|jsonList)\(|${NOT_A_METHOD}requiredValue\(\s*\w+\s*,)\s*([^,)]*)`,
  'g',
);

/**
 * Builders that pass a name on: their callers' literals are read above (or, for the injected code, chosen by a test,
 * not by the emulator). As `file: builder(argument)`.
 */
const FORWARDERS = new Set([
  'errors.ts: new EmulatorError(`Missing${name}`',
  'errors.ts: new EmulatorError(`Invalid${name}`',
  'errors.ts: new EmulatorError(code',
  'params.ts: missingParameter(name',
  'params.ts: invalidParameter(name',
  'params.ts: invalidParameter(`${name}.Malformed`',
  `${path.join('actions', 'attachmentActions.ts')}: missingParameter(name`,
  `${path.join('actions', 'attachmentActions.ts')}: emptyParameter(name`,
]);

interface EmulatorCodes {
  /** Code → where it is built (`file:line`). */
  readonly codes: ReadonlyMap<string, readonly string[]>;
  /** `file:line builder(argument)` of builders whose code cannot be read. */
  readonly unreadable: readonly string[];
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** The codes in sources given as file (relative to the emulator folder) → text. */
function readEmulatorCodes(sources: ReadonlyMap<string, string>): EmulatorCodes {
  const codes = new Map<string, string[]>();
  const unreadable: string[] = [];
  for (const [file, text] of sources) {
    for (const source of SOURCES.filter(({ onlyIn }) => onlyIn === undefined || onlyIn === file)) {
      for (const match of text.matchAll(source.pattern)) {
        const names = [...(match[1] ?? '').matchAll(/['"]?([^'"|\s]+)['"]?/g)].map((name) => name[1] ?? '');
        for (const name of names.filter((found) => found !== '')) {
          const code = source.code(name);
          codes.set(code, [...(codes.get(code) ?? []), `${file}:${lineOf(text, match.index)}`]);
        }
      }
    }
    for (const match of text.matchAll(BUILDERS)) {
      const builder = (match[1] ?? '').replace(/^\./, '').replace(/\((\s*\w+\s*,)?$/, '');
      const argument = (match[2] ?? '').trim();
      if (!/^['"]/.test(argument) && !FORWARDERS.has(`${file}: ${builder}(${argument}`)) {
        unreadable.push(`${file}:${lineOf(text, match.index)} ${builder}(${argument}`);
      }
    }
  }
  return { codes, unreadable };
}

function emulatorSources(): Map<string, string> {
  const folder = path.join(REPO, 'test', 'emulator');
  return new Map(
    fs
      .readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => [file, fs.readFileSync(path.join(folder, file), 'utf8')]),
  );
}

describe('the codes the emulator can send', () => {
  const found = readEmulatorCodes(emulatorSources());

  it('are all read from its sources: no error is built from a code this test cannot see', () => {
    assert.deepStrictEqual(found.unreadable, []);
  });

  it('are found where the emulator builds them', () => {
    const expected = [
      'InvalidEniId.NotFound',
      'InvalidOperation.InvalidEniState',
      'MissingRegionId',
      'MissingNetworkInterfaceId',
      'MissingParameter',
      'InvalidPageSize',
      'InvalidMaxResults',
      'InvalidInstanceIds.Malformed',
      'Throttling.User',
    ];
    assert.deepStrictEqual(
      expected.filter((code) => !found.codes.has(code)),
      [],
    );
    assert.ok(found.codes.size >= 50, `only ${found.codes.size} codes found: the scan broke`);
  });

  it('are each in the error catalogue', () => {
    const known = new Set(catalogueCodes());
    const missing = [...found.codes].filter(([code]) => !known.has(code)).map(([code, where]) => `${code} (${where.join(', ')})`);
    assert.deepStrictEqual(missing, [], 'codes the emulator sends that the catalogue does not explain');
  });
});

describe('reading codes from emulator sources', () => {
  it('reads each way of building a code, and lists a code it cannot read', () => {
    const sources = new Map([
      [
        'errors.ts',
        "const a = error('A.NotFound', 404, 'a');\nnew EmulatorError('B.Literal', 400, 'b');\nnew EmulatorError(`B${x}`, 400, 'b');",
      ],
      [
        'actions/x.ts',
        "missingParameter('Foo'); params.required('Bar'); requiredValue(context, 'Baz'); invalidParameter('Qux', '');" +
          " params.integer('Size'); params.jsonList('Ids'); console.error('not a code'); throw new EmulatorError(code, 400, 'c');",
      ],
      ['faults.ts', "return { kind: 'error', code: 'Throttling.X' };\ninterface S { errorCode: 'E1' | 'E2' }"],
    ]);
    const result = readEmulatorCodes(sources);
    assert.deepStrictEqual([...result.codes.keys()].sort(), [
      'A.NotFound',
      'B.Literal',
      'E1',
      'E2',
      'InvalidIds.Malformed',
      'InvalidQux',
      'InvalidSize',
      'MissingBar',
      'MissingBaz',
      'MissingFoo',
      'Throttling.X',
    ]);
    assert.deepStrictEqual(result.codes.get('E2'), ['faults.ts:2']);
    assert.deepStrictEqual(result.unreadable, ['errors.ts:3 new EmulatorError(`B${x}`', 'actions/x.ts:1 new EmulatorError(code']);
  });
});
