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

// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Text that came from ECS (a name, a description), fit to show in a picker, a modal or a message: control and bidi
 * characters become a space (no forged lines), `$(` cannot draw an icon, and it is cut at `max` characters.
 */
export function displayText(text: string, max = 128): string {
  const clean = text.replace(CONTROL_OR_BIDI, ' ').replaceAll('$(', '$ (');
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}
