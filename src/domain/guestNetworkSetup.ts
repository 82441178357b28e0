import { cidrContains, parseCidr, parseIpv4 } from './ipv4';

/**
 * What a Linux guest needs for an attached secondary ENI to carry traffic, as Alibaba Cloud describes it
 * (https://www.alibabacloud.com/help/en/ecs/user-guide/create-an-eni, "Configure the ENI in the OS", and
 * https://www.alibabacloud.com/help/en/ecs/user-guide/configure-nic-routing): the interface up, its address (DHCP
 * hands out the ENI's primary address), its secondary addresses added by hand, and, when it shares a subnet with another
 * interface, a routing table of its own (1000 + its device index, the documented convention) with a default route via
 * the vSwitch's gateway and a rule for each of its addresses, so that replies leave by the interface they came in on.
 *
 * The guest is asked first (a probe), the script holds only the steps still missing, and a check afterwards reads the
 * interface, its addresses, the rules and the table back. Scripts are linear `sh`: no variables, no pipes, so what is
 * shown to the user is exactly what runs. Interfaces are found by MAC, never by name.
 */

/** The ENI as ECS describes it. */
export interface EniFacts {
  readonly macAddress: string;
  readonly primaryIp: string;
  readonly secondaryIps: readonly string[];
  /** The vSwitch's CIDR block, `172.16.181.0/24`. */
  readonly vSwitchCidr: string;
  /** ECS's DeviceIndex: 1 for the first secondary ENI. */
  readonly deviceIndex: number;
}

/** One interface as `ip -br link` and `ip -br addr` print it. */
export interface GuestLink {
  readonly name: string;
  readonly state: string;
  readonly mac: string;
  readonly addresses: readonly string[];
}

export interface GuestRuleLine {
  readonly priority: number;
  readonly from: string;
  readonly table: string;
}

/** What the probe found. */
export interface GuestProbe {
  readonly osName: string;
  readonly links: readonly GuestLink[];
  readonly rules: readonly GuestRuleLine[];
  /** The image's own setup of secondary ENIs, when one is installed: `multi-nic-util`, `NetworkManager`. */
  readonly setup: string | undefined;
  readonly hasDhclient: boolean;
}

const MARK = '@@alicloud-ecs ';

/** Reads the guest without changing it: the image, the interfaces with their MACs and addresses, the rules, the tools. */
export const PROBE_SCRIPT = [
  `echo '${MARK}os'`,
  'cat /etc/os-release',
  `echo '${MARK}link'`,
  'ip -br link',
  `echo '${MARK}addr'`,
  'ip -br addr',
  `echo '${MARK}rule'`,
  'ip rule',
  `echo '${MARK}tools'`,
  'command -v eni-ifscan || true',
  'command -v nmcli || true',
  'command -v dhclient || true',
].join('\n');

function sections(output: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(MARK)) {
      current = line.slice(MARK.length).trim();
      found.set(current, []);
    } else if (current !== undefined && line.trim() !== '') {
      found.get(current)?.push(line);
    }
  }
  return found;
}

/** `eth1             UP             172.16.181.241/24 fe80::…/64 `: the name, the state, and what follows. */
function brief(line: string): { name: string; state: string; rest: string[] } {
  const [name = '', state = '', ...rest] = line.trim().split(/\s+/);
  return { name: name.replace(/@.*$/, ''), state, rest };
}

export function parseProbe(output: string): GuestProbe {
  const parts = sections(output);
  const osLines = parts.get('os') ?? [];
  const pretty = osLines.find((line) => line.startsWith('PRETTY_NAME='));
  const addresses = new Map((parts.get('addr') ?? []).map((line) => brief(line)).map((item) => [item.name, item.rest]));
  const links = (parts.get('link') ?? [])
    .map((line) => brief(line))
    .map((item) => ({
      name: item.name,
      state: item.state,
      mac: (item.rest[0] ?? '').toLowerCase(),
      addresses: addresses.get(item.name) ?? [],
    }));
  const tools = (parts.get('tools') ?? []).map((line) => line.trim().split('/').pop() ?? '');
  return {
    osName: pretty ? pretty.slice('PRETTY_NAME='.length).replace(/^"|"$/g, '') : '',
    links,
    rules: parseRules(parts.get('rule') ?? []),
    setup: tools.includes('eni-ifscan') ? 'multi-nic-util' : tools.includes('nmcli') ? 'NetworkManager' : undefined,
    hasDhclient: tools.includes('dhclient'),
  };
}

