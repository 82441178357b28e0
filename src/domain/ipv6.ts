/** IPv6 addresses and CIDR blocks, as 128-bit numbers, for the checks of an ENI's IPv6 addresses against its vSwitch. */

export interface Ipv6Block {
  readonly network: bigint;
  readonly prefixLength: number;
}

const GROUP = /^[0-9a-f]{1,4}$/i;

function groups(part: string): bigint[] | undefined {
  if (part === '') {
    return [];
  }
  const found = part.split(':');
  return found.every((group) => GROUP.test(group)) ? found.map((group) => BigInt(`0x${group}`)) : undefined;
}

/** The address as a number; undefined unless it is eight hexadecimal groups, or fewer with one `::` (no dotted tail). */
export function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) {
    return undefined;
  }
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) {
    return undefined;
  }
  const count = head.length + tail.length;
  if (halves.length === 2 ? count > 7 : count !== 8) {
    return undefined;
  }
  const all = [...head, ...Array<bigint>(8 - count).fill(0n), ...tail];
  return all.reduce((value, group) => (value << 16n) | group, 0n);
}

/** `2001:db8::/64`; undefined when malformed or when the address has host bits set. */
export function parseIpv6Cidr(text: string): Ipv6Block | undefined {
  const [address, length, ...rest] = text.split('/');
  const network = parseIpv6(address ?? '');
  const prefixLength = Number(length);
  if (network === undefined || rest.length > 0 || !/^\d{1,3}$/.test(length ?? '') || prefixLength > 128) {
    return undefined;
  }
  return network % ipv6BlockSize(prefixLength) === 0n ? { network, prefixLength } : undefined;
}

const ipv6BlockSize = (prefixLength: number): bigint => 1n << BigInt(128 - prefixLength);

export const ipv6CidrContains = (block: Ipv6Block, address: bigint): boolean =>
  address >= block.network && address < block.network + ipv6BlockSize(block.prefixLength);
