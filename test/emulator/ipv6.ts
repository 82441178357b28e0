/** IPv6 addresses as 128-bit numbers, for the vSwitches' IPv6 CIDR blocks and the addresses the emulator hands out. */

export interface Ipv6Block {
  readonly network: bigint;
  readonly size: bigint;
}

function groupsOf(part: string): bigint[] | undefined {
  if (part === '') {
    return [];
  }
  const groups = part.split(':');
  return groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group)) ? groups.map((group) => BigInt(`0x${group}`)) : undefined;
}

export function parseIpv6Address(text: string): bigint | undefined {
  const halves = text.split('::');
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (halves.length > 2 || !head || !tail) {
    return undefined;
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) {
    return undefined;
  }
  return [...head, ...Array<bigint>(missing).fill(0n), ...tail].reduce((value, group) => (value << 16n) + group, 0n);
}

/** The shortest form: lower case, leading zeros dropped, the longest run of two or more zero groups as `::`. */
export function formatIpv6Address(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - i * 16)) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let start = 0; start < 8; start += 1) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) {
      length += 1;
    }
    if (length > best.length) {
      best = { start, length };
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) {
    return hex.join(':');
  }
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

export function parseIpv6Block(cidrBlock: string): Ipv6Block | undefined {
  const [address = '', prefix = ''] = cidrBlock.split('/');
  const network = parseIpv6Address(address);
  return network === undefined || !/^\d{1,3}$/.test(prefix) ? undefined : { network, size: 1n << BigInt(128 - Number(prefix)) };
}

export const inIpv6Block = (block: Ipv6Block, address: bigint): boolean => address >= block.network && address < block.network + block.size;
