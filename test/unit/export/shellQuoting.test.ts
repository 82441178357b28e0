import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { aliyunCliCommand } from '../../../src/domain/export/aliyunCli';
import type { EcsRequest } from '../../../src/domain/export/ecsRequest';
import { quoteFor, type Shell, shellOfProgram, UnquotableValue } from '../../../src/domain/export/shellQuoting';

const marker = path.join(os.tmpdir(), `alicloud-ecs-shell-probe-${process.pid}`);

/** Values someone else could have put in a name, a description or a tag, each trying to run `touch <marker>`. */
const HOSTILE_VALUES = [
  "it's",
  "'",
  "'''",
  "a'; touch MARKER; echo '",
  'back\\',
  "\\'",
  "x\\'; touch MARKER #",
  '$(touch MARKER)',
  '`touch MARKER`',
  '; touch MARKER',
  '&& touch MARKER',
  '| touch MARKER',
  '(touch MARKER)',
  '*',
  '?',
  '~',
  '~root',
  '#comment',
  '{a,b}',
  '!!',
  '$HOME',
  '%PATH%',
  '"',
  '""',
  '\\"',
  'a "b c"',
  'end\\\\',
  'line\nnext; touch MARKER',
  'tab\there',
  '数据网卡 生产',
  '‘typographic’ ‚quotes‛',
  '=ls',
  '-x',
  '--x y',
  '',
  ' ',
  '[x]',
  '^x',
  '<x>',
  'a=b,c:d@e%f+g',
].map((value) => value.replaceAll('MARKER', marker));

const request = (value: string): EcsRequest => ({
  action: 'ModifyNetworkInterfaceAttribute',
  regionId: 'cn-hangzhou',
  params: [['Description', value]],
});

/** The arguments the aliyun CLI must receive for `request(value)`. */
const expectedArgs = (value: string): string[] => [
  'ecs',
  'ModifyNetworkInterfaceAttribute',
  '--region',
  'cn-hangzhou',
  ...(value.startsWith('-') ? [`--Description=${value}`] : ['--Description', value]),
];

/** Each shell, with `aliyun` defined to print its arguments, each followed by a NUL. */
const SHELLS: ReadonlyArray<{ readonly name: string; readonly args: (script: string) => string[]; readonly prelude: string }> = [
  { name: 'bash', args: (script) => ['--norc', '--noprofile', '-c', script], prelude: 'aliyun() { printf \'%s\\0\' "$@"; }\n' },
  { name: 'dash', args: (script) => ['-c', script], prelude: 'aliyun() { printf \'%s\\0\' "$@"; }\n' },
  { name: 'zsh', args: (script) => ['-f', '-c', script], prelude: 'aliyun() { printf \'%s\\0\' "$@"; }\n' },
  { name: 'fish', args: (script) => ['--no-config', '-c', script], prelude: "function aliyun; printf '%s\\0' $argv; end\n" },
];

describe('export: the aliyun CLI command in each shell', () => {
  afterEach(() => fs.rmSync(marker, { force: true }));

  for (const shell of SHELLS) {
    it(`${shell.name}: every hostile value reaches the CLI byte for byte, and none runs anything`, () => {
      const written = shell.name === 'fish' ? 'fish' : 'posix';
      for (const value of HOSTILE_VALUES) {
        const command = aliyunCliCommand(request(value), { shell: written });
        const run = spawnSync(shell.name, shell.args(shell.prelude + command), { encoding: 'utf8', timeout: 30_000 });
        assert.ifError(
          run.error && new Error(`${shell.name} could not run (${run.error.message}): install it (apt-get install bash dash zsh fish)`),
        );
        assert.strictEqual(run.status, 0, `${shell.name} failed on ${JSON.stringify(value)}: ${run.stderr}`);
        assert.deepStrictEqual(run.stdout.split('\0').slice(0, -1), expectedArgs(value), `${shell.name}: ${command}`);
        assert.ok(!fs.existsSync(marker), `${shell.name} ran a command from ${JSON.stringify(value)}`);
      }
    });
  }
});

/**
 * How a Windows program built with the C runtime (or Go) splits its command line, by Microsoft's documented rules:
 * https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments
 */
function splitWindowsCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < line.length; i += 1) {
    const character = line[i] as string;
    if (character === '\\') {
      let count = 0;
      while (line[i] === '\\') {
        count += 1;
        i += 1;
      }
      if (line[i] === '"') {
        current += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) {
          current += '"';
        } else {
          inQuotes = !inQuotes;
        }
      } else {
        current += '\\'.repeat(count);
        i -= 1;
      }
      started = true;
    } else if (character === '"') {
      inQuotes = !inQuotes;
      started = true;
    } else if ((character === ' ' || character === '\t') && !inQuotes) {
      if (started) {
        args.push(current);
      }
      current = '';
      started = false;
    } else {
      current += character;
      started = true;
    }
  }
  if (started) {
    args.push(current);
  }
  return args;
}

describe('export: the aliyun CLI command for Windows shells (held to their documented rules; neither runs here)', () => {
  const windowsSafe = (shell: Shell, value: string): boolean => {
    try {
      quoteFor(shell, value);
      return true;
    } catch (error) {
      assert.ok(error instanceof UnquotableValue, String(error));
      return false;
    }
  };

  it('PowerShell: after the stop-parsing token the line is the program’s, split by the C runtime into the very values', () => {
    let written = 0;
    for (const value of HOSTILE_VALUES.filter((v) => windowsSafe('powershell', v))) {
      const command = aliyunCliCommand(request(value), { shell: 'powershell' });
      assert.ok(command.startsWith('aliyun --% ecs '), command);
      const line = command.slice('aliyun --% '.length);
      // --% holds until a line break or a |, and expands %NAME%: none may be in what follows it.
      assert.doesNotMatch(line, /[|\n\r%]/, command);
      assert.deepStrictEqual(splitWindowsCommandLine(line), expectedArgs(value), command);
      written += 1;
    }
    assert.ok(written >= HOSTILE_VALUES.length - 8, `${written} written`);
  });

  it('PowerShell: single quotes, typographic ones too, and double quotes reach the program as they are', () => {
    for (const value of ["it's", '‘’‚‛', '"', '["i-1"]', "'; Remove-Item x; '", '$(Get-Process)', '@(1,2)']) {
      const line = aliyunCliCommand(request(value), { shell: 'powershell' }).slice('aliyun --% '.length);
      assert.deepStrictEqual(splitWindowsCommandLine(line), expectedArgs(value));
    }
  });

  it('cmd: no character cmd acts on is ever written, and the C runtime splits the line into the very values', () => {
    for (const value of HOSTILE_VALUES.filter((v) => windowsSafe('cmd', v))) {
      const command = aliyunCliCommand(request(value), { shell: 'cmd' });
      assert.doesNotMatch(command, /[%!^&|<>\n\r]/, command);
      assert.deepStrictEqual(splitWindowsCommandLine(command.slice('aliyun '.length)), expectedArgs(value), command);
    }
  });

  it('refuses, naming the character, what no quoting makes safe in each', () => {
    const refused = (shell: Shell, value: string): string | undefined => {
      try {
        quoteFor(shell, value);
        return undefined;
      } catch (error) {
        return error instanceof UnquotableValue ? error.character : String(error);
      }
    };
    assert.deepStrictEqual(
      ['%PATH%', 'a|b', 'two\nlines'].map((value) => refused('powershell', value)),
      ['%', '|', '\n'],
    );
    assert.deepStrictEqual(
      ['%x', '!x', '^x', 'a&b', 'a|b', '<x', '>x', 'a\rb'].map((value) => refused('cmd', value)),
      ['%', '!', '^', '&', '|', '<', '>', '\r'],
    );
    for (const shell of ['posix', 'fish', 'powershell', 'cmd'] as const) {
      assert.strictEqual(refused(shell, 'esc\u001b[31m'), '\u001b', shell);
      assert.strictEqual(refused(shell, 'line\nnext') === undefined, shell === 'posix' || shell === 'fish', shell);
    }
  });
});

describe('export: which shell the terminal runs', () => {
  it('knows the shell from the path of its program, on every system, and nothing else', () => {
    const cases: ReadonlyArray<readonly [string, Shell | undefined]> = [
      ['/bin/bash', 'posix'],
      ['/usr/bin/zsh', 'posix'],
      ['/bin/sh', 'posix'],
      ['/usr/bin/fish', 'fish'],
      ['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'powershell'],
      ['C:\\Program Files\\PowerShell\\7\\pwsh.exe', 'powershell'],
      ['/usr/local/bin/pwsh', 'powershell'],
      ['C:\\Windows\\System32\\cmd.exe', 'cmd'],
      ['C:\\Program Files\\Git\\bin\\bash.exe', 'posix'],
      ['/usr/bin/nu', undefined],
      ['', undefined],
    ];
    for (const [program, shell] of cases) {
      assert.strictEqual(shellOfProgram(program), shell, program);
    }
  });
});
