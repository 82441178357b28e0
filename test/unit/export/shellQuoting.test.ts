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
  'a" && calc #',
  'x “ && calc #',
  '$(Get-Process)',
  '@(1,2)',
  "'; Remove-Item x; '",
  '‘’‚‛',
  'a\\ b\\',
  '["i-1"]',
  'ideographic\u3000space\\',
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

  /**
   * PowerShell's own reading of the words after `aliyun` (bare, or single-quoted: verbatim, where any of its four
   * single quotes written twice is one), then its legacy passing to the program (an argument with white space in
   * double quotes, nothing escaped), as its documentation and source describe them.
   */
  function powershellArgs(command: string): string[] {
    const match = /^& \{ \$PSNativeCommandArgumentPassing = 'Legacy'; aliyun (.*) \}$/su.exec(command);
    assert.ok(match, command);
    const line = match[1] ?? '';
    const quote = /['\u2018\u2019\u201A\u201B]/u;
    const words: string[] = [];
    let i = 0;
    while (i < line.length) {
      if (line[i] === ' ') {
        i += 1;
        continue;
      }
      let word = '';
      if (quote.test(line[i] as string)) {
        i += 1;
        for (;;) {
          assert.ok(i < line.length, `a single-quoted string that never ends: ${command}`);
          const character = line[i] as string;
          if (quote.test(character)) {
            if (quote.test(line[i + 1] ?? '')) {
              word += character;
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          word += character;
          i += 1;
        }
        assert.ok(i >= line.length || line[i] === ' ', `a quoted string runs into a bare word: ${command}`);
      } else {
        while (i < line.length && line[i] !== ' ') {
          word += line[i];
          i += 1;
        }
        assert.match(word, /^[A-Za-z0-9_./:=-]+$/, `a bare word PowerShell would act on: ${command}`);
      }
      words.push(word);
    }
    const needsQuotes = (arg: string): boolean => {
      let quotes = 0;
      let afterBackslash = false;
      let space = false;
      for (const character of arg) {
        if (character === '"' && !afterBackslash) {
          quotes += 1;
        } else if (/\s/u.test(character) && quotes % 2 === 0) {
          space = true;
        }
        afterBackslash = character === '\\';
      }
      return space;
    };
    return splitWindowsCommandLine(words.map((word) => (needsQuotes(word) ? `"${word}"` : word)).join(' '));
  }

  it('PowerShell: single-quoted words, read by PowerShell and passed the legacy way, reach the program as the very values', () => {
    for (const value of HOSTILE_VALUES.filter((v) => windowsSafe('powershell', v))) {
      const command = aliyunCliCommand(request(value), { shell: 'powershell' });
      assert.deepStrictEqual(powershellArgs(command), expectedArgs(value), command);
    }
  });

  it('PowerShell: a single quote of any of the four kinds is written twice, and the legacy passing ends with the block', () => {
    const command = aliyunCliCommand(request("it's ‘a’ ‚b‛"), { shell: 'powershell' });
    assert.ok(command.includes(`'it''s ‘‘a’’ ‚‚b‛‛'`), command);
    assert.ok(command.startsWith("& { $PSNativeCommandArgumentPassing = 'Legacy'; aliyun ecs "), command);
    assert.ok(command.endsWith(' }'), command);
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
      ['%PATH%', 'a|b', 'a" && calc #', 'two\nlines'].map((value) => refused('powershell', value)),
      [undefined, undefined, undefined, undefined],
      'single-quoted, nothing of these is acted on in PowerShell',
    );
    assert.deepStrictEqual(
      ['%x', '!x', '^x', 'a&b', 'a|b', '<x', '>x', 'a\rb'].map((value) => refused('cmd', value)),
      ['%', '!', '^', '&', '|', '<', '>', '\r'],
    );
    for (const shell of ['posix', 'fish', 'powershell', 'cmd'] as const) {
      assert.strictEqual(refused(shell, 'esc\u001b[31m'), '\u001b', shell);
      assert.strictEqual(refused(shell, 'line\nnext') === undefined, shell !== 'cmd', shell);
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
