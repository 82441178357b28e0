import { type AttachRule, checkAttach, type Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { OperationContext } from './operationContext';

export interface FreshPair {
  readonly eni: NetworkInterface;
  readonly instance: Instance;
  readonly violations: Array<Violation<AttachRule>>;
}

const notFound = (code: string, message: string): Violation<AttachRule> => ({ rule: 'eniAvailable', code, message });

/**
 * Reads the ENI and the instance from ECS now (side by side), and runs the attach rules on what ECS says:
 * state may have changed since the tree was drawn.
 */
export async function freshAttachCheck(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
): Promise<FreshPair | Violation<AttachRule>> {
  const { instances, networkInterfaces } = await context.store.readFresh(regionId, [instanceId], [eniId]);
  const eni = networkInterfaces.find((e) => e.networkInterfaceId === eniId);
  const instance = instances.find((i) => i.instanceId === instanceId);
  if (!eni) {
    return notFound('InvalidEniId.NotFound', `${eniId} does not exist in ${regionId}.`);
  }
  if (!instance) {
    return notFound('InvalidEcsId.NotFound', `${instanceId} does not exist in ${regionId}.`);
  }
  const types = await context.types.get([instance.instanceType]);
  const occupiedSlots = freshOccupiedSlots(context, regionId, instance);
  return { eni, instance, violations: checkAttach({ eni, instance, instanceType: types.get(instance.instanceType), occupiedSlots }) };
}

/**
 * The slots an instance read just now takes: ECS lists its attached ENIs; ENIs still attaching to it are known only
 * from the ENI list.
 */
export function freshOccupiedSlots(context: OperationContext, regionId: string, instance: Instance): number {
  const known =
    context.store
      .loaded()
      .find((r) => r.regionId === regionId)
      ?.networkInterfaces.items() ?? [];
  const attaching = known.filter(
    (e) => e.instanceId === instance.instanceId && e.status === 'Attaching' && !instance.networkInterfaceIds.includes(e.networkInterfaceId),
  );
  return instance.networkInterfaceIds.length + attaching.length;
}
