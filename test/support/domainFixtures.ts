import type { SecurityGroup, VSwitch } from '../../src/domain/network';
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
    privateIpSets: [{ privateIpAddress: '172.16.0.20', primary: true, publicIpAddress: '' }],
    ipv6Addresses: [],
    publicIpAddress: '',
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

/** An Available /24 vSwitch of `vpc-1` in zone K with room to spare; override what a test is about. */
export function aVSwitch(fields: Partial<VSwitch> = {}): VSwitch {
  return {
    vSwitchId: 'vsw-1',
    vSwitchName: 'app',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-1',
    zoneId: 'cn-hangzhou-k',
    cidrBlock: '172.16.0.0/24',
    ipv6CidrBlock: '',
    status: 'Available',
    availableIpAddressCount: 200,
    ...fields,
  };
}

/** A security group of `vpc-1`; override what a test is about. */
export function aSecurityGroup(fields: Partial<SecurityGroup> = {}): SecurityGroup {
  return {
    securityGroupId: 'sg-1',
    securityGroupName: 'web',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-1',
    description: '',
    ...fields,
  };
}
