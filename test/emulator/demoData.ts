import { AccountBuilder, net } from './accountBuilder';
import { demoSecurityGroupRules } from './demoRules';
import { newGuest } from './guest/guest';
import type { EmAccount, EmTag } from './model';

export { REGION_CATALOGUE } from './regionCatalogue';

/**
 * The demo account: three regions with resources, instances in every state, ENIs of every status and type.
 * In Hangzhou zone K: web-1 is at its ENI limit, web-2 has room, batch-worker and shop-api are of types that must be
 * Stopped to attach, legacy-erp was last started before April 2018, old-gen is not I/O optimized, and other-vpc is
 * in another VPC. Every vSwitch and security group has a name; see `hangzhouNetworks` for the ones without resources.
 * Guests run Alibaba Cloud Linux 3 with Cloud Assistant, but web-2 runs Ubuntu 22.04 (a secondary ENI stays down until
 * configured) and legacy-erp CentOS 7 without Cloud Assistant.
 */
export function demoAccount(): EmAccount {
  const b = new AccountBuilder('1406926474060000');
  const hzK = net(
    'cn-hangzhou',
    'cn-hangzhou-k',
    'vpc-bp171csbkbnjhg1bj3npw',
    'vsw-bp1xgvok3myac6ctry030',
    'sg-bp16q7p8yafqaure63n4',
    '172.16.181.0/24',
  );
  const hzI = net(
    'cn-hangzhou',
    'cn-hangzhou-i',
    'vpc-bp171csbkbnjhg1bj3npw',
    'vsw-bp1i2mz0e0kbj5l7rm2xq',
    'sg-bp16q7p8yafqaure63n4',
    '172.16.20.0/24',
  );
  const hzK2 = net(
    'cn-hangzhou',
    'cn-hangzhou-k',
    'vpc-bp1opxu1zkhn00gzv26cd',
    'vsw-bp1dp4ykfdt9i0v8oqd4h',
    'sg-bp1fg655nh68xyz9i4eh',
    '10.0.1.0/24',
  );
  const env = (value: string): EmTag[] => [{ key: 'env', value }];
  hangzhouNetworks(b);

  b.instance(hzK, { id: 'i-bp1h4adlltjc1d48goaq', name: 'web-1', status: 'Running', type: 'ecs.g7.large', host: 225, tags: env('prod') });
  b.instance(hzK, {
    id: 'i-bp1b8kf3yu0o4q1jh2xa',
    name: 'web-2',
    status: 'Running',
    type: 'ecs.g7.large',
    host: 226,
    tags: env('prod'),
    guest: newGuest('ubuntu2204'),
  });
  b.instance(hzK, {
    id: 'i-bp1c9m2wq7e5r3t1y0ub',
    name: 'batch-worker',
    status: 'Stopped',
    type: 'ecs.t6-c1m1.large',
    host: 230,
    tags: env('dev'),
  });
  b.instance(hzK, {
    id: 'i-bp1legacy0startz7k2c',
    name: 'legacy-erp',
    status: 'Running',
    type: 'ecs.g6.large',
    host: 231,
    startTime: '2017-11-20T03:00Z',
    tags: env('prod'),
    guest: newGuest('centos7', { agentVersion: null }),
  });
  b.instance(hzI, { id: 'i-bp1d0n8va6s4d2f0g8id', name: 'db-replica', status: 'Starting', type: 'ecs.g7.xlarge', host: 12 });
  b.instance(hzI, { id: 'i-bp1e1o9wb7t5e3g1h9je', name: 'cache-1', status: 'Stopping', type: 'ecs.g6.large', host: 13 });
  b.instance(hzK2, { id: 'i-bp1f2p0xc8u6f4h2i0kf', name: 'build-agent', status: 'Pending', type: 'ecs.c6.large', host: 8 });
  b.instance(hzK, {
    id: 'i-bp1shop8t6c1m2burst',
    name: 'shop-api',
    status: 'Running',
    type: 'ecs.t6-c1m2.large',
    host: 232,
    tags: env('staging'),
  });
  b.instance(hzK, {
    id: 'i-bp1gw4x7c2v9b3n5m1kq',
    name: 'gateway',
    status: 'Running',
    type: 'ecs.g7.xlarge',
    host: 233,
    tags: env('prod'),
  });
  b.instance(hzK, { id: 'i-bp1oldgen2t1small9zz', name: 'old-gen', status: 'Running', type: 'ecs.t1.small', host: 234, tags: env('dev') });

  b.eni(hzK, { id: 'eni-bp17pdijfczax1huji00', name: 'spare-k', status: 'Available', host: 240, tags: [{ key: 'owner', value: 'lisi' }] });
  b.eni(hzK, { id: 'eni-bp18qejkgdaby2ivkj11', name: 'spare-k-2', status: 'Available', host: 241 });
  b.eni(hzI, { id: 'eni-bp19rflhhebcz3jwlk22', name: 'spare-i', status: 'Available', host: 40 });
  b.eni(hzK2, { id: 'eni-bp1asgmiifcd04kxml33', name: 'other-vpc', status: 'Available', host: 50 });
  b.eni(hzK, {
    id: 'eni-bp1bthnjjgde15lynm44',
    name: 'web-1-data',
    status: 'InUse',
    host: 242,
    instanceId: 'i-bp1h4adlltjc1d48goaq',
    deviceIndex: 1,
    secondaryHosts: [250, 251],
    ipv6Addresses: ['2001:db8:10:b5::1a'],
    publicIpAddress: '47.96.10.21',
  });
  b.eni(hzK, {
    id: 'eni-bp1cuiokkhef26mzon55',
    name: 'joining',
    status: 'Attaching',
    host: 243,
    instanceId: 'i-bp1b8kf3yu0o4q1jh2xa',
    deviceIndex: 1,
  });
  b.eni(hzK, {
    id: 'eni-bp1dvjpllifg37n0po66',
    name: 'leaving',
    status: 'Detaching',
    host: 244,
    instanceId: 'i-bp1h4adlltjc1d48goaq',
    deviceIndex: 2,
  });
  b.eni(hzK, { id: 'eni-bp1ewkqmmjgh48o1qp77', name: 'retired', status: 'Deleting', host: 245 });
  b.eni(hzK, {
    id: 'eni-bp1fxlrnnkhi59p2rq88',
    name: 'nlb-managed',
    status: 'InUse',
    host: 246,
    instanceId: 'i-bp1gw4x7c2v9b3n5m1kq',
    deviceIndex: 1,
    serviceManaged: true,
    description: 'Managed by a cloud service',
  });
  b.eni(hzK, {
    id: 'eni-bp1gymsoolij60q3sr99',
    name: 'trunk-k',
    status: 'InUse',
    type: 'Trunk',
    host: 247,
    instanceId: 'i-bp1gw4x7c2v9b3n5m1kq',
    deviceIndex: 2,
  });
  b.eni(hzK, {
    id: 'eni-bp1hzntppmjk71r4tsaa',
    name: 'member-k',
    status: 'InUse',
    type: 'Member',
    host: 248,
    instanceId: 'i-bp1gw4x7c2v9b3n5m1kq',
  });

  const shF = net(
    'cn-shanghai',
    'cn-shanghai-f',
    'vpc-uf6f7l4fg90oxdrkm1jit',
    'vsw-uf6kfbrxhc3ikxvbxkpuz',
    'sg-uf6bpwh0vb4x9m2yg2rf',
    '192.168.3.0/24',
  );
  const shE = net(
    'cn-shanghai',
    'cn-shanghai-e',
    'vpc-uf6f7l4fg90oxdrkm1jit',
    'vsw-uf6k1e3vi4a0r5o1g7clm',
    'sg-uf6bpwh0vb4x9m2yg2rf',
    '192.168.4.0/24',
  );
  b.vSwitch(shF, { name: 'api-f', ipv6CidrBlock: '2001:db8:20:3::/64' }).vSwitch(shE, { name: 'api-e' });
  b.securityGroup('cn-shanghai', shF.vpcId, { id: shF.securityGroupId, name: 'api-servers', description: 'HTTPS from the load balancer' });
  b.securityGroup('cn-shanghai', shF.vpcId, {
    id: 'sg-uf6d3fau1t0x8w6v4u2s',
    name: 'default',
    description: 'System created security group.',
  });
  b.instance(shF, { id: 'i-uf6a1b2c3d4e5f6g7h8i', name: 'api-sh-1', status: 'Running', type: 'ecs.g7.large', host: 10, tags: env('prod') });
  b.instance(shE, { id: 'i-uf6b2c3d4e5f6g7h8i9j', name: 'api-sh-2', status: 'Stopped', type: 'ecs.g7.large', host: 11, tags: env('prod') });
  b.eni(shF, {
    id: 'eni-uf6c3d4e5f6g7h8i9j0k',
    name: 'sh-spare',
    status: 'Available',
    host: 20,
    secondaryHosts: [30, 31],
    publicIpAddress: '106.14.20.30',
  });
  b.eni(shE, { id: 'eni-uf6d4e5f6g7h8i9j0k1l', name: 'sh-spare-e', status: 'Available', host: 21 });

  const sgA = net(
    'ap-southeast-1',
    'ap-southeast-1a',
    'vpc-t4n8wq3zl0cvmsn2w5e6r',
    'vsw-t4nabcx0ge3v0uh0lftyq',
    'sg-t4n0tnxq5b7wkvo3ej5s',
    '10.8.0.0/24',
  );
  b.vSwitch(sgA, { name: 'edge-a' });
  b.securityGroup('ap-southeast-1', sgA.vpcId, { id: sgA.securityGroupId, name: 'edge', description: 'Edge proxies' });
  b.instance(sgA, { id: 'i-t4n1a2b3c4d5e6f7g8h9', name: 'edge-sg', status: 'Running', type: 'ecs.c6.large', host: 5 });
  b.eni(sgA, { id: 'eni-t4n2b3c4d5e6f7g8h9i0', name: '', status: 'Available', host: 30 });

  demoSecurityGroupRules(b);
  return b.build();
}

