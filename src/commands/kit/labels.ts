import { displayText } from '../../domain/text';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';

export const instanceLabel = (instance: Pick<Instance, 'instanceId' | 'instanceName'>): string =>
  instance.instanceName ? `${displayText(instance.instanceName)} (${displayText(instance.instanceId)})` : displayText(instance.instanceId);

export const eniLabel = (eni: Pick<NetworkInterface, 'networkInterfaceId' | 'networkInterfaceName'>): string =>
  eni.networkInterfaceName
    ? `${displayText(eni.networkInterfaceName)} (${displayText(eni.networkInterfaceId)})`
    : displayText(eni.networkInterfaceId);

/** The ENIs and instances of a region the view has loaded, for naming them. */
interface LoadedRegions {
  loaded(): ReadonlyArray<{
    readonly regionId: string;
    readonly instances: { get(id: string): Instance | undefined };
    readonly networkInterfaces: { get(id: string): NetworkInterface | undefined };
  }>;
}

/** An ENI and an instance as the rest of the product names them, `name (id)`, from what the view has loaded; else the id. */
export function pairLabels(store: LoadedRegions, regionId: string, eniId: string, instanceId: string): { eni: string; instance: string } {
  const region = store.loaded().find((candidate) => candidate.regionId === regionId);
  const eni = region?.networkInterfaces.get(eniId);
  const instance = region?.instances.get(instanceId);
  return {
    eni: eni ? eniLabel(eni) : displayText(eniId),
    instance: instance ? instanceLabel(instance) : displayText(instanceId),
  };
}
