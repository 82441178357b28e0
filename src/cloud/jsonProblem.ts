import { type ParseError, parse } from 'jsonc-parser';

/** Where a JSON text first goes wrong, 1-based; never any of the text itself (it may hold secrets). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The position of the first syntax error of a text that `JSON.parse` refused, when it can be told. */
export function jsonProblemPosition(text: string): TextPosition | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (!first) {
    return undefined;
  }
  const before = text.slice(0, first.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: first.offset - lineStart + 1 };
}
