import type { Instance } from '../../domain/instance';
import { addressesOf, type EniAddress, type NetworkInterface } from '../../domain/networkInterface';
import { InstanceNode } from '../../explorer/nodes/instanceNode';
import { NetworkInterfaceNode } from '../../explorer/nodes/networkInterfaceNode';

/** The resource a context-menu command was run on. */
export type ResourceTarget =
  | { readonly kind: 'instance'; readonly regionId: string; readonly id: string; readonly instance: Instance }
  | { readonly kind: 'eni'; readonly regionId: string; readonly id: string; readonly networkInterface: NetworkInterface };

export function resourceTarget(node: unknown): ResourceTarget | undefined {
  if (node instanceof InstanceNode && node.instance) {
    return { kind: 'instance', regionId: node.regionId, id: node.instanceId, instance: node.instance };
  }
  if (node instanceof NetworkInterfaceNode && node.networkInterface) {
    return { kind: 'eni', regionId: node.regionId, id: node.networkInterfaceId, networkInterface: node.networkInterface };
  }
  return undefined;
}

/** The addresses Copy Private IP offers: every address of an ENI; an instance's primary private IP. */
export const addressesOfTarget = (target: ResourceTarget): EniAddress[] =>
  target.kind === 'eni'
    ? addressesOf(target.networkInterface)
    : target.instance.privateIpAddress
      ? [{ address: target.instance.privateIpAddress, kind: 'primary' }]
      : [];
