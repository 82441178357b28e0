/** The qualifiers the tree's filter knows; any other `word:` is free text. */
export const FILTER_QUALIFIERS = ['status', 'vpc', 'vswitch', 'sg', 'zone'] as const;
export type FilterQualifier = (typeof FILTER_QUALIFIERS)[number];

/** One term of the filter, with the user's own case (the view shows it; matching ignores case). */
export type FilterTerm =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tag'; readonly key: string; readonly value: string }
  | { readonly kind: FilterQualifier; readonly value: string };

/** Beyond these, the text is not read: the filter runs on every row of lists of 10,000, at each keystroke. */
export const MAX_FILTER_LENGTH = 1000;
export const MAX_FILTER_TERMS = 16;

/** A run of a term's characters, inside quotes or not: only unquoted `:` and `=` are syntax. */
interface Piece {
  readonly text: string;
  readonly quoted: boolean;
}
type Token = readonly Piece[];

const QUOTES = new Set(['"', '\u201c', '\u201d']);
const SPACES = new Set([' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pieces: Piece[] = [];
  let current = '';
  let quoted = false;
  let inToken = false;
  const endPiece = (): void => {
    if (current !== '') {
      pieces.push({ text: current, quoted });
      current = '';
    }
  };
  for (const char of text) {
    if (QUOTES.has(char)) {
      endPiece();
      quoted = !quoted;
      inToken = true;
    } else if (!quoted && SPACES.has(char)) {
      endPiece();
      if (inToken) {
        tokens.push(pieces);
      }
      pieces = [];
      inToken = false;
    } else {
      current += char;
      inToken = true;
    }
  }
  endPiece();
  if (inToken) {
    tokens.push(pieces);
  }
  return tokens;
}

const joined = (token: Token): string => token.map((piece) => piece.text).join('');

/** Where `char` first stands outside quotes in the token's text; -1 when nowhere. */
function unquotedIndex(token: Token, char: string): number {
  let offset = 0;
  for (const piece of token) {
    const at = piece.quoted ? -1 : piece.text.indexOf(char);
    if (at >= 0) {
      return offset + at;
    }
    offset += piece.text.length;
  }
  return -1;
}

function qualifierOf(token: Token): FilterQualifier | undefined {
  const first = token[0];
  const colon = first && !first.quoted ? first.text.indexOf(':') : -1;
  const name = colon > 0 ? first?.text.slice(0, colon).toLowerCase() : undefined;
  return FILTER_QUALIFIERS.find((qualifier) => qualifier === name);
}

/** A term that may stand on either side of a tag's `=` or after a qualifier's `:`. */
const isWord = (token: Token): boolean => qualifierOf(token) === undefined && unquotedIndex(token, '=') < 0;
const startsWithEquals = (token: Token): boolean => unquotedIndex(token, '=') === 0;
const endsWithEquals = (token: Token): boolean => {
  const last = token[token.length - 1];
  return last !== undefined && !last.quoted && last.text.endsWith('=');
};
const isBareQualifier = (token: Token): boolean => qualifierOf(token) !== undefined && joined(token).endsWith(':') && token.length === 1;

/** `env = prod`, `env =prod`, `env= prod` and `status: Running` are one term each, as the filter always took them. */
function glue(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let joinNext = false;
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last && joinNext && isWord(token)) {
      out[out.length - 1] = [...last, ...token];
      joinNext = false;
    } else if (last && !joinNext && isWord(last) && startsWithEquals(token)) {
      const merged = [...last, ...token];
      out[out.length - 1] = merged;
      joinNext = endsWithEquals(merged);
    } else {
      out.push(token);
      joinNext = endsWithEquals(token) || isBareQualifier(token);
    }
  }
  return out;
}

function classify(token: Token): FilterTerm | undefined {
  const text = joined(token);
  const qualifier = qualifierOf(token);
  if (qualifier) {
    const value = text.slice(qualifier.length + 1).trim();
    return value === '' ? undefined : { kind: qualifier, value };
  }
  const equals = unquotedIndex(token, '=');
  if (equals >= 0 && text.length > 1) {
    return { kind: 'tag', key: text.slice(0, equals).trim(), value: text.slice(equals + 1).trim() };
  }
  return text.trim() === '' ? undefined : { kind: 'text', value: text };
}

/**
 * The terms of the filter text: separated by spaces, except inside double quotes and around a tag's `=`. A qualifier
 * with nothing after it (`status:` while it is typed) is no term yet. Only the first MAX_FILTER_LENGTH characters and
 * MAX_FILTER_TERMS terms count.
 */
export function parseFilter(text: string): FilterTerm[] {
  return glue(tokenize(text.slice(0, MAX_FILTER_LENGTH)))
    .map(classify)
    .filter((term): term is FilterTerm => term !== undefined)
    .slice(0, MAX_FILTER_TERMS);
}