/** `1001:	from 172.16.181.241 lookup 1001` lines. */
export function parseRules(lines: readonly string[]): GuestRuleLine[] {
  return lines.flatMap((line) => {
    const match = /^(\d+):\s+from (\S+) lookup (\S+)/.exec(line.trim());
    return match ? [{ priority: Number(match[1]), from: (match[2] ?? '').replace(/\/32$/, ''), table: match[3] ?? '' }] : [];
  });
}

/** The network of an address with a prefix, as a number and the prefix; undefined for what is not IPv4. */
function subnetOf(address: string): string | undefined {
  const [ip = '', prefixText = ''] = address.split('/');
  const value = parseIpv4(ip);
  const prefix = Number(prefixText);
  if (value === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    return undefined;
  }
  const size = 2 ** (32 - prefix);
  return `${Math.floor(value / size) * size}/${prefix}`;
}

/** The vSwitch's gateway: its last address but two (Alibaba Cloud's examples: `.253` of a /24, the block's first and last three reserved). */
export function gatewayOf(cidr: string): string | undefined {
  const block = parseCidr(cidr);
  if (!block || block.prefixLength < 1 || block.prefixLength > 29) {
    return undefined;
  }
  return formatIpv4(block.network + 2 ** (32 - block.prefixLength) - 3);
}

const formatIpv4 = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

/** What Linux allows in an interface name that a script may hold: 1 to 15 of letters, digits, `_`, `.`, `-`. */
const INTERFACE_NAME = /^[A-Za-z0-9_.-]{1,15}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

/**
 * Why these facts cannot go into a script, when they cannot: every value a script holds comes from ECS's answers or
 * from what the guest printed, and only addresses, a MAC, a block and an interface name of their exact forms pass.
 */
export function unusableFacts(eni: EniFacts): string | undefined {
  const block = parseCidr(eni.vSwitchCidr);
  if (!block || gatewayOf(eni.vSwitchCidr) === undefined) {
    return `vSwitch CIDR block “${eni.vSwitchCidr}”`;
  }
  if (!MAC.test(eni.macAddress)) {
    return `MAC address “${eni.macAddress}”`;
  }
  if (!Number.isInteger(eni.deviceIndex) || eni.deviceIndex < 1 || eni.deviceIndex > 64) {
    return `device index ${eni.deviceIndex}`;
  }
  const bad = [eni.primaryIp, ...eni.secondaryIps].find((ip) => {
    const value = parseIpv4(ip);
    return value === undefined || !cidrContains(block, value);
  });
  return bad === undefined ? undefined : `address “${bad}”`;
}

/** Where the guest stands with the ENI, and the script of the steps still missing. */
export type SetupPlan =
  | { readonly kind: 'notSeen' }
  /** A value from ECS or the guest is not of the form a script may hold: nothing is planned. */
  | { readonly kind: 'unusable'; readonly what: string }
  | { readonly kind: 'configured'; readonly interfaceName: string; readonly setup: string | undefined }
  | {
      readonly kind: 'steps';
      readonly interfaceName: string;
      readonly table: string | undefined;
      readonly script: string;
      readonly steps: readonly string[];
    };

/** The routing table of a secondary ENI: 1000 + its device index. */
export const tableOf = (eni: Pick<EniFacts, 'deviceIndex'>): string => String(1000 + eni.deviceIndex);

