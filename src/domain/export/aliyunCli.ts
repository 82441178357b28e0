import { assertNoSecrets, type EcsRequest } from './ecsRequest';

export interface AliyunCliOptions {
  /** The aliyun CLI profile to run as (`--profile`); the CLI's current profile when undefined. */
  readonly profile?: string;
}

/** Words a shell takes as they are, zsh included (no `=` first: zsh would expand `=word` to a command's path). */
const PLAIN_WORD = /^[A-Za-z0-9_@%+,./:-][A-Za-z0-9_@%+,./:=-]*$/;
const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

/** Control characters a terminal acts on when they are pasted (escape sequences, Ctrl-C); a tab or a line break is data. */
const isTerminalControl = (code: number): boolean => code <= 0x08 || (code >= 0x0b && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);

/**
 * POSIX shell quoting: a plain word as it is, anything else in single quotes, each `'` written as `'\''`. A word with
 * a terminal control character is refused: no quoting keeps a terminal from acting on it when the command is pasted.
 */
export function shellQuote(word: string): string {
  if ([...word].some((character) => isTerminalControl(character.codePointAt(0) ?? 0))) {
    throw new Error('A value holds a control character; the command is not written, so that pasting it cannot act on a terminal.');
  }
  if (PLAIN_WORD.test(word)) {
    return word;
  }
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The aliyun CLI reads an argument that starts with `-` as a flag, so such a value is joined to its name with `=`
 * (the CLI splits `--Name=value` at the first `=`); an empty value stays a word of its own, as `--Name=` would take
 * the next argument as the value. https://github.com/aliyun/aliyun-cli/blob/master/cli/parser.go
 */
function flag(name: string, value: string): string {
  return value.startsWith('-') ? `--${name}=${shellQuote(value)}` : `--${name} ${shellQuote(value)}`;
}

/**
 * `aliyun ecs <Action> --<Param> <value> …` for one request, as POSIX shell text. The CLI passes each unknown
 * `--Name` on as the query parameter of that name, repeat lists as `--SecurityGroupIds.1 sg-…` and `--Tag.1.Key k`,
 * and a JSON parameter as its text (`--InstanceIds '["i-…"]'`): https://github.com/aliyun/aliyun-cli (README,
 * openapi/rpc.go, meta/api.go). `--RegionId` sets the region the CLI sends; an action that takes no RegionId gets the
 * CLI's `--region` instead, which picks the endpoint.
 */
export function aliyunCliCommand(request: EcsRequest, options: AliyunCliOptions = {}): string {
  assertNoSecrets(request);
  if (!ACTION.test(request.action)) {
    throw new Error(`"${request.action}" is not an ECS action name.`);
  }
  const bad = request.params.find(([name]) => !PARAM_NAME.test(name));
  if (bad !== undefined) {
    throw new Error(`${request.action}: "${bad[0]}" is not an ECS parameter name.`);
  }
  const words = ['aliyun', 'ecs', request.action];
  if (options.profile !== undefined) {
    words.push(flag('profile', options.profile));
  }
  if (!request.params.some(([name]) => name === 'RegionId')) {
    words.push(flag('region', request.regionId));
  }
  words.push(...request.params.map(([name, value]) => flag(name, value)));
  return words.join(' ');
}
