import type { EcsApi } from '../../src/cloud/ecsApi';
import type { EcsError } from '../../src/cloud/ecsError';
import type { Instance } from '../../src/domain/instance';
import type { InstanceTypeInfo } from '../../src/domain/instanceType';
import type { NetworkInterface } from '../../src/domain/networkInterface';

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
  macAddress: '',
  securityGroupIds: [],
  instanceId,
  deviceIndex: undefined,
  serviceManaged: false,
  tags: [],
  properties: {},
});

/** An EcsApi over arrays the test changes, counting calls; `fail` makes the next reads reject with that error. */
export function fakeApi(
  instances: Instance[],
  enis: NetworkInterface[],
  types: InstanceTypeInfo[] = [],
): EcsApi & { calls: string[]; fail?: EcsError; typesFail?: EcsError } {
  const api = {
    calls: [] as string[],
    fail: undefined as EcsError | undefined,
    typesFail: undefined as EcsError | undefined,
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
  };
  return api as unknown as EcsApi & { calls: string[]; fail?: EcsError; typesFail?: EcsError };
}
