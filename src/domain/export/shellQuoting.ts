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

/**
 * What a Windows command line cannot carry safely: PowerShell's `--%` ends at a line break or `|` and expands
 * `%NAME%`; cmd acts on `% ! ^ & | < >` wherever its own quote state (which `\"` toggles) leaves them bare.
 */
const WINDOWS_REFUSED: Readonly<Record<'powershell' | 'cmd', RegExp>> = {
  powershell: /[%|\n\r]/u,
  cmd: /[%!^&|<>\n\r]/u,
};

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
 * A program's argument on a Windows command line, as the C runtime (and Go, which the aliyun CLI is written in)
 * splits it: in double quotes, `"` as `\"`, and backslashes doubled where a quote follows them.
 * https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments
 */
function windowsQuote(word: string): string {
  if (PLAIN_WORD.test(word)) {
    return word;
  }
  let quoted = '"';
  let backslashes = 0;
  for (const character of word) {
    if (character === '\\') {
      backslashes += 1;
      continue;
    }
    quoted += '\\'.repeat(character === '"' ? backslashes * 2 + 1 : backslashes) + character;
    backslashes = 0;
  }
  return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
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
    case 'cmd': {
      const refused = WINDOWS_REFUSED[shell].exec(word);
      if (refused) {
        throw new UnquotableValue(shell, refused[0], false);
      }
      return windowsQuote(word);
    }
  }
}

/**
 * How the program's name starts the command: PowerShell gets its stop-parsing token, after which it passes the rest
 * of the line to the program as it is, the same in Windows PowerShell 5.1 and PowerShell 7 (whose own passing of
 * quoted arguments to programs differs between versions).
 */
export const commandStart = (shell: Shell, program: string): string => (shell === 'powershell' ? `${program} --%` : program);

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
