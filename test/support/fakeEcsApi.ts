import type { EcsApi } from '../../src/cloud/ecsApi';
import type { EcsError } from '../../src/cloud/ecsError';
import type { Instance } from '../../src/domain/instance';
import type { Tag } from '../../src/domain/instance';
import type { InstanceTypeInfo } from '../../src/domain/instanceType';
import type { SecurityGroup, VSwitch } from '../../src/domain/network';
import type { NetworkInterface } from '../../src/domain/networkInterface';
import type { AddressRequest, NetworkInterfaceChange, NewNetworkInterface } from '../../src/domain/networkInterfaceChanges';

export const instance = (instanceId: string, status = 'Running'): Instance => ({
  instanceId,
  instanceName: instanceId,
  regionId: 'cn-hangzhou',
  zoneId: 'cn-hangzhou-k',
  status,
  instanceType: 'ecs.g7.large',
  vpcId: 'vpc-1',
  vSwitchId: 'vsw-1',
  privateIpAddress: '10.0.0.1',
  securityGroupIds: [],
  startTime: '',
  networkInterfaceIds: [],
  tags: [],
  properties: {},
});
export const eni = (networkInterfaceId: string, instanceId = '', status = instanceId ? 'InUse' : 'Available'): NetworkInterface => ({
  networkInterfaceId,
  networkInterfaceName: '',
  regionId: 'cn-hangzhou',
  zoneId: 'cn-hangzhou-k',
  status,
  type: 'Secondary',
  vpcId: 'vpc-1',
  vSwitchId: 'vsw-1',
  privateIpAddress: '10.0.0.2',
  privateIpSets: [{ privateIpAddress: '10.0.0.2', primary: true, publicIpAddress: '' }],
  ipv6Addresses: [],
  publicIpAddress: '',
  macAddress: '',
  securityGroupIds: [],
  instanceId,
  deviceIndex: undefined,
  serviceManaged: false,
  tags: [],
  properties: {},
});

export const vSwitch = (vSwitchId: string, availableIpAddressCount = 250, status = 'Available'): VSwitch => ({
  vSwitchId,
  vSwitchName: vSwitchId,
  regionId: 'cn-hangzhou',
  vpcId: 'vpc-1',
  zoneId: 'cn-hangzhou-k',
  cidrBlock: '10.0.0.0/24',
  ipv6CidrBlock: '',
  status,
  availableIpAddressCount,
});
export const securityGroup = (securityGroupId: string, vpcId = 'vpc-1'): SecurityGroup => ({
  securityGroupId,
  securityGroupName: securityGroupId,
  regionId: 'cn-hangzhou',
  vpcId,
  description: '',
});

/** A write the fake was asked to make: the method and its arguments after the region. */
export interface FakeWrite {
  readonly method: string;
  readonly args: readonly unknown[];
}

export type FakeEcsApi = EcsApi & {
  calls: string[];
  /** The lifecycle writes, in order, with their arguments. */
  writes: FakeWrite[];
  fail?: EcsError;
  typesFail?: EcsError;
  /** Makes the next lifecycle writes reject with this error (nothing changes). */
  writeFail?: EcsError;
};

/**
 * An EcsApi over arrays the test changes, counting calls; `fail` makes the next reads reject with that error. The
 * lifecycle writes change `enis` in place (create adds an Available ENI, delete removes it) and are recorded in `writes`.
 */
