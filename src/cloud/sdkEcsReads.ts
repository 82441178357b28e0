import * as $Ecs from './sdkEcsModels';
import { DescribeVSwitchesRequest } from '@alicloud/vpc20160428/dist/models/DescribeVswitchesRequest';
import type { PageProgress } from './ecsApi';
import { batches, collectNumberedPages, collectTokenPages } from './paging';
import type { PageSlots } from './pageSlots';
import { SdkCaller } from './sdkCaller';
import { toRegion, toSecurityGroup, toSecurityGroupRule } from './sdkMapping';
import { wireInstance, wireItems, wireNetworkInterface, wireTotalCount, wireVSwitch } from './wireMapping';
import type { Instance } from '../domain/instance';
import type { InstanceTypeInfo } from '../domain/instanceType';
import type { SecurityGroup, VSwitch } from '../domain/network';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';
import type { SecurityGroupRule, SecurityGroupRules } from '../domain/securityGroupRule';

/** PageNumber paging allows 100 per page for both lists, and lets pages be fetched side by side. */
const PAGE_SIZE = 100;
/** DescribeVSwitches pages by number only, at most 50 a page. */
const VSWITCH_PAGE_SIZE = 50;
/** DescribeSecurityGroups' MaxResults allows 100. */
const SECURITY_GROUP_PAGE = 100;
const IDS_PER_REQUEST = 100;
const INSTANCE_TYPES_PER_REQUEST = 10;
/** DescribeSecurityGroupAttribute's MaxResults allows 10 to 1,000. */
const RULES_PAGE = 1000;
/** The most pages of rules read: 20,000 rules, far more than a security group holds. */
const MAX_RULE_PAGES = 20;

