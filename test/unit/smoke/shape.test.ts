import * as assert from 'node:assert';
import { differencesOf, markdownOf, record } from '../../../tools/smoke/report';
import { compareShapes, shapeOf } from '../../../tools/smoke/shape';

const ok = (body: Record<string, unknown>) => ({ ok: true as const, body });

describe('smoke kit: comparing the shapes of two answers', () => {
  const cloud = {
    RequestId: 'A1',
    TotalCount: 2,
    NetworkInterfaceSets: {
      NetworkInterfaceSet: [
        { NetworkInterfaceId: 'eni-1', Tags: { Tag: [] }, Attachment: { InstanceId: 'i-1', DeviceIndex: 1 } },
        { NetworkInterfaceId: 'eni-2', Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] }, ServiceManaged: false },
      ],
    },
  };

  it('finds none between answers of the same shape, whatever their values', () => {
    const emulator = JSON.parse(JSON.stringify(cloud).replace(/eni-/g, 'eni-x').replace('prod', 'dev')) as Record<string, unknown>;
    assert.deepStrictEqual(compareShapes(shapeOf(cloud), shapeOf(emulator)), []);
  });

  it('names a field one side lacks, with its path through lists, and a type that differs', () => {
    const emulator = {
      RequestId: 'B2',
      TotalCount: '2',
      NetworkInterfaceSets: {
        NetworkInterfaceSet: [{ NetworkInterfaceId: 'eni-9', Tags: { Tag: [{ TagKey: 'k' }] }, ServiceManaged: false }],
      },
    };
    assert.deepStrictEqual(compareShapes(shapeOf(cloud), shapeOf(emulator)), [
      { path: 'NetworkInterfaceSets.NetworkInterfaceSet[].Attachment', cloud: 'object', emulator: 'absent' },
      { path: 'NetworkInterfaceSets.NetworkInterfaceSet[].Tags.Tag[].TagValue', cloud: 'string', emulator: 'absent' },
      { path: 'TotalCount', cloud: 'number', emulator: 'string' },
    ]);
  });

  it('says nothing of the items of an empty list, nor of a field left null', () => {
    assert.deepStrictEqual(compareShapes(shapeOf({ Items: [], Note: null }), shapeOf({ Items: [{ Id: 1 }], Note: 'x' })), []);
  });

  it('compares refusals by code and HTTP status, and an answer with a refusal as a difference of outcome', () => {
    const refused = (code: string, httpStatus: number) => ({ ok: false as const, code, httpStatus });
    assert.deepStrictEqual(differencesOf(refused('InvalidRegionId.NotFound', 404), refused('InvalidRegionId.NotFound', 404)), []);
    assert.deepStrictEqual(differencesOf(refused('InvalidRegionId.NotFound', 404), refused('InvalidRegionId.NotFound', 400)), [
      { path: '(outcome)', cloud: 'InvalidRegionId.NotFound (HTTP 404)', emulator: 'InvalidRegionId.NotFound (HTTP 400)' },
    ]);
    assert.strictEqual(differencesOf(ok({}), refused('Forbidden.RAM', 403)).length, 1);
    assert.deepStrictEqual(differencesOf(ok({}), undefined), [], 'a request one side could not make is not compared');
  });

  it('keeps no value of the account in the report: shapes, codes and parameter names only', () => {
    const secretish = { AccessKeyId: 'LTAI5tSecretLooking', OwnerId: 1234567890123456, PrivateIpAddress: '172.16.3.17' };
    const report = {
      kit: 'alicloud-ecs-explorer smoke kit' as const,
      date: '2026-12-03T00:00:00.000Z',
      target: 'Alibaba Cloud' as const,
      regions: 1,
      requests: [
        {
          action: 'DescribeInstances',
          note: 'x',
          params: ['RegionId'],
          cloud: record(ok(secretish)),
          emulator: undefined,
          differences: [],
        },
      ],
    };
    const written = `${JSON.stringify(report)}\n${markdownOf(report)}`;
    for (const value of ['LTAI5tSecretLooking', '1234567890123456', '172.16.3.17']) {
      assert.ok(!written.includes(value), `${value} is in the report`);
    }
    assert.ok(written.includes('AccessKeyId'), 'the field names are kept');
  });
});
