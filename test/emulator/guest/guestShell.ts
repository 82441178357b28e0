import type { EmAccount, EmInstance } from '../model';
import { guestOf } from './guest';
import { type OutputChunk, OS_RELEASES, type ScriptRun } from './guestTypes';
import { guestInterfaces } from './guestNetwork';
import { type CommandResult, failed, ok, runIp } from './ipCommand';
import { parseScript, UnsupportedSyntax } from './shellSyntax';

interface Host {
  readonly account: EmAccount;
  readonly instance: EmInstance;
}

const BUILTINS = new Set(['echo', 'true', 'false', 'exit', 'set', 'sleep', 'command', 'cd']);
/** The programs of every modelled image, where `command -v` finds them. */
const PROGRAMS: Record<string, string> = {
  ip: '/usr/sbin/ip',
  cat: '/usr/bin/cat',
  hostname: '/usr/bin/hostname',
  dhclient: '/usr/sbin/dhclient',
};
/** Where each image's setup of secondary ENIs can be found (multi-nic-util's scanner, NetworkManager's client). */
const SETUP_PROGRAMS: Record<string, { readonly setup: string; readonly path: string }> = {
  'eni-ifscan': { setup: 'multi-nic-util', path: '/sbin/eni-ifscan' },
  nmcli: { setup: 'networkmanager', path: '/usr/bin/nmcli' },
};

function osRelease(instance: EmInstance): string {
  const release = OS_RELEASES[guestOf(instance).os];
  return `NAME="${release.name}"\nID="${release.id}"\nVERSION_ID="${release.versionId}"\nPRETTY_NAME="${release.prettyName}"\n`;
}

/** `dhclient [-1] [-v] NAME`: the interface up with the address the VPC's DHCP hands out, and a default route if none. */
function dhclient(host: Host, args: readonly string[]): CommandResult {
  const name = args.filter((arg) => !arg.startsWith('-')).at(-1);
  const item = guestInterfaces(host.account, host.instance).find((candidate) => candidate.name === name);
  if (!item) {
    return failed(`Cannot find device "${name ?? ''}"`);
  }
  item.link.up = true;
  const address = `${item.eni.privateIpAddress}/${item.prefixLength}`;
  if (!item.link.addresses.includes(address)) {
    item.link.addresses.unshift(address);
  }
  const guest = guestOf(host.instance);
  if (!guest.routes.some((route) => route.table === 'main' && route.destination === 'default')) {
    guest.routes.push({ table: 'main', destination: 'default', via: item.gateway, dev: item.name, proto: 'dhcp' });
  }
  return ok();
}

function commandV(host: Host, args: readonly string[]): CommandResult {
  const name = args[1] ?? '';
  if (args[0] !== '-v') {
    return failed('The emulated guest models only: command -v NAME.', 2);
  }
  if (BUILTINS.has(name)) {
    return ok(`${name}\n`);
  }
  const setupProgram = SETUP_PROGRAMS[name];
  const path = setupProgram
    ? guestOf(host.instance).secondaryEniSetup === setupProgram.setup
      ? setupProgram.path
      : undefined
    : PROGRAMS[name];
  return path === undefined ? { stdout: '', stderr: '', exitCode: 1 } : ok(`${path}\n`);
}

/** Runs one simple command; `exit` and `sleep` are told apart by the caller. */
function runCommand(host: Host, words: readonly string[]): CommandResult {
  const [name = '', ...args] = words;
  switch (name) {
    case 'echo':
      return args[0] === '-n' ? ok(args.slice(1).join(' ')) : ok(`${args.join(' ')}\n`);
    case 'true':
    case 'cd':
      return ok();
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'hostname':
      return ok(`iZ${host.instance.instanceId.slice(2)}Z\n`);
    case 'cat':
      return args.length === 1 && args[0] === '/etc/os-release'
        ? ok(osRelease(host.instance))
        : failed(`cat: ${args[0] ?? ''}: No such file or directory`);
    case 'command':
      return commandV(host, args);
    case 'ip':
      return runIp(host, args);
    case 'dhclient':
      return dhclient(host, args);
    default:
      return failed(`sh: 1: ${name}: not found`, 127);
  }
}

/**
 * Runs a script on the guest, changing its state as the commands would. `set -e` stops at the first failure; `exit N`
 * ends with N; otherwise the script ends with the status of its last command, as `sh` does.
 */
export function runScript(host: Host, script: string): ScriptRun {
  const chunks: OutputChunk[] = [];
  let elapsedMs = 0;
  const print = (text: string): void => {
    if (text !== '') {
      chunks.push({ atMs: elapsedMs, text });
    }
  };
  let commands;
  try {
    commands = parseScript(script);
  } catch (caught) {
    const reason = caught instanceof UnsupportedSyntax ? caught.message : 'a syntax error';
    return { chunks: [{ atMs: 0, text: `sh: 1: Syntax error: ${reason}\n` }], exitCode: 2, durationMs: 0 };
  }
  let status = 0;
  let errexit = false;
  for (const [index, command] of commands.entries()) {
    if ((command.joinedBy === '&&' && status !== 0) || (command.joinedBy === '||' && status === 0)) {
      continue;
    }
    const [name, ...args] = command.words;
    if (name === 'exit') {
      return { chunks, exitCode: args[0] === undefined ? status : Number(args[0]) % 256, durationMs: elapsedMs };
    }
    if (name === 'set') {
      errexit = args.some((arg) => /^-[a-z]*e/.test(arg)) || (errexit && !args.includes('+e'));
      status = 0;
      continue;
    }
    if (name === 'sleep') {
      const seconds = Number(args[0]);
      status = Number.isFinite(seconds) && seconds >= 0 ? 0 : 1;
      elapsedMs += status === 0 ? seconds * 1000 : 0;
      continue;
    }
    const result = runCommand(host, command.words);
    print(command.quiet ? '' : result.stdout);
    print(command.quietErrors ? '' : result.stderr);
    status = result.exitCode;
    const lastOfItsList = (commands[index + 1]?.joinedBy ?? ';') === ';';
    if (errexit && status !== 0 && lastOfItsList) {
      return { chunks, exitCode: status, durationMs: elapsedMs };
    }
  }
  return { chunks, exitCode: status, durationMs: elapsedMs };
}
