/** IPv4 addresses and CIDR blocks, as numbers, for the checks of a primary private IP against its vSwitch. */

export interface CidrBlock {
  /** The network address as an unsigned 32-bit number. */
  readonly network: number;
  readonly prefixLength: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The address as an unsigned 32-bit number; undefined unless it is four decimal octets (no leading zeros). */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) {
    return undefined;
  }
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

/** `172.16.0.0/24`; undefined when malformed or when the address has host bits set. */
export function parseCidr(text: string): CidrBlock | undefined {
  const [address, length, ...rest] = text.split('/');
  const network = parseIpv4(address ?? '');
  const prefixLength = Number(length);
  if (network === undefined || rest.length > 0 || !/^\d{1,2}$/.test(length ?? '') || prefixLength > 32) {
    return undefined;
  }
  return network % blockSize(prefixLength) === 0 ? { network, prefixLength } : undefined;
}

const blockSize = (prefixLength: number): number => 2 ** (32 - prefixLength);

export function cidrContains(block: CidrBlock, address: number): boolean {
  return address >= block.network && address < block.network + blockSize(block.prefixLength);
}

/**
 * Whether ECS keeps the address for itself: the first and the last three addresses of every vSwitch
 * (https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvswitch).
 */
export function isReservedInVSwitch(block: CidrBlock, address: number): boolean {
  const last = block.network + blockSize(block.prefixLength) - 1;
  return address === block.network || address >= last - 2;
}
