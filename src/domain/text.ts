/**
 * Words for the user that the domain writes: an English template with `{0}`-style holes and what goes in them, so
 * that the UI can show the template in the display language (the English is the key of the translation bundle).
 */
export interface Text {
  readonly template: string;
  readonly args: readonly string[];
}

/** Fills a template's holes (`{0}`, `{1}`…) with its arguments. */
export function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (hole, index: string) => args[Number(index)] ?? hole);
}

/** Whether VS Code's display language (`zh-cn`, `zh-tw`, `en`…) is a Chinese one. */
export function readsChinese(displayLanguage: string): boolean {
  return displayLanguage.toLowerCase().startsWith('zh');
}
