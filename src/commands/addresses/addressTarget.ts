import * as vscode from 'vscode';
import type { AddressTarget } from '../../domain/addressRules';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { OperationContext } from '../kit/operationContext';
import { freshTarget } from '../operations/eniChange';

/** An ENI read fresh, with what decides its address limits: its vSwitch, its instance's type and state. */
export interface FreshAddressTarget extends AddressTarget {
  readonly regionId: string;
  /** The other ENIs and the instances of the region, for the addresses already in use. */
  readonly regionEnis: readonly NetworkInterface[];
  readonly regionInstances: readonly Instance[];
}

export async function addressTarget(context: OperationContext, node: unknown): Promise<FreshAddressTarget | undefined> {
  const target = await freshTarget(context, node);
  if (!target) {
    return undefined;
  }
  const { regionId, eni } = target;
  const [vSwitches, resources] = await Promise.all([context.store.freshVSwitches(regionId), context.store.regionData(regionId)]);
  const vSwitch = vSwitches.find((candidate) => candidate.vSwitchId === eni.vSwitchId);
  if (!vSwitch) {
    void context.ui.warn(vscode.l10n.t('The vSwitch {0} of {1} is not listed in {2}.', eni.vSwitchId, eni.networkInterfaceId, regionId));
    return undefined;
  }
  const instance = eni.instanceId ? resources.instances.get(eni.instanceId) : undefined;
  const instanceType =
    instance && eni.status === 'InUse' ? (await context.types.get([instance.instanceType])).get(instance.instanceType) : undefined;
  return {
    regionId,
    eni,
    vSwitch,
    instanceType,
    instanceStatus: eni.type === 'Primary' ? instance?.status : undefined,
    regionEnis: resources.networkInterfaces.items(),
    regionInstances: resources.instances.items(),
  };
}
