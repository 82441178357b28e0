/**
 * The little of POSIX shell syntax the emulated guest reads: words with single and double quotes, comments, `;` and
 * newlines, `&&` and `||`, and the redirections `>/dev/null`, `2>/dev/null` and `2>&1`. Pipes, variables, globs and
 * compound commands are refused as a syntax the guest does not model, so that a script relying on them fails a test.
 */

/** A simple command and how it joins the one before it. */
export interface SimpleCommand {
  readonly words: readonly string[];
  readonly joinedBy: ';' | '&&' | '||';
  /** Its standard output goes to /dev/null. */
  readonly quiet: boolean;
  /** Its standard error goes to /dev/null. */
  readonly quietErrors: boolean;
}

export class UnsupportedSyntax extends Error {}

type Token = { kind: 'word'; text: string } | { kind: 'op'; text: ';' | '&&' | '||' | 'redirect-out' | 'redirect-err' };

function tokens(line: string): Token[] {
  const found: Token[] = [];
  let index = 0;
  while (index < line.length) {
    const char = line.charAt(index);
    if (char === ' ' || char === '\t') {
      index += 1;
    } else if (char === '#') {
      while (index < line.length && line.charAt(index) !== '\n') {
        index += 1;
      }
    } else if (char === '\n' || char === ';') {
      found.push({ kind: 'op', text: ';' });
      index += 1;
    } else if (line.startsWith('&&', index) || line.startsWith('||', index)) {
      found.push({ kind: 'op', text: line.slice(index, index + 2) as '&&' | '||' });
      index += 2;
    } else if (line.startsWith('2>&1', index)) {
      index += 4;
    } else if (line.startsWith('>/dev/null', index) || line.startsWith('1>/dev/null', index)) {
      found.push({ kind: 'op', text: 'redirect-out' });
      index += line.startsWith('1', index) ? 11 : 10;
    } else if (line.startsWith('2>/dev/null', index)) {
      found.push({ kind: 'op', text: 'redirect-err' });
      index += 11;
    } else if ('|&<>()`$*?{}'.includes(char)) {
      throw new UnsupportedSyntax(`the emulated guest does not model "${char}"`);
    } else {
      const read = word(line, index);
      found.push({ kind: 'word', text: read.text });
      index = read.end;
    }
  }
  return found;
}

function word(line: string, start: number): { text: string; end: number } {
  let text = '';
  let index = start;
  while (index < line.length && !' \t\n;&|#<>'.includes(line.charAt(index))) {
    const char = line.charAt(index);
    if (char === "'" || char === '"') {
      const close = line.indexOf(char, index + 1);
      if (close < 0) {
        throw new UnsupportedSyntax('an unterminated quote');
      }
      const quoted = line.slice(index + 1, close);
      if (char === '"' && /[$`\\]/.test(quoted)) {
        throw new UnsupportedSyntax('the emulated guest does not expand inside double quotes');
      }
      text += quoted;
      index = close + 1;
    } else if ('`$*?{}()|'.includes(char)) {
      throw new UnsupportedSyntax(`the emulated guest does not model "${char}"`);
    } else {
      text += char;
      index += 1;
    }
  }
  return { text, end: index };
}

/** The simple commands of a script, in order. */
export function parseScript(script: string): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let quiet = false;
  let quietErrors = false;
  let joinedBy: SimpleCommand['joinedBy'] = ';';
  const end = (next: SimpleCommand['joinedBy']): void => {
    if (words.length > 0) {
      commands.push({ words, joinedBy, quiet, quietErrors });
    } else if (next !== ';') {
      throw new UnsupportedSyntax(`"${next}" without a command before it`);
    }
    words = [];
    quiet = false;
    quietErrors = false;
    joinedBy = next;
  };
  for (const token of tokens(script)) {
    if (token.kind === 'word') {
      words.push(token.text);
    } else if (token.text === 'redirect-out') {
      quiet = true;
    } else if (token.text === 'redirect-err') {
      quietErrors = true;
    } else {
      end(token.text);
    }
  }
  end(';');
  return commands;
}
