import type { EmAccount, EmVSwitch } from './model';

/** IPv4 addresses of a vSwitch's CIDR block, as numbers: which are reserved, which are taken, which come next. */

export interface Block {
  readonly network: number;
  readonly size: number;
}

export function parseAddress(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) {
    return undefined;
  }
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

export const formatAddress = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

export function parseBlock(cidrBlock: string): Block {
  const [address = '', prefix = ''] = cidrBlock.split('/');
  const network = parseAddress(address);
  if (network === undefined || !/^\d\d?$/.test(prefix)) {
    throw new Error(`not a CIDR block: ${cidrBlock}`);
  }
  return { network, size: 2 ** (32 - Number(prefix)) };
}

export const inBlock = (block: Block, address: number): boolean => address >= block.network && address < block.network + block.size;

/**
 * The first and the last three addresses of a vSwitch are reserved
 * (https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvswitch).
 */
export const isReserved = (block: Block, address: number): boolean =>
  address === block.network || address >= block.network + block.size - 3;

/** The address `offset` places into the block, for data sets that name hosts by number (`.225` of a /24). */
export const addressAt = (cidrBlock: string, offset: number): string => formatAddress(parseBlock(cidrBlock).network + offset);

/** Every address in use in each vSwitch: its ENIs' and instances' private IPs and other services' addresses. */
export function addressesInUse(account: EmAccount): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const take = (vSwitchId: string, address: string): void => {
    let set = used.get(vSwitchId);
    if (!set) {
      set = new Set();
      used.set(vSwitchId, set);
    }
    set.add(address);
  };
  account.vSwitches.forEach((vSwitch) => vSwitch.otherAddresses.forEach((address) => take(vSwitch.vSwitchId, address)));
  account.networkInterfaces.forEach((eni) =>
    [eni.privateIpAddress, ...eni.secondaryIps].forEach((address) => take(eni.vSwitchId, address)),
  );
  account.instances.forEach((instance) => take(instance.vSwitchId, instance.privateIpAddress));
  return used;
}

/** AvailableIpAddressCount: the block, less its reserved addresses, less those in use. */
export function freeAddressCount(vSwitch: EmVSwitch, inUse: ReadonlySet<string> = new Set()): number {
  const block = parseBlock(vSwitch.cidrBlock);
  let taken = 0;
  for (const text of inUse) {
    const address = parseAddress(text);
    if (address !== undefined && inBlock(block, address) && !isReserved(block, address)) {
      taken += 1;
    }
  }
  return block.size - 4 - taken;
}

/** The lowest `count` free addresses of the vSwitch, fewer when it has fewer. */
export function freeAddresses(vSwitch: EmVSwitch, inUse: ReadonlySet<string>, count: number): string[] {
  const block = parseBlock(vSwitch.cidrBlock);
  const found: string[] = [];
  for (let address = block.network + 1; address < block.network + block.size - 3 && found.length < count; address += 1) {
    const text = formatAddress(address);
    if (!inUse.has(text)) {
      found.push(text);
    }
  }
  return found;
}

/** The lowest free address of the vSwitch, or undefined when it is full. */
export function nextFreeAddress(vSwitch: EmVSwitch, inUse: ReadonlySet<string>): string | undefined {
  const block = parseBlock(vSwitch.cidrBlock);
  for (let address = block.network + 1; address < block.network + block.size - 3; address += 1) {
    const text = formatAddress(address);
    if (!inUse.has(text)) {
      return text;
    }
  }
  return undefined;
}