/** A second account, so that switching credentials visibly switches data. */
export function secondAccount(): EmAccount {
  const b = new AccountBuilder('5810392746150000');
  const bjG = net(
    'cn-beijing',
    'cn-beijing-g',
    'vpc-2zeq0ksyd3w8c1z7n5b4m',
    'vsw-2ze1i7n6ax5o0zu8gt7p9',
    'sg-2zef4m8jk1xqz0w5y9t3',
    '10.20.0.0/24',
  );
  b.vSwitch(bjG, { name: 'analytics-g' });
  b.securityGroup('cn-beijing', bjG.vpcId, { id: bjG.securityGroupId, name: 'analytics', description: 'Analytics workers' });
  b.instance(bjG, { id: 'i-2ze7kmq3v1x9c5b0n8aa', name: 'analytics-bj', status: 'Running', type: 'ecs.g7.large', host: 7 });
  b.eni(bjG, { id: 'eni-2ze8lnr4w2y0d6c1o9bb', name: 'bj-spare', status: 'Available', host: 31 });
  return b.build();
}

const PROD_VPC = 'vpc-bp171csbkbnjhg1bj3npw';
const BUILD_VPC = 'vpc-bp1opxu1zkhn00gzv26cd';
/** A VPC with vSwitches and security groups but no instance or ENI. */
const STAGING_VPC = 'vpc-bp1st4g1ngq7w5e3r9t0y';