export function planSetup(probe: GuestProbe, eni: EniFacts): SetupPlan {
  const unusable = unusableFacts(eni);
  if (unusable !== undefined) {
    return { kind: 'unusable', what: unusable };
  }
  const link = probe.links.find((candidate) => candidate.mac === eni.macAddress.toLowerCase());
  const prefix = String(parseCidr(eni.vSwitchCidr)?.prefixLength ?? 32);
  const gateway = gatewayOf(eni.vSwitchCidr) ?? '';
  if (!link) {
    return { kind: 'notSeen' };
  }
  if (!INTERFACE_NAME.test(link.name)) {
    return { kind: 'unusable', what: `interface name “${link.name}”` };
  }
  const name = link.name;
  const own = (ip: string): string => `${ip}/${prefix}`;
  const subnet = subnetOf(own(eni.primaryIp));
  const sharesSubnet = probe.links.some(
    (other) => other.name !== name && other.addresses.some((address) => subnet !== undefined && subnetOf(address) === subnet),
  );
  const table = sharesSubnet ? tableOf(eni) : undefined;
  const steps: string[] = [];
  if (link.state !== 'UP') {
    steps.push(`ip link set dev ${name} up`);
  }
  if (!link.addresses.includes(own(eni.primaryIp))) {
    steps.push(probe.hasDhclient ? `dhclient -1 ${name}` : `ip addr add ${own(eni.primaryIp)} dev ${name}`);
  }
  for (const ip of eni.secondaryIps.filter((candidate) => !link.addresses.includes(own(candidate)))) {
    steps.push(`ip addr add ${own(ip)} dev ${name}`);
  }
  if (table !== undefined) {
    const missingRules = [eni.primaryIp, ...eni.secondaryIps].filter(
      (ip) => !probe.rules.some((rule) => rule.from === ip && rule.table === table),
    );
    if (steps.length > 0 || missingRules.length > 0) {
      steps.push(`ip route replace default via ${gateway} dev ${name} table ${table}`);
    }
    steps.push(...missingRules.map((ip) => `ip rule add from ${ip} lookup ${table} priority ${table}`));
  }
  if (steps.length === 0) {
    return { kind: 'configured', interfaceName: name, setup: probe.setup };
  }
  return { kind: 'steps', interfaceName: name, table, steps, script: ['set -e', ...steps].join('\n') };
}

/** Reads back what the setup should have left: the link, its addresses, the rules, and the table when there is one. */
export function verifyScript(interfaceName: string, table: string | undefined): string {
  return [
    `echo '${MARK}link'`,
    `ip -br link show dev ${interfaceName}`,
    `echo '${MARK}addr'`,
    `ip -br addr show dev ${interfaceName}`,
    `echo '${MARK}rule'`,
    'ip rule',
    ...(table === undefined ? [] : [`echo '${MARK}table'`, `ip route show table ${table}`]),
  ].join('\n');
}

/** One thing checked from inside the guest, and whether it holds. */
export interface GuestCheck {
  readonly what: 'up' | 'mac' | 'address' | 'rule' | 'route';
  /** The address, MAC or route checked. */
  readonly subject: string;
  readonly holds: boolean;
}

export function checkSetup(output: string, eni: EniFacts, table: string | undefined): GuestCheck[] {
  const parts = sections(output);
  const link = brief(parts.get('link')?.[0] ?? '');
  const addresses = brief(parts.get('addr')?.[0] ?? '').rest;
  const rules = parseRules(parts.get('rule') ?? []);
  const prefix = String(parseCidr(eni.vSwitchCidr)?.prefixLength ?? 32);
  const gateway = gatewayOf(eni.vSwitchCidr) ?? '';
  const ips = [eni.primaryIp, ...eni.secondaryIps];
  return [
    { what: 'up', subject: link.name, holds: link.state === 'UP' },
    { what: 'mac', subject: eni.macAddress, holds: (link.rest[0] ?? '').toLowerCase() === eni.macAddress.toLowerCase() },
    ...ips.map((ip): GuestCheck => ({ what: 'address', subject: `${ip}/${prefix}`, holds: addresses.includes(`${ip}/${prefix}`) })),
    ...(table === undefined
      ? []
      : [
          ...ips.map((ip): GuestCheck => ({
            what: 'rule',
            subject: `from ${ip} lookup ${table}`,
            holds: rules.some((rule) => rule.from === ip && rule.table === table),
          })),
          {
            what: 'route' as const,
            subject: `default via ${gateway} table ${table}`,
            holds: (parts.get('table') ?? []).some((line) => line.trim().startsWith(`default via ${gateway} dev ${link.name}`)),
          },
        ]),
  ];
}