/** The reads of the `EcsApi` on the official SDK. */
export abstract class SdkEcsReads extends SdkCaller {
  async describeRegions(): Promise<Region[]> {
    const response = await this.call('DescribeRegions', undefined, (client) =>
      client.describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: this.options.acceptLanguage ?? 'en-US' })),
    );
    return (response.body?.regions?.region ?? []).map(toRegion);
  }

  async listInstances(regionId: string, progress?: PageProgress<Instance>, signal?: AbortSignal): Promise<Instance[]> {
    return collectNumberedPages(
      async (pageNumber) => {
        const query = { RegionId: regionId, PageNumber: pageNumber, PageSize: PAGE_SIZE };
        const body = await this.raw('DescribeInstances', regionId, query, [], this.slotsFor(pageNumber));
        return { items: wireItems(body, 'Instances', 'Instance').map(wireInstance), totalCount: wireTotalCount(body) };
      },
      { pageSize: PAGE_SIZE, workers: this.pageWorkers, key: (instance) => instance.instanceId, progress, signal },
    );
  }

  async listNetworkInterfaces(
    regionId: string,
    progress?: PageProgress<NetworkInterface>,
    signal?: AbortSignal,
  ): Promise<NetworkInterface[]> {
    return collectNumberedPages(
      async (pageNumber) => {
        const query = { RegionId: regionId, PageNumber: pageNumber, PageSize: PAGE_SIZE };
        const body = await this.raw('DescribeNetworkInterfaces', regionId, query, [], this.slotsFor(pageNumber));
        const items = wireItems(body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((eni) => wireNetworkInterface(eni, regionId));
        return { items, totalCount: wireTotalCount(body) };
      },
      { pageSize: PAGE_SIZE, workers: this.pageWorkers, key: (eni) => eni.networkInterfaceId, progress, signal },
    );
  }

  /** Page 1 takes no slot: every list's first rows come at once, however busy the others keep the slots. */
  private slotsFor(pageNumber: number): PageSlots | undefined {
    return pageNumber > 1 ? this.pageSlots : undefined;
  }

  async getInstances(regionId: string, instanceIds: readonly string[]): Promise<Instance[]> {
    const found = await Promise.all(
      batches(instanceIds, IDS_PER_REQUEST).map(async (ids) => {
        const body = await this.raw(
          'DescribeInstances',
          regionId,
          { RegionId: regionId, InstanceIds: JSON.stringify(ids), MaxResults: IDS_PER_REQUEST },
          ids,
        );
        return wireItems(body, 'Instances', 'Instance').map(wireInstance);
      }),
    );
    return found.flat();
  }

  async getNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[]): Promise<NetworkInterface[]> {
    const found = await Promise.all(
      batches(networkInterfaceIds, IDS_PER_REQUEST).map(async (ids) => {
        const body = await this.raw(
          'DescribeNetworkInterfaces',
          regionId,
          { RegionId: regionId, NetworkInterfaceId: ids, MaxResults: IDS_PER_REQUEST },
          ids,
        );
        return wireItems(body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((eni) => wireNetworkInterface(eni, regionId));
      }),
    );
    return found.flat();
  }

  async describeInstanceTypes(instanceTypeIds: readonly string[]): Promise<InstanceTypeInfo[]> {
    const found = await Promise.all(
      batches([...new Set(instanceTypeIds)], INSTANCE_TYPES_PER_REQUEST).map(async (ids) => {
        const response = await this.call('DescribeInstanceTypes', undefined, (client) =>
          client.describeInstanceTypes(
            new $Ecs.DescribeInstanceTypesRequest({ instanceTypes: ids, maxResults: INSTANCE_TYPES_PER_REQUEST }),
          ),
        );
        return (response.body?.instanceTypes?.instanceType ?? []).map((t) => ({
          instanceTypeId: t.instanceTypeId ?? '',
          eniQuantity: t.eniQuantity ?? 0,
          eniPrivateIpAddressQuantity: t.eniPrivateIpAddressQuantity ?? 0,
          eniIpv6AddressQuantity: t.eniIpv6AddressQuantity ?? 0,
        }));
      }),
    );
    return found.flat();
  }

  /**
   * VPC's DescribeVSwitches (2016-04-28): ECS's action of the same name is deprecated in its favour, and both need the
   * same RAM action, `vpc:DescribeVSwitches`. The query is built from VPC's own request model; the answer is read raw.
   */
  async listVSwitches(regionId: string, signal?: AbortSignal): Promise<VSwitch[]> {
    return collectNumberedPages(
      async (pageNumber) => {
        const query = new DescribeVSwitchesRequest({ regionId, pageNumber, pageSize: VSWITCH_PAGE_SIZE }).toMap();
        const body = await this.raw('DescribeVSwitches', regionId, query, [], this.slotsFor(pageNumber));
        return { items: wireItems(body, 'VSwitches', 'VSwitch').map((v) => wireVSwitch(v, regionId)), totalCount: wireTotalCount(body) };
      },
      { pageSize: VSWITCH_PAGE_SIZE, workers: this.pageWorkers, key: (vSwitch) => vSwitch.vSwitchId, signal },
    );
  }

  /** NextToken paging: ECS's reference deprecates PageNumber and PageSize for this action, and may refuse them. */
  async listSecurityGroups(regionId: string): Promise<SecurityGroup[]> {
    return collectTokenPages(
      async (nextToken) => {
        const response = await this.call('DescribeSecurityGroups', regionId, (client) =>
          client.describeSecurityGroups(new $Ecs.DescribeSecurityGroupsRequest({ regionId, maxResults: SECURITY_GROUP_PAGE, nextToken })),
        );
        const body = response.body;
        return {
          items: (body?.securityGroups?.securityGroup ?? []).map((group) => toSecurityGroup(group, regionId)),
          nextToken: body?.nextToken ?? '',
        };
      },
      (group) => group.securityGroupId,
      SECURITY_GROUP_PAGE,
    );
  }

  /** Both directions, every page (NextToken paging). */
  async describeSecurityGroupRules(regionId: string, securityGroupId: string): Promise<SecurityGroupRules> {
    const rules: SecurityGroupRule[] = [];
    let nextToken: string | undefined;
    // A token seen before, or more pages than a group's rule quota could fill, ends the reading: a wrong or hostile
    // endpoint must not keep the extension reading for ever.
    const seen = new Set<string>();
    for (let page = 1; ; page += 1) {
      const response = await this.call(
        'DescribeSecurityGroupAttribute',
        regionId,
        (client) =>
          client.describeSecurityGroupAttribute(
            new $Ecs.DescribeSecurityGroupAttributeRequest({
              regionId,
              securityGroupId,
              direction: 'all',
              maxResults: RULES_PAGE,
              nextToken,
            }),
          ),
        [securityGroupId],
      );
      const body = response.body;
      rules.push(...(body?.permissions?.permission ?? []).map(toSecurityGroupRule));
      const next = body?.nextToken || undefined;
      if (next === undefined || seen.has(next) || page >= MAX_RULE_PAGES) {
        return {
          securityGroupId: body?.securityGroupId ?? securityGroupId,
          securityGroupName: body?.securityGroupName ?? '',
          description: body?.description ?? '',
          vpcId: body?.vpcId ?? '',
          rules,
        };
      }
      seen.add(next);
      nextToken = next;
    }
  }
}
