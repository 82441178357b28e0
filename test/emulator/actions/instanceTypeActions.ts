import { EmulatorError } from '../errors';
import { INSTANCE_TYPES } from '../instanceTypes';
import { clampMaxResults, tokenPage } from '../paging';
import type { ActionContext } from './context';

/** No RegionId in the SDK model: the emulator answers from one global catalogue. */
export function describeInstanceTypes(context: ActionContext): Record<string, unknown> {
  const { params } = context;
  const wanted = params.list('InstanceTypes');
  if (wanted.length > 10) {
    throw new EmulatorError('InvalidParameter', 400, 'InstanceTypes can hold at most 10 values.');
  }
  const family = params.optional('InstanceTypeFamily');
  const matches = INSTANCE_TYPES.filter(
    (t) => (wanted.length === 0 || wanted.includes(t.instanceTypeId)) && (family === undefined || t.family === family),
  );
  // Since 2023-11-15 at most 100 per call, documented at https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describeinstancetypes.
  const page = tokenPage(matches, params.optional('NextToken'), clampMaxResults(params.integer('MaxResults'), 1, 100, 100));
  return {
    NextToken: page.nextToken,
    InstanceTypes: {
      InstanceType: page.items.map((t) => ({
        InstanceTypeId: t.instanceTypeId,
        InstanceTypeFamily: t.family,
        InstanceFamilyLevel: t.level,
        CpuCoreCount: t.cpu,
        MemorySize: t.memoryGiB,
        CpuArchitecture: 'X86',
        EniQuantity: t.eniQuantity,
        EniPrivateIpAddressQuantity: t.eniPrivateIpAddressQuantity,
        EniIpv6AddressQuantity: t.eniIpv6AddressQuantity,
        EniTotalQuantity: t.eniTotalQuantity,
        EniTrunkSupported: t.eniTrunkSupported,
        NetworkCardQuantity: t.networkCardIndexes.length,
        NetworkCards: { NetworkCardInfo: t.networkCardIndexes.map((index) => ({ NetworkCardIndex: index })) },
      })),
    },
  };
}
