/**
 * Text that came from outside (ECS's answers, a file, another extension) made inert for VS Code's link syntax: a space
 * between `]` and `(` keeps every character readable while nothing can be taken for a link.
 */
export function inertText(text: string): string {
  return text.replace(/\](?=\()/g, '] ');
}
