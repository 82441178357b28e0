/** The shells a copied command is written for: what VS Code's terminal runs. */
export type Shell = 'posix' | 'fish' | 'powershell' | 'cmd';

export const SHELLS: readonly Shell[] = ['posix', 'fish', 'powershell', 'cmd'];

/** A value no quoting makes safe in that shell: the command is not written. */
export class UnquotableValue extends Error {
  override readonly name = 'UnquotableValue';

  constructor(
    readonly shell: Shell,
    /** The character that cannot be written safely, as it is. */
    readonly character: string,
    /** A control character: any terminal acts on it when it is pasted, whatever the shell. */
    readonly control: boolean,
  ) {
    super(
      control
        ? 'A value holds a control character, which a terminal acts on when it is pasted; the command is not written.'
        : `A value holds ${JSON.stringify(character)}, which ${shell} would act on; the command is not written.`,
    );
  }
}

/** Control characters a terminal acts on when they are pasted (escape sequences, Ctrl-C); a tab or a line break is data. */
const isTerminalControl = (code: number): boolean => code <= 0x08 || (code >= 0x0b && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);

/** Words every shell here takes as they are (no `=` first: zsh would expand `=word` to a command's path). */
const PLAIN_WORD = /^[A-Za-z0-9_@+,./:-][A-Za-z0-9_@+,./:=-]*$/;
/** POSIX shells also take `%` in a word as it is. */
const PLAIN_POSIX_WORD = /^[A-Za-z0-9_@%+,./:-][A-Za-z0-9_@%+,./:=-]*$/;

/** PowerShell takes these bare: no `,` (an array), no `@` (splatting), nothing else it acts on. */
const PLAIN_POWERSHELL_WORD = /^[A-Za-z0-9_./:][A-Za-z0-9_./:=-]*$/;
/** PowerShell's single quotes: `'` and the typographic ‘ ’ ‚ ‛, each written twice inside a single-quoted string. */
const POWERSHELL_QUOTES = /['\u2018\u2019\u201A\u201B]/gu;
/** cmd acts on `% ! ^ & | < >` wherever its own quote state (which `\"` toggles) leaves them bare. */
const CMD_REFUSED = /[%!^&|<>\n\r]/u;

function refuseControl(shell: Shell, word: string): void {
  const control = [...word].find((character) => isTerminalControl(character.codePointAt(0) ?? 0));
  if (control !== undefined) {
    throw new UnquotableValue(shell, control, true);
  }
}

/** POSIX shells (sh, dash, bash, zsh): single quotes, each `'` written as `'\''`. */
function posixQuote(word: string): string {
  return PLAIN_POSIX_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** fish: single quotes, in which `\'` and `\\` are escapes (so a `\` before the closing quote must be doubled too). */
function fishQuote(word: string): string {
  return PLAIN_WORD.test(word) ? word : `'${word.replace(/[\\']/g, (character) => `\\${character}`)}'`;
}

/**
 * A value as the C runtime (and Go, which the aliyun CLI is written in) reads it back from a Windows command line:
 * `"` as `\"`, backslashes doubled where a quote follows them (the closing quote too, when `closed`).
 * https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments
 */
function escapeForCRuntime(word: string, closed: boolean): string {
  let escaped = '';
  let backslashes = 0;
  for (const character of word) {
    if (character === '\\') {
      backslashes += 1;
      continue;
    }
    escaped += '\\'.repeat(character === '"' ? backslashes * 2 + 1 : backslashes) + character;
    backslashes = 0;
  }
  return escaped + '\\'.repeat(closed ? backslashes * 2 : backslashes);
}

/** cmd: the program's argument in double quotes, escaped for the C runtime. */
const cmdQuote = (word: string): string => (PLAIN_WORD.test(word) ? word : `"${escapeForCRuntime(word, true)}"`);

/**
 * PowerShell: a single-quoted string, in which nothing is acted on. The command runs with the legacy passing of
 * arguments to programs (Windows PowerShell 5.1 always; PowerShell 7 told so), which puts an argument with white
 * space in double quotes and escapes nothing: so the string holds the value escaped for the C runtime already.
 */
function powershellQuote(word: string): string {
  if (PLAIN_POWERSHELL_WORD.test(word)) {
    return word;
  }
  // An empty argument is dropped in legacy passing: two double quotes stand for it.
  const passed = word === '' ? '""' : escapeForCRuntime(word, /\s/u.test(word));
  return `'${passed.replace(POWERSHELL_QUOTES, (quote) => quote + quote)}'`;
}

/** One word (a value, or `--Name=value`) written for `shell`; throws `UnquotableValue` when no quoting makes it safe. */
export function quoteFor(shell: Shell, word: string): string {
  refuseControl(shell, word);
  switch (shell) {
    case 'posix':
      return posixQuote(word);
    case 'fish':
      return fishQuote(word);
    case 'powershell':
      return powershellQuote(word);
    case 'cmd': {
      const refused = CMD_REFUSED.exec(word);
      if (refused) {
        throw new UnquotableValue(shell, refused[0], false);
      }
      return cmdQuote(word);
    }
  }
}

/**
 * The whole command for `shell` from the program and its written words. PowerShell runs it in a script block that
 * asks for the legacy passing of arguments to programs: PowerShell 7.3 and later would otherwise pass them another
 * way (Windows PowerShell 5.1 and PowerShell 7.0–7.2 know only that one); the setting ends with the block.
 */
export const commandFor = (shell: Shell, program: string, words: readonly string[]): string =>
  shell === 'powershell'
    ? `& { $PSNativeCommandArgumentPassing = 'Legacy'; ${[program, ...words].join(' ')} }`
    : [program, ...words].join(' ');

/** The shell a terminal runs, from the path of its program (VS Code's `env.shell`); undefined when it is not known. */
export function shellOfProgram(program: string): Shell | undefined {
  const name = (program.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
  if (['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash'].includes(name)) {
    return 'posix';
  }
  if (name === 'fish') {
    return 'fish';
  }
  if (name === 'pwsh' || name === 'powershell') {
    return 'powershell';
  }
  return name === 'cmd' ? 'cmd' : undefined;
}
