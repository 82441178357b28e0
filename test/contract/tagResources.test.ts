import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, callAction, ecsErrorOf, sdkErrorOf } from './helpers';
import { SPARE_K, SPARE_K_2, WEB_1 } from '../emulator/demoIds';

const REGION = 'cn-hangzhou';
const SPARE_SH = 'eni-uf6c3d4e5f6g7h8i9j0k';

describe('contract: TagResources and UntagResources through the SDK and the adapter', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;
  const tagsOf = async (eniId: string): Promise<string[]> =>
    ((await api.getNetworkInterfaces(REGION, [eniId]))[0]?.tags ?? []).map((tag) => `${tag.key}=${tag.value}`);
  const refusal = async (promise: Promise<unknown>): Promise<[string, number | undefined]> => {
    const error = await ecsErrorOf(promise);
    return [error.code, error.httpStatus];
  };

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator);
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('adds tags to several ENIs, overwriting a key they have, and removes tags by key', async () => {
    await api.tagNetworkInterfaces(
      REGION,
      [SPARE_K, SPARE_K_2],
      [
        { key: 'owner', value: 'ci' },
        { key: 'team', value: 'net' },
      ],
    );
    assert.deepStrictEqual(await tagsOf(SPARE_K), ['owner=ci', 'team=net']);
    assert.deepStrictEqual(await tagsOf(SPARE_K_2), ['owner=ci', 'team=net']);
    await api.untagNetworkInterfaces(REGION, [SPARE_K, SPARE_K_2], ['owner', 'absent']);
    assert.deepStrictEqual(await tagsOf(SPARE_K), ['team=net']);
    assert.deepStrictEqual(await tagsOf(SPARE_K_2), ['team=net']);
  });

  it('refuses ids that do not exist in the region, and changes none of the others', async () => {
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, [SPARE_K, SPARE_SH], [{ key: 'a', value: 'b' }])), [
      'InvalidResourceId.NotFound',
      404,
    ]);
    assert.deepStrictEqual(await refusal(api.untagNetworkInterfaces(REGION, [SPARE_K, 'eni-bp1doesnotexist0000'], ['owner'])), [
      'InvalidResourceId.NotFound',
      404,
    ]);
    assert.deepStrictEqual(await tagsOf(SPARE_K), ['owner=lisi']);
  });

  it('allows at most 20 tags on a resource and in a request, with the key and value rules of CreateNetworkInterface', async () => {
    const tags = (count: number, from = 0) => Array.from({ length: count }, (_, n) => ({ key: `k${from + n}`, value: 'v' }));
    await api.tagNetworkInterfaces(REGION, [SPARE_K], tags(19));
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, [SPARE_K], tags(1, 100))), ['OperationDenied.QuotaExceed', 400]);
    await api.tagNetworkInterfaces(REGION, [SPARE_K], tags(2, 0));
    assert.strictEqual((await tagsOf(SPARE_K)).length, 20, 'overwriting keys it has does not add to the count');
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, [SPARE_K_2], tags(21))), ['NumberExceed.Tags', 400]);
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, [SPARE_K_2], [...tags(1), ...tags(1)])), [
      'Duplicate.TagKey',
      400,
    ]);
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, [SPARE_K_2], [{ key: 'acs:x', value: '' }])), [
      'InvalidTagKey.Malformed',
      400,
    ]);
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, [SPARE_K_2], [{ key: 'x', value: 'acs:y' }])), [
      'InvalidTagValue.Malformed',
      400,
    ]);
    assert.deepStrictEqual(
      await refusal(
        api.untagNetworkInterfaces(
          REGION,
          [SPARE_K_2],
          tags(21).map((t) => t.key),
        ),
      ),
      ['NumberExceed.Tags', 400],
    );
    const ids = Array.from({ length: 51 }, () => SPARE_K_2);
    assert.deepStrictEqual(await refusal(api.tagNetworkInterfaces(REGION, ids, tags(1))), ['NumberExceed.ResourceIds', 400]);
    assert.deepStrictEqual(await tagsOf(SPARE_K_2), []);
  });

  it('checks ResourceType and the parameters the adapter always sends, through the raw SDK', async () => {
    const tag = (query: Record<string, string>) => sdkErrorOf(callAction(emulator, 'TagResources', { RegionId: REGION, ...query }));
    const one = { 'ResourceId.1': SPARE_K, 'Tag.1.Key': 'a', 'Tag.1.Value': 'b' };
    assert.deepStrictEqual(
      [await tag(one)].map((e) => [e.code, e.statusCode]),
      [['MissingParameter.ResourceType', 404]],
    );
    assert.strictEqual((await tag({ ...one, ResourceType: 'ENI' })).code, 'InvalidResourceType.NotFound');
    assert.strictEqual((await tag({ ...one, ResourceType: 'disk' })).code, 'InvalidResourceId.NotFound');
    assert.strictEqual((await tag({ ResourceType: 'eni', 'Tag.1.Key': 'a' })).code, 'MissingParameter.ResourceIds');
    assert.strictEqual((await tag({ ResourceType: 'eni', 'ResourceId.1': SPARE_K })).code, 'MissingParameter.Tags');
    await callAction(emulator, 'TagResources', { RegionId: REGION, ResourceType: 'instance', 'ResourceId.1': WEB_1, 'Tag.1.Key': 'a' });
    assert.deepStrictEqual(
      (await api.getInstances(REGION, [WEB_1]))[0]?.tags.map((t) => t.key),
      ['env', 'a'],
    );
    const untag = { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': SPARE_K };
    const conflict = await sdkErrorOf(callAction(emulator, 'UntagResources', { ...untag, All: 'true', 'TagKey.1': 'owner' }));
    assert.deepStrictEqual([conflict.code, conflict.statusCode], ['Param.Conflict', 403]);
    await callAction(emulator, 'UntagResources', untag);
    assert.deepStrictEqual(await tagsOf(SPARE_K), ['owner=lisi'], 'neither keys nor All: nothing removed');
    await callAction(emulator, 'UntagResources', { ...untag, All: 'true' });
    assert.deepStrictEqual(await tagsOf(SPARE_K), []);
  });
});
