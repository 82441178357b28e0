import { assertNoSecrets, type EcsRequest } from './ecsRequest';
import { commandFor, quoteFor, type Shell } from './shellQuoting';

export interface AliyunCliOptions {
  /** The aliyun CLI profile to run as (`--profile`); the CLI's current profile when undefined. */
  readonly profile?: string;
  /** The shell the command is written for; POSIX (sh, bash, zsh) when undefined. */
  readonly shell?: Shell;
}

const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

/**
 * The aliyun CLI reads an argument that starts with `-` as a flag, so such a value is joined to its name with `=`
 * (the CLI splits `--Name=value` at the first `=`); an empty value stays a word of its own, as `--Name=` would take
 * the next argument as the value. https://github.com/aliyun/aliyun-cli/blob/master/cli/parser.go
 */
function flag(shell: Shell, name: string, value: string): string {
  if (!value.startsWith('-')) {
    return `--${name} ${quoteFor(shell, value)}`;
  }
  // PowerShell may take a bare word that starts with `-` for a parameter of its own: the whole word is quoted there.
  return shell === 'powershell' ? quoteFor(shell, `--${name}=${value}`) : `--${name}=${quoteFor(shell, value)}`;
}

/**
 * `aliyun ecs <Action> --<Param> <value> …` for one request, as text for the shell given (POSIX by default). The CLI passes each unknown
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
  const shell = options.shell ?? 'posix';
  const words = ['ecs', request.action];
  if (options.profile !== undefined) {
    words.push(flag(shell, 'profile', options.profile));
  }
  if (!request.params.some(([name]) => name === 'RegionId')) {
    words.push(flag(shell, 'region', request.regionId));
  }
  words.push(...request.params.map(([name, value]) => flag(shell, name, value)));
  return commandFor(shell, 'aliyun', words);
}