export function fakeApi(
  instances: Instance[],
  enis: NetworkInterface[],
  types: InstanceTypeInfo[] = [],
  network: { vSwitches?: VSwitch[]; securityGroups?: SecurityGroup[] } = {},
): FakeEcsApi {
  let created = 0;
  const write = (method: string, args: readonly unknown[]): void => {
    api.calls.push(method);
    api.writes.push({ method, args });
    if (api.writeFail) {
      throw api.writeFail;
    }
  };
  const update = (ids: readonly string[], change: (found: NetworkInterface) => NetworkInterface): void => {
    enis.forEach((found, index) => {
      if (ids.includes(found.networkInterfaceId)) {
        enis[index] = change(found);
      }
    });
  };
  const api = {
    calls: [] as string[],
    writes: [] as FakeWrite[],
    fail: undefined as EcsError | undefined,
    typesFail: undefined as EcsError | undefined,
    writeFail: undefined as EcsError | undefined,
    async describeRegions() {
      api.calls.push('DescribeRegions');
      if (api.fail) {
        throw api.fail;
      }
      return [
        { regionId: 'cn-hangzhou', localName: 'China (Hangzhou)' },
        { regionId: 'cn-beijing', localName: 'China (Beijing)' },
      ];
    },
    async listInstances() {
      api.calls.push('listInstances');
      if (api.fail) {
        throw api.fail;
      }
      return [...instances];
    },
    async listNetworkInterfaces() {
      api.calls.push('listNetworkInterfaces');
      if (api.fail) {
        throw api.fail;
      }
      return [...enis];
    },
    async getInstances(_region: string, ids: readonly string[]) {
      api.calls.push('getInstances');
      if (api.fail) {
        throw api.fail;
      }
      return instances.filter((i) => ids.includes(i.instanceId));
    },
    async getNetworkInterfaces(_region: string, ids: readonly string[]) {
      api.calls.push('getNetworkInterfaces');
      if (api.fail) {
        throw api.fail;
      }
      return enis.filter((e) => ids.includes(e.networkInterfaceId));
    },
    async describeInstanceTypes(ids: readonly string[]) {
      api.calls.push('DescribeInstanceTypes');
      if (api.typesFail) {
        throw api.typesFail;
      }
      return types.filter((t) => ids.includes(t.instanceTypeId));
    },
    async attachNetworkInterface() {
      return '';
    },
    async detachNetworkInterface() {
      return '';
    },
    async startInstance() {
      return '';
    },
    async stopInstance() {
      return '';
    },
    async rebootInstance() {
      return '';
    },
    async listVSwitches() {
      api.calls.push('listVSwitches');
      if (api.fail) {
        throw api.fail;
      }
      return [...(network.vSwitches ?? [])];
    },
    async listSecurityGroups() {
      api.calls.push('listSecurityGroups');
      if (api.fail) {
        throw api.fail;
      }
      return [...(network.securityGroups ?? [])];
    },
    async createNetworkInterface(request: NewNetworkInterface) {
      write('createNetworkInterface', [request]);
      created += 1;
      const networkInterfaceId = `eni-fake${String(created).padStart(6, '0')}`;
      const inVSwitch = network.vSwitches?.find((v) => v.vSwitchId === request.vSwitchId);
      enis.push({
        ...eni(networkInterfaceId),
        networkInterfaceName: request.name ?? '',
        regionId: request.regionId,
        vSwitchId: request.vSwitchId,
        vpcId: inVSwitch?.vpcId ?? 'vpc-1',
        zoneId: inVSwitch?.zoneId ?? 'cn-hangzhou-k',
        privateIpAddress: request.primaryIpAddress ?? '10.0.0.3',
        securityGroupIds: [...request.securityGroupIds],
        tags: [...(request.tags ?? [])],
      });
      return { networkInterfaceId, requestId: `R-create-${created}` };
    },
    async deleteNetworkInterface(_region: string, id: string) {
      write('deleteNetworkInterface', [id]);
      const index = enis.findIndex((found) => found.networkInterfaceId === id);
      if (index >= 0) {
        enis.splice(index, 1);
      }
      return 'R-delete';
    },
    async modifyNetworkInterfaceAttribute(_region: string, id: string, change: NetworkInterfaceChange) {
      write('modifyNetworkInterfaceAttribute', [id, change]);
      update([id], (found) => ({
        ...found,
        networkInterfaceName: change.name ?? found.networkInterfaceName,
        securityGroupIds: change.securityGroupIds ? [...change.securityGroupIds] : found.securityGroupIds,
      }));
      return 'R-modify';
    },
    async tagNetworkInterfaces(_region: string, ids: readonly string[], tags: readonly Tag[]) {
      write('tagNetworkInterfaces', [ids, tags]);
      const keys = tags.map((tag) => tag.key);
      update(ids, (found) => ({ ...found, tags: [...found.tags.filter((tag) => !keys.includes(tag.key)), ...tags] }));
      return 'R-tag';
    },
    async untagNetworkInterfaces(_region: string, ids: readonly string[], keys: readonly string[]) {
      write('untagNetworkInterfaces', [ids, keys]);
      update(ids, (found) => ({ ...found, tags: found.tags.filter((tag) => !keys.includes(tag.key)) }));
      return 'R-untag';
    },
    async assignPrivateIpAddresses(_region: string, id: string, request: AddressRequest) {
      write('assignPrivateIpAddresses', [id, request]);
      const addresses = 'count' in request ? Array.from({ length: request.count }, (_, i) => `10.0.1.${i + 1}`) : [...request.addresses];
      const sets = addresses.map((privateIpAddress) => ({ privateIpAddress, primary: false, publicIpAddress: '' }));
      update([id], (found) => ({ ...found, privateIpSets: [...found.privateIpSets, ...sets] }));
      return { addresses, requestId: 'R-assign' };
    },
    async unassignPrivateIpAddresses(_region: string, id: string, addresses: readonly string[]) {
      write('unassignPrivateIpAddresses', [id, addresses]);
      update([id], (found) => ({
        ...found,
        privateIpSets: found.privateIpSets.filter((set) => !addresses.includes(set.privateIpAddress)),
      }));
      return 'R-unassign';
    },
    async assignIpv6Addresses(_region: string, id: string, request: AddressRequest) {
      write('assignIpv6Addresses', [id, request]);
      const addresses = 'count' in request ? Array.from({ length: request.count }, (_, i) => `2001:db8::${i + 1}`) : [...request.addresses];
      update([id], (found) => ({ ...found, ipv6Addresses: [...found.ipv6Addresses, ...addresses] }));
      return { addresses, requestId: 'R-assign-ipv6' };
    },
    async unassignIpv6Addresses(_region: string, id: string, addresses: readonly string[]) {
      write('unassignIpv6Addresses', [id, addresses]);
      update([id], (found) => ({ ...found, ipv6Addresses: found.ipv6Addresses.filter((address) => !addresses.includes(address)) }));
      return 'R-unassign-ipv6';
    },
    async describeSecurityGroupRules(_region: string, securityGroupId: string) {
      api.calls.push('describeSecurityGroupRules');
      if (api.fail) {
        throw api.fail;
      }
      const group = network.securityGroups?.find((g) => g.securityGroupId === securityGroupId);
      return { securityGroupId, securityGroupName: group?.securityGroupName ?? '', description: '', vpcId: group?.vpcId ?? '', rules: [] };
    },
  };
  return api as unknown as FakeEcsApi;
}
