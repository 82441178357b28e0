import type { Instance } from './instance';
import type { VSwitch } from './network';
import type { NetworkInterface } from './networkInterface';

/** How the rules name a resource in their reasons: `name (id)`, or the id alone when it has no name. */
const named = (name: string, id: string): string => (name ? `${name} (${id})` : id);

export const instanceName = (instance: Pick<Instance, 'instanceId' | 'instanceName'>): string =>
  named(instance.instanceName, instance.instanceId);
export const networkInterfaceName = (eni: Pick<NetworkInterface, 'networkInterfaceId' | 'networkInterfaceName'>): string =>
  named(eni.networkInterfaceName, eni.networkInterfaceId);
export const vSwitchName = (vSwitch: Pick<VSwitch, 'vSwitchId' | 'vSwitchName'>): string => named(vSwitch.vSwitchName, vSwitch.vSwitchId);
