import { parseAddress } from '../addresses';
import type { EmAccount, EmInstance } from '../model';
import { guestOf } from './guest';
import type { GuestRoute, GuestRule } from './guestTypes';
import { type GuestInterface, guestInterfaces, kernelRoutes } from './guestNetwork';

/** What one command printed, and how it ended. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
export const failed = (stderr: string, exitCode = 1): CommandResult => ({ stdout: '', stderr: `${stderr}\n`, exitCode });

const LOOPBACK_MAC = '00:00:00:00:00:00';
const OBJECTS: Record<string, 'addr' | 'link' | 'route' | 'rule'> = {
  a: 'addr',
  addr: 'addr',
  address: 'addr',
  l: 'link',
  link: 'link',
  r: 'route',
  route: 'route',
  ru: 'rule',
  rule: 'rule',
};

interface Host {
  readonly account: EmAccount;
  readonly instance: EmInstance;
}

/**
 * `eth0             UP             172.16.181.226/24 `: iproute2's brief output pads the name to 16 columns and the
 * state to 14, and ends every item with a space.
 */
const briefLine = (name: string, state: string, items: readonly string[]): string =>
  `${name.padEnd(16)} ${state.padEnd(14)} ${items.map((item) => `${item} `).join('')}`;

function brief(what: 'addr' | 'link', interfaces: readonly GuestInterface[], family: '4' | '6' | undefined): string {
  const lines = [
    what === 'link'
      ? briefLine('lo', 'UNKNOWN', [LOOPBACK_MAC, '<LOOPBACK,UP,LOWER_UP>'])
      : briefLine('lo', 'UNKNOWN', [family !== '6' ? '127.0.0.1/8' : '', family !== '4' ? '::1/128' : ''].filter(Boolean)),
  ];
  for (const item of interfaces) {
    const state = item.link.up ? 'UP' : 'DOWN';
    if (what === 'link') {
      lines.push(briefLine(item.name, state, [item.eni.macAddress, `<BROADCAST,MULTICAST${item.link.up ? ',UP,LOWER_UP' : ''}>`]));
    } else {
      const addresses = item.link.addresses.filter((address) => family === undefined || address.includes(':') === (family === '6'));
      lines.push(briefLine(item.name, state, addresses));
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

function routeLine(route: GuestRoute & { src?: string }): string {
  const parts = [route.destination];
  if (route.via !== undefined) {
    parts.push('via', route.via);
  }
  parts.push('dev', route.dev);
  if (route.proto !== undefined) {
    parts.push('proto', route.proto);
  }
  if (route.src !== undefined) {
    parts.push('scope', 'link', 'src', route.src);
  }
  if (route.metric !== undefined) {
    parts.push('metric', String(route.metric));
  }
  return `${parts.join(' ')} `;
}

const ruleLine = (rule: GuestRule): string => `${rule.priority}:\tfrom ${rule.from} lookup ${rule.table}`;

const BUILT_IN_RULES: readonly GuestRule[] = [
  { priority: 0, from: 'all', table: 'local' },
  { priority: 32766, from: 'all', table: 'main' },
  { priority: 32767, from: 'all', table: 'default' },
];

/** `key value` pairs after the leading words of an `ip … add` command. */
function options(words: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let index = 0; index + 1 < words.length; index += 2) {
    found.set(words[index] ?? '', words[index + 1] ?? '');
  }
  return found;
}

class IpCommand {
  private readonly interfaces: GuestInterface[];

  constructor(private readonly host: Host) {
    this.interfaces = guestInterfaces(host.account, host.instance);
  }

  private get guest() {
    return guestOf(this.host.instance);
  }

  private device(name: string | undefined): GuestInterface | undefined {
    return this.interfaces.find((item) => item.name === name);
  }

  run(args: readonly string[]): CommandResult {
    let family: '4' | '6' | undefined;
    let briefOutput = false;
    let rest = [...args];
    while (rest[0]?.startsWith('-') === true) {
      const flag = rest[0];
      if (flag === '-br' || flag === '-brief') {
        briefOutput = true;
      } else if (flag === '-4' || flag === '-6') {
        family = flag === '-4' ? '4' : '6';
      } else {
        return failed(`Option "${flag}" is unknown, try "ip -help".`, 255);
      }
      rest = rest.slice(1);
    }
    const object = OBJECTS[rest[0] ?? ''];
    const verb = rest[1] ?? 'show';
    const words = rest.slice(2);
    if (object === undefined) {
      return failed(`Object "${rest[0] ?? ''}" is unknown, try "ip help".`, 255);
    }
    if (object === 'rule') {
      return this.rule(verb, words);
    }
    if (object === 'route') {
      return this.route(verb, words);
    }
    if (verb === 'show' || verb === 'list' || verb === 'ls') {
      return this.show(object, words, briefOutput, family);
    }
    return object === 'link' ? this.link(verb, words) : this.address(verb, words);
  }

  private show(object: 'addr' | 'link', words: readonly string[], briefOutput: boolean, family: '4' | '6' | undefined): CommandResult {
    if (!briefOutput) {
      return failed('The emulated guest prints interfaces only in brief form: ip -br addr, ip -br link.', 2);
    }
    const name = words[0] === 'dev' ? words[1] : words[0];
    if (name === undefined) {
      return ok(brief(object, this.interfaces, family));
    }
    const item = this.device(name);
    if (!item) {
      return failed(`Device "${name}" does not exist.`);
    }
    return ok(brief(object, [item], family).split('\n').slice(1).join('\n'));
  }

  /** `ip link set [dev] NAME up|down`. */
  private link(verb: string, words: readonly string[]): CommandResult {
    const named = words[0] === 'dev' ? words.slice(1) : words;
    const state = named[1];
    if (verb !== 'set' || (state !== 'up' && state !== 'down')) {
      return failed('The emulated guest models only: ip link set dev NAME up|down.', 255);
    }
    const item = this.device(named[0]);
    if (!item) {
      return failed(`Cannot find device "${named[0] ?? ''}"`);
    }
    item.link.up = state === 'up';
    return ok();
  }

  /** `ip addr add|del ADDRESS/PREFIX dev NAME`. */
  private address(verb: string, words: readonly string[]): CommandResult {
    const address = words[0] ?? '';
    const item = this.device(options(words.slice(1)).get('dev'));
    if ((verb !== 'add' && verb !== 'del') || !/\/\d{1,3}$/.test(address)) {
      return failed('The emulated guest models only: ip addr add|del ADDRESS/PREFIX dev NAME.', 255);
    }
    if (!item) {
      return failed(`Cannot find device "${options(words.slice(1)).get('dev') ?? ''}"`);
    }
    const held = item.link.addresses.indexOf(address);
    if (verb === 'add') {
      if (held >= 0) {
        return failed('Error: ipv4: Address already assigned.', 2);
      }
      item.link.addresses.push(address);
    } else {
      if (held < 0) {
        return failed('RTNETLINK answers: Cannot assign requested address', 2);
      }
      item.link.addresses.splice(held, 1);
    }
    return ok();
  }

  private routes(): Array<GuestRoute & { src?: string }> {
    const up = new Set(this.interfaces.filter((item) => item.link.up).map((item) => item.name));
    return [...this.guest.routes.filter((route) => up.has(route.dev)), ...kernelRoutes(this.interfaces)];
  }

  /** `ip route [show [table N]]`, `ip route add|replace|del DEST [via GW] dev NAME [table N] [metric M] [proto P]`. */
  private route(verb: string, words: readonly string[]): CommandResult {
    if (verb === 'show' || verb === 'list' || verb === 'ls') {
      const table = options(words).get('table') ?? 'main';
      const shown = this.routes().filter((route) => table === 'all' || route.table === table);
      if (shown.length === 0 && table !== 'main' && table !== 'all') {
        return failed('Error: ipv4: FIB table does not exist.\nDump terminated', 2);
      }
      return ok(shown.map((route) => `${routeLine(route)}\n`).join(''));
    }
    const destination = words[0] ?? '';
    const given = options(words.slice(1));
    const table = given.get('table') ?? 'main';
    const dev = given.get('dev');
    const via = given.get('via');
    const item = this.device(dev);
    if ((verb !== 'add' && verb !== 'replace' && verb !== 'del') || dev === undefined) {
      return failed('The emulated guest models only: ip route add|replace|del DEST [via GW] dev NAME [table N].', 255);
    }
    if (!item) {
      return failed(`Cannot find device "${dev}"`);
    }
    const same = (route: GuestRoute): boolean => route.table === table && route.destination === destination;
    if (verb === 'del') {
      const before = this.guest.routes.length;
      this.guest.routes = this.guest.routes.filter((route) => !same(route));
      return before === this.guest.routes.length ? failed('RTNETLINK answers: No such process', 2) : ok();
    }
    if (via !== undefined && !this.onLink(item, via)) {
      return failed('Error: Nexthop has invalid gateway.', 2);
    }
    if (verb === 'add' && this.guest.routes.some(same)) {
      return failed('RTNETLINK answers: File exists', 2);
    }
    const metric = given.get('metric');
    this.guest.routes = this.guest.routes.filter((route) => !same(route));
    this.guest.routes.push({
      table,
      destination,
      dev: item.name,
      ...(via !== undefined ? { via } : {}),
      ...(given.has('proto') ? { proto: given.get('proto') } : {}),
      ...(metric !== undefined ? { metric: Number(metric) } : {}),
    });
    return ok();
  }

  /** A gateway is reachable through an interface that is up and holds an address of the gateway's subnet. */
  private onLink(item: GuestInterface, gateway: string): boolean {
    const target = parseAddress(gateway);
    return (
      item.link.up &&
      target !== undefined &&
      kernelRoutes([item]).some((route) => {
        const [network = '', prefix = '32'] = route.destination.split('/');
        const size = 2 ** (32 - Number(prefix));
        return Math.floor(target / size) * size === parseAddress(network);
      })
    );
  }

  /** `ip rule [show]`, `ip rule add|del from ADDRESS lookup|table N [priority|pref P]`. */
  private rule(verb: string, words: readonly string[]): CommandResult {
    const rules = this.guest.rules;
    if (verb === 'show' || verb === 'list') {
      const all = [...BUILT_IN_RULES, ...rules].sort((a, b) => a.priority - b.priority);
      return ok(all.map((rule) => `${ruleLine(rule)}\n`).join(''));
    }
    const given = options(words);
    const from = given.get('from');
    const table = given.get('lookup') ?? given.get('table');
    const priorityText = given.get('priority') ?? given.get('pref');
    if ((verb !== 'add' && verb !== 'del') || from === undefined || table === undefined) {
      return failed('The emulated guest models only: ip rule add|del from ADDRESS lookup N [priority P].', 255);
    }
    const address = from.replace(/\/32$/, '');
    const matches = (rule: GuestRule): boolean =>
      rule.from === address && rule.table === table && (priorityText === undefined || rule.priority === Number(priorityText));
    if (verb === 'del') {
      const index = rules.findIndex(matches);
      if (index < 0) {
        return failed('RTNETLINK answers: No such file or directory', 2);
      }
      rules.splice(index, 1);
      return ok();
    }
    // Without a priority the kernel puts the rule just before the first one above zero.
    const lowest = Math.min(32766, ...rules.map((rule) => rule.priority).filter((priority) => priority > 0));
    const priority = priorityText === undefined ? lowest - 1 : Number(priorityText);
    if (rules.some((rule) => rule.from === address && rule.table === table && rule.priority === priority)) {
      return failed('RTNETLINK answers: File exists', 2);
    }
    rules.push({ priority, from: address, table });
    return ok();
  }
}

/** `ip …` on the guest of `instance`. */
export const runIp = (host: Host, args: readonly string[]): CommandResult => new IpCommand(host).run(args);
