import type { Instance } from '../../domain/instance';
import { addressesOf, type EniAddress, type NetworkInterface } from '../../domain/networkInterface';
import type { RowLookup } from '../../explorer/rowLookup';

/** The resource a context-menu command was run on. */
export type ResourceTarget =
  | { readonly kind: 'instance'; readonly regionId: string; readonly id: string; readonly instance: Instance }
  | { readonly kind: 'eni'; readonly regionId: string; readonly id: string; readonly networkInterface: NetworkInterface };

export function resourceTarget(rows: RowLookup, node: unknown): ResourceTarget | undefined {
  const instanceRow = rows.instance(node);
  if (instanceRow?.instance) {
    return { kind: 'instance', regionId: instanceRow.regionId, id: instanceRow.instanceId, instance: instanceRow.instance };
  }
  const eniRow = rows.networkInterface(node);
  if (eniRow?.networkInterface) {
    return { kind: 'eni', regionId: eniRow.regionId, id: eniRow.networkInterfaceId, networkInterface: eniRow.networkInterface };
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
