import type { Instance } from '../../src/domain/instance';
import type { NetworkInterface } from '../../src/domain/networkInterface';

/** A Running g7.large instance in Hangzhou zone K; override what a test is about. */
export function anInstance(fields: Partial<Instance> = {}): Instance {
  return {
    instanceId: 'i-bp1testinstance00001',
    instanceName: 'test',
    regionId: 'cn-hangzhou',
    zoneId: 'cn-hangzhou-k',
    status: 'Running',
    instanceType: 'ecs.g7.large',
    vpcId: 'vpc-1',
    vSwitchId: 'vsw-1',
    privateIpAddress: '172.16.0.10',
    securityGroupIds: ['sg-1'],
    startTime: '2026-01-01T00:00Z',
    networkInterfaceIds: [],
    tags: [],
    properties: {},
    ...fields,
  };
}

/** An Available secondary ENI in the same zone and VPC as `anInstance()`; override what a test is about. */
export function anEni(fields: Partial<NetworkInterface> = {}): NetworkInterface {
  return {
    networkInterfaceId: 'eni-bp1testeni000000001',
    networkInterfaceName: 'spare',
    regionId: 'cn-hangzhou',
    zoneId: 'cn-hangzhou-k',
    status: 'Available',
    type: 'Secondary',
    vpcId: 'vpc-1',
    vSwitchId: 'vsw-1',
    privateIpAddress: '172.16.0.20',
    macAddress: '00:16:3e:00:00:01',
    securityGroupIds: ['sg-1'],
    instanceId: '',
    deviceIndex: undefined,
    serviceManaged: false,
    tags: [],
    properties: {},
    ...fields,
  };
}
