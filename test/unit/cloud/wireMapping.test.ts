import * as assert from 'node:assert';
import { wireInstance, wireItems, wireNetworkInterface, wireTotalCount } from '../../../src/cloud/wireMapping';

describe('reading ECS JSON off the wire', () => {
  it('reads an instance, every field where DescribeInstances puts it', () => {
    const raw = {
      InstanceId: 'i-1',
      InstanceName: 'web-1',
      RegionId: 'cn-hangzhou',
      ZoneId: 'cn-hangzhou-k',
      Status: 'Running',
      InstanceType: 'ecs.g7.large',
      VpcAttributes: { VpcId: 'vpc-1', VSwitchId: 'vsw-1', PrivateIpAddress: { IpAddress: ['10.0.0.1', '10.0.0.2'] } },
      SecurityGroupIds: { SecurityGroupId: ['sg-1', 'sg-2'] },
      StartTime: '2026-01-01T00:00Z',
      NetworkInterfaces: { NetworkInterface: [{ NetworkInterfaceId: 'eni-1' }, { NetworkInterfaceId: 'eni-2' }] },
      Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
    };
    assert.deepStrictEqual(wireInstance(raw), {
      instanceId: 'i-1',
      instanceName: 'web-1',
      regionId: 'cn-hangzhou',
      zoneId: 'cn-hangzhou-k',
      status: 'Running',
      instanceType: 'ecs.g7.large',
      vpcId: 'vpc-1',
      vSwitchId: 'vsw-1',
      privateIpAddress: '10.0.0.1',
      securityGroupIds: ['sg-1', 'sg-2'],
      startTime: '2026-01-01T00:00Z',
      networkInterfaceIds: ['eni-1', 'eni-2'],
      tags: [{ key: 'env', value: 'prod' }],
      properties: raw,
    });
  });

  it('reads missing, null and odd fields as empty text and empty lists, and numbers as text', () => {
    const instance = wireInstance({
      InstanceId: 42,
      InstanceName: null,
      Status: undefined,
      ZoneId: false,
      VpcAttributes: [],
      SecurityGroupIds: { SecurityGroupId: 'sg-1' },
      Tags: { Tag: [{ TagKey: 'k' }, 'not a tag'] },
    });
    assert.strictEqual(instance.instanceId, '42');
    assert.strictEqual(instance.instanceName, '');
    assert.strictEqual(instance.status, '');
    assert.strictEqual(instance.zoneId, 'false');
    assert.strictEqual(instance.vpcId, '');
    assert.strictEqual(instance.privateIpAddress, '');
    assert.deepStrictEqual(instance.securityGroupIds, []);
    assert.deepStrictEqual(instance.networkInterfaceIds, []);
    assert.deepStrictEqual(instance.tags, [
      { key: 'k', value: '' },
      { key: '', value: '' },
    ]);
    for (const raw of [null, undefined, 'i-1', ['i-1']]) {
      const empty = wireInstance(raw);
      assert.strictEqual(empty.instanceId, '', String(raw));
      assert.deepStrictEqual(empty.properties, {}, String(raw));
    }
  });

  it('reads an ENI, every field where DescribeNetworkInterfaces puts it', () => {
    const raw = {
      NetworkInterfaceId: 'eni-1',
      NetworkInterfaceName: 'spare',
      ZoneId: 'cn-hangzhou-k',
      Status: 'InUse',
      Type: 'Secondary',
      VpcId: 'vpc-1',
      VSwitchId: 'vsw-1',
      PrivateIpAddress: '10.0.0.5',
      PrivateIpSets: {
        PrivateIpSet: [
          { PrivateIpAddress: '10.0.0.5', Primary: true, AssociatedPublicIp: { PublicIpAddress: '47.96.1.2' } },
          { PrivateIpAddress: '10.0.0.6', Primary: false, AssociatedPublicIp: {} },
        ],
      },
      Ipv6Sets: { Ipv6Set: [{ Ipv6Address: '2001:db8::5' }] },
      AssociatedPublicIp: { PublicIpAddress: '47.96.1.2', AllocationId: 'eip-1' },
      MacAddress: '00:16:3e:00:00:01',
      SecurityGroupIds: { SecurityGroupId: ['sg-1'] },
      InstanceId: 'i-1',
      Attachment: { InstanceId: 'i-other', DeviceIndex: 2 },
      ServiceManaged: false,
      Tags: { Tag: [{ TagKey: 'a', TagValue: 'b' }] },
    };
    assert.deepStrictEqual(wireNetworkInterface(raw, 'cn-hangzhou'), {
      networkInterfaceId: 'eni-1',
      networkInterfaceName: 'spare',
      regionId: 'cn-hangzhou',
      zoneId: 'cn-hangzhou-k',
      status: 'InUse',
      type: 'Secondary',
      vpcId: 'vpc-1',
      vSwitchId: 'vsw-1',
      privateIpAddress: '10.0.0.5',
      privateIpSets: [
        { privateIpAddress: '10.0.0.5', primary: true, publicIpAddress: '47.96.1.2' },
        { privateIpAddress: '10.0.0.6', primary: false, publicIpAddress: '' },
      ],
      ipv6Addresses: ['2001:db8::5'],
      publicIpAddress: '47.96.1.2',
      macAddress: '00:16:3e:00:00:01',
      securityGroupIds: ['sg-1'],
      instanceId: 'i-1',
      deviceIndex: 2,
      serviceManaged: false,
      tags: [{ key: 'a', value: 'b' }],
      properties: raw,
    });
  });

  it("takes an ENI's instance from its attachment when the ENI names none (a trunk member)", () => {
    assert.strictEqual(wireNetworkInterface({ Attachment: { InstanceId: 'i-2' } }, 'r').instanceId, 'i-2');
    assert.strictEqual(wireNetworkInterface({ InstanceId: '', Attachment: { InstanceId: 'i-2' } }, 'r').instanceId, 'i-2');
    assert.strictEqual(wireNetworkInterface({}, 'r').instanceId, '');
  });

  it('gives a device index from the attachment, 0 for a primary ENI without one, and none otherwise', () => {
    assert.strictEqual(wireNetworkInterface({ Type: 'Secondary', Attachment: { DeviceIndex: 0 } }, 'r').deviceIndex, 0);
    assert.strictEqual(wireNetworkInterface({ Type: 'Primary', Attachment: { DeviceIndex: 3 } }, 'r').deviceIndex, 3);
    assert.strictEqual(wireNetworkInterface({ Type: 'Primary' }, 'r').deviceIndex, 0);
    assert.strictEqual(wireNetworkInterface({ Type: 'Primary', Attachment: { DeviceIndex: '1' } }, 'r').deviceIndex, 0);
    assert.strictEqual(wireNetworkInterface({ Type: 'Secondary', Attachment: { DeviceIndex: '1' } }, 'r').deviceIndex, undefined);
    assert.strictEqual(wireNetworkInterface({ Type: 'Secondary' }, 'r').deviceIndex, undefined);
  });

  it('reads ServiceManaged as a boolean or as the text "true"', () => {
    assert.strictEqual(wireNetworkInterface({ ServiceManaged: true }, 'r').serviceManaged, true);
    assert.strictEqual(wireNetworkInterface({ ServiceManaged: 'true' }, 'r').serviceManaged, true);
    assert.strictEqual(wireNetworkInterface({ ServiceManaged: 'false' }, 'r').serviceManaged, false);
    assert.strictEqual(wireNetworkInterface({ ServiceManaged: 1 }, 'r').serviceManaged, false);
    assert.strictEqual(wireNetworkInterface({}, 'r').serviceManaged, false);
  });

  it('reads TotalCount as a number or as text, and 0 when it is neither', () => {
    assert.strictEqual(wireTotalCount({ TotalCount: 12 }), 12);
    assert.strictEqual(wireTotalCount({ TotalCount: 0 }), 0);
    assert.strictEqual(wireTotalCount({ TotalCount: '37' }), 37);
    assert.strictEqual(wireTotalCount({ TotalCount: 'many' }), 0);
    assert.strictEqual(wireTotalCount({}), 0);
  });

  it('finds the rows of a list inside their wrapper, and none when the wrapper is missing or odd', () => {
    assert.deepStrictEqual(wireItems({ Instances: { Instance: [{ a: 1 }, { b: 2 }] } }, 'Instances', 'Instance'), [{ a: 1 }, { b: 2 }]);
    assert.deepStrictEqual(wireItems({ Instances: { Instance: { a: 1 } } }, 'Instances', 'Instance'), []);
    assert.deepStrictEqual(wireItems({ Instances: [[{ a: 1 }]] }, 'Instances', 'Instance'), []);
    assert.deepStrictEqual(wireItems({}, 'Instances', 'Instance'), []);
  });
});