/**
 * Hangzhou's vSwitches and security groups, the ones the demo's resources use first (with their names) and the ones
 * that only the create flow offers: another vSwitch in each VPC and zone in use; in zone K of the prod VPC a /29 with
 * one free address and a /29 with none (their other addresses are taken by other services' resources); a Pending
 * vSwitch in zone H; and the staging VPC, which holds no instance.
 */
function hangzhouNetworks(b: AccountBuilder): void {
  const hz = (zone: string, vpc: string, vSwitchId: string, cidrBlock: string) =>
    net('cn-hangzhou', `cn-hangzhou-${zone}`, vpc, vSwitchId, '', cidrBlock);
  b.vSwitch(hz('k', PROD_VPC, 'vsw-bp1xgvok3myac6ctry030', '172.16.181.0/24'), { name: 'prod-k', ipv6CidrBlock: '2001:db8:10:b5::/64' })
    .vSwitch(hz('i', PROD_VPC, 'vsw-bp1i2mz0e0kbj5l7rm2xq', '172.16.20.0/24'), { name: 'prod-i', ipv6CidrBlock: '2001:db8:10:14::/64' })
    .vSwitch(hz('k', PROD_VPC, 'vsw-bp1k7q2wd9fx4ne8sc1ma', '172.16.182.0/24'), {
      name: 'prod-k-b',
      description: 'Second prod subnet in zone K',
    })
    .vSwitch(hz('i', PROD_VPC, 'vsw-bp1i8s3ne5gy6ob2td7nr', '172.16.21.0/24'), { name: 'prod-i-b' })
    .vSwitch(hz('k', PROD_VPC, 'vsw-bp1n3arlyfu11ne4ipq2', '172.16.183.0/29'), { name: 'prod-k-almost-full', otherAddresses: [1, 2, 3] })
    .vSwitch(hz('k', PROD_VPC, 'vsw-bp1f0ul7n0ipl3ft5kq8z', '172.16.183.8/29'), { name: 'prod-k-full', otherAddresses: [1, 2, 3, 4] })
    .vSwitch(hz('h', PROD_VPC, 'vsw-bp1p3nd1ngh7w2c9xs6uv', '172.16.30.0/24'), { name: 'prod-h-new', status: 'Pending' })
    .vSwitch(hz('k', BUILD_VPC, 'vsw-bp1dp4ykfdt9i0v8oqd4h', '10.0.1.0/24'), { name: 'build-k' })
    .vSwitch(hz('k', BUILD_VPC, 'vsw-bp1bu1ld2k9x7c5v3n1mq', '10.0.2.0/24'), { name: 'build-k-b' })
    .vSwitch(hz('h', STAGING_VPC, 'vsw-bp1st4gh8j6k4l2z0x9cv', '192.168.10.0/24'), { name: 'staging-h' })
    .vSwitch(hz('i', STAGING_VPC, 'vsw-bp1st4gi2m4n6b8v0c1xz', '192.168.11.0/24'), { name: 'staging-i' });
  const group = (vpc: string, id: string, name: string, description: string) =>
    b.securityGroup('cn-hangzhou', vpc, { id, name, description });
  group(PROD_VPC, 'sg-bp16q7p8yafqaure63n4', 'web-servers', 'HTTP and HTTPS from the internet');
  group(PROD_VPC, 'sg-bp1d3fau1t7xq9w2k5m8', 'default', 'System created security group.');
  group(PROD_VPC, 'sg-bp1db4cc3ss6r8t0y2u5', 'db-access', 'MySQL from the web servers');
  group(PROD_VPC, 'sg-bp1mgmt9b2n4v6c8x0z3', 'bastion-ssh', 'SSH from the bastion host');
  group(BUILD_VPC, 'sg-bp1fg655nh68xyz9i4eh', 'build-agents', 'Outbound only');
  group(BUILD_VPC, 'sg-bp1bd3fau1tq8w6e4r2t', 'default', 'System created security group.');
  group(STAGING_VPC, 'sg-bp1st4gdef7u9i1o3p5a', 'default', 'System created security group.');
  group(STAGING_VPC, 'sg-bp1st4gweb2s4d6f8g0h', 'staging-web', 'HTTP from the office');
}
