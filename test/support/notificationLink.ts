/**
 * VS Code's own pattern for a link in the text of a notification (its `parseLinkedText`): `[label](target)` where the
 * target starts with `https://`, `http://`, `command:` or `file:`. A link made of someone else's text could run a
 * command with arguments of their choosing at a click.
 */
export const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
