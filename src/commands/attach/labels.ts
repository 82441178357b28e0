import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';

export const instanceLabel = (instance: Pick<Instance, 'instanceId' | 'instanceName'>): string =>
  instance.instanceName ? `${instance.instanceName} (${instance.instanceId})` : instance.instanceId;

export const eniLabel = (eni: Pick<NetworkInterface, 'networkInterfaceId' | 'networkInterfaceName'>): string =>
  eni.networkInterfaceName ? `${eni.networkInterfaceName} (${eni.networkInterfaceId})` : eni.networkInterfaceId;
