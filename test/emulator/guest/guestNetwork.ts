import { formatAddress, parseAddress, parseBlock } from '../addresses';
import type { EmAccount, EmInstance, EmNetworkInterface } from '../model';
import { guestOf } from './guest';
import type { EmGuest, GuestLink, GuestRoute } from './guestTypes';

/** One interface of the guest: the ENI behind it, its kernel name and what the guest configured on it. */
export interface GuestInterface {
  readonly name: string;
  readonly eni: EmNetworkInterface;
  readonly link: GuestLink;
  readonly prefixLength: number;
  /** The vSwitch's gateway: its last address but two (the first and the last three are reserved). */
  readonly gateway: string;
}

const MULTI_NIC_TABLE_BASE = 1000;

function vSwitchFacts(account: EmAccount, eni: EmNetworkInterface): { prefixLength: number; gateway: string } {
  const cidr = account.vSwitches.get(eni.vSwitchId)?.cidrBlock ?? '0.0.0.0/24';
  const block = parseBlock(cidr);
  return { prefixLength: 32 - Math.log2(block.size), gateway: formatAddress(block.network + block.size - 3) };
}

/**
 * What the guest does when it first sees an interface (at boot, or when an ENI is hot-plugged): the primary comes up
 * by DHCP with the default route; a secondary as the image's setup does it (see `SecondaryEniSetup`).
 */
function firstSight(guest: EmGuest, name: string, eni: EmNetworkInterface, facts: { prefixLength: number; gateway: string }): GuestLink {
  const address = `${eni.privateIpAddress}/${facts.prefixLength}`;
  const index = eni.deviceIndex ?? 0;
  if (index === 0 || eni.type === 'Primary') {
    guest.routes.push({ table: 'main', destination: 'default', via: facts.gateway, dev: name, proto: 'dhcp', metric: 100 });
    return { up: true, addresses: [address] };
  }
  switch (guest.secondaryEniSetup) {
    case 'none':
      return { up: false, addresses: [] };
    case 'networkmanager':
      guest.routes.push({ table: 'main', destination: 'default', via: facts.gateway, dev: name, proto: 'dhcp', metric: 100 + index });
      return { up: true, addresses: [address] };
    case 'multi-nic-util': {
      const table = String(MULTI_NIC_TABLE_BASE + index);
      guest.routes.push({ table, destination: 'default', via: facts.gateway, dev: name });
      guest.rules.push({ priority: 32765 - index, from: eni.privateIpAddress, table });
      return { up: true, addresses: [address] };
    }
  }
}

/** The guest's interfaces, one per ENI attached and InUse, by device index; what it kept of detached ones is dropped. */
export function guestInterfaces(account: EmAccount, instance: EmInstance): GuestInterface[] {
  const guest = guestOf(instance);
  const attached = [...account.networkInterfaces.values()]
    .filter((eni) => eni.instanceId === instance.instanceId && eni.status === 'InUse')
    .sort((a, b) => (a.deviceIndex ?? 0) - (b.deviceIndex ?? 0));
  const names = new Set(attached.map((eni) => `eth${eni.deviceIndex ?? 0}`));
  const macs = new Set(attached.map((eni) => eni.macAddress));
  [...guest.links.keys()].filter((mac) => !macs.has(mac)).forEach((mac) => guest.links.delete(mac));
  guest.routes = guest.routes.filter((route) => names.has(route.dev));
  return attached.map((eni) => {
    const name = `eth${eni.deviceIndex ?? 0}`;
    const facts = vSwitchFacts(account, eni);
    let link = guest.links.get(eni.macAddress);
    if (!link) {
      link = firstSight(guest, name, eni, facts);
      guest.links.set(eni.macAddress, link);
    }
    return { name, eni, link, ...facts };
  });
}

/** The routes the kernel adds for the addresses of an interface that is up: the subnet of each IPv4 address, on link. */
export function kernelRoutes(interfaces: readonly GuestInterface[]): Array<GuestRoute & { src: string }> {
  return interfaces.flatMap((item) =>
    item.link.up
      ? item.link.addresses
          .filter((address) => !address.includes(':'))
          .map((address) => {
            const [ip = '', prefix = '32'] = address.split('/');
            const size = 2 ** (32 - Number(prefix));
            const network = Math.floor((parseAddress(ip) ?? 0) / size) * size;
            return { table: 'main', destination: `${formatAddress(network)}/${prefix}`, dev: item.name, proto: 'kernel', src: ip };
          })
      : [],
  );
}
