/**
 * HCL's quoted template strings (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#template-expressions):
 * `\` and `"` are escaped, control characters written as escapes, and `${` and `%{`, which would open an
 * interpolation or a directive, doubled to `$${` and `%%{`.
 */
export function hclString(text: string): string {
  let body = '';
  for (const char of text) {
    body += escapeChar(char);
  }
  // A function, not a string: in a replacement string `$$` means one `$`.
  return `"${body.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{')}"`;
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  const named = NAMED_ESCAPES[char];
  if (named !== undefined) {
    return named;
  }
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : char;
}

/** A list of strings on one line: `["a", "b"]`. */
export const hclList = (values: readonly string[]): string => `[${values.map(hclString).join(', ')}]`;

/** `name = value` lines with the `=` aligned, as `terraform fmt` aligns a run of one-line attributes. */
export function alignedAttributes(pairs: ReadonlyArray<readonly [string, string]>, indent: string): string[] {
  const width = Math.max(0, ...pairs.map(([name]) => [...name].length));
  return pairs.map(([name, value]) => `${indent}${name}${' '.repeat(width - [...name].length)} = ${value}`);
}
