import { displayText } from '../../domain/text';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';

export const instanceLabel = (instance: Pick<Instance, 'instanceId' | 'instanceName'>): string =>
  instance.instanceName ? `${displayText(instance.instanceName)} (${displayText(instance.instanceId)})` : displayText(instance.instanceId);

export const eniLabel = (eni: Pick<NetworkInterface, 'networkInterfaceId' | 'networkInterfaceName'>): string =>
  eni.networkInterfaceName
    ? `${displayText(eni.networkInterfaceName)} (${displayText(eni.networkInterfaceId)})`
    : displayText(eni.networkInterfaceId);
