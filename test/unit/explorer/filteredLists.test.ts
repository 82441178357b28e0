import * as assert from 'node:assert/strict';
import { visibleIds } from '../../../src/explorer/filteredLists';
import { ResourceStore } from '../../../src/store/resourceStore';
import { eni, fakeApi, instance, securityGroup } from '../../support/fakeEcsApi';

const REGION = 'cn-hangzhou';

function region(): { store: ResourceStore; api: ReturnType<typeof fakeApi> } {
  const web = {
    ...eni('eni-web0001', 'i-web0001'),
    networkInterfaceName: 'web',
    vpcId: 'vpc-a',
    vSwitchId: 'vsw-a',
    zoneId: 'cn-hangzhou-j',
    privateIpSets: [
      { privateIpAddress: '10.0.0.2', primary: true, publicIpAddress: '47.96.0.9' },
      { privateIpAddress: '10.0.0.7', primary: false, publicIpAddress: '' },
    ],
    ipv6Addresses: ['2001:db8:1::5'],
    publicIpAddress: '47.96.0.9',
    securityGroupIds: ['sg-web'],
  };
  const spare = { ...eni('eni-spare001'), privateIpAddress: '10.0.1.2', securityGroupIds: ['sg-db'] };
  const instances = [
    { ...instance('i-web0001'), privateIpAddress: '10.0.0.2', securityGroupIds: ['sg-web'], vpcId: 'vpc-a' },
    { ...instance('i-db00001'), privateIpAddress: '10.0.1.9', securityGroupIds: ['sg-db'] },
  ];
  const api = fakeApi(instances, [web, spare], [], {
    securityGroups: [
      { ...securityGroup('sg-web'), securityGroupName: 'Web-Servers' },
      { ...securityGroup('sg-db'), securityGroupName: 'databases' },
    ],
  });
  return { store: new ResourceStore(api, [REGION]), api };
}

describe('the filtered lists of a region', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['a secondary private IP', '10.0.0.7', ['i-web0001'], ['eni-web0001']],
    ['an IPv6 address', '2001:db8:1', ['i-web0001'], ['eni-web0001']],
    ['the EIP', '47.96', ['i-web0001'], ['eni-web0001']],
    ['an instance’s own IP', '10.0.1.9', ['i-db00001'], []],
    ['a VPC', 'vpc:vpc-a', ['i-web0001'], ['eni-web0001']],
    ['a vSwitch', 'vswitch:vsw-a', [], ['eni-web0001']],
    ['a zone', 'zone:cn-hangzhou-j', [], ['eni-web0001']],
    ['a security group by id', 'sg:sg-db', ['i-db00001'], ['eni-spare001']],
    ['a status with a vpc', 'status:Available vpc:vpc-1', [], ['eni-spare001']],
  ];
  for (const [what, filter, instances, enis] of cases) {
    it(`finds ${what}: ${filter}`, async () => {
      const { store } = region();
      const resources = await store.regionData(REGION);
      assert.deepEqual(visibleIds(resources, 'instances', filter), instances);
      assert.deepEqual(visibleIds(resources, 'networkInterfaces', filter), enis);
    });
  }

  it('finds security groups by name once their names arrive, and not from a stale result before', async () => {
    const { store } = region();
    const resources = await store.regionData(REGION);
    assert.deepEqual(visibleIds(resources, 'networkInterfaces', 'sg:web'), [], 'only ids before the names are in');
    assert.deepEqual(visibleIds(resources, 'instances', 'sg:web'), []);
    await resources.securityGroups.complete();
    assert.deepEqual(visibleIds(resources, 'networkInterfaces', 'sg:web'), ['eni-web0001']);
    assert.deepEqual(visibleIds(resources, 'instances', 'sg:web'), ['i-web0001']);
    assert.deepEqual(visibleIds(resources, 'instances', 'sg:DATA'), ['i-db00001']);
  });

  it('finds an instance by an address of an ENI that arrives after its own list', async () => {
    const { store } = region();
    const resources = store.region(REGION);
    await resources.instances.complete();
    assert.deepEqual(visibleIds(resources, 'instances', '10.0.0.7'), []);
    await resources.networkInterfaces.complete();
    assert.deepEqual(visibleIds(resources, 'instances', '10.0.0.7'), ['i-web0001']);
  });

  it('filters once per list state, filter and names', async () => {
    const { store } = region();
    const resources = await store.regionData(REGION);
    const first = visibleIds(resources, 'instances', 'status:running');
    assert.equal(visibleIds(resources, 'instances', 'status:running'), first, 'the very same result');
    await resources.networkInterfaces.reload();
    await resources.securityGroups.complete();
    assert.equal(visibleIds(resources, 'instances', 'status:running'), first, 'neither names nor addresses are read');
    const byText = visibleIds(resources, 'instances', 'web');
    assert.equal(visibleIds(resources, 'instances', 'web'), byText);
    await store.readFresh(REGION, [], ['eni-web0001']);
    assert.notEqual(visibleIds(resources, 'instances', 'web'), byText, 'free text reads the ENIs again after they changed');
    assert.deepEqual(visibleIds(resources, 'instances', 'web'), ['i-web0001']);
  });
});
