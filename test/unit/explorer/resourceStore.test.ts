import * as assert from 'node:assert/strict';
import { EcsError } from '../../../src/cloud/ecsError';
import { ResourceStore, type StoreChange } from '../../../src/explorer/resourceStore';
import { eni, fakeApi, instance } from '../../support/fakeEcsApi';

describe('the resource store', () => {
  it('shows only the chosen regions, loads a region on demand and keeps it', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], [eni('eni-aaaaaa1')]);
    const store = new ResourceStore(api, ['cn-hangzhou']);
    assert.deepEqual(
      (await store.shownRegions()).map((r) => r.regionId),
      ['cn-hangzhou'],
    );
    const resources = await store.regionData('cn-hangzhou');
    assert.deepEqual(
      resources.instances.items().map((i) => i.instanceId),
      ['i-aaaaaa1'],
    );
    await store.regionData('cn-hangzhou');
    assert.deepEqual(api.calls.filter((c) => c.startsWith('list')).sort(), ['listInstances', 'listNetworkInterfaces']);
  });

  it('tells which rows a fresh read touched: the ENI, and the instances it left and joined', async () => {
    const enis = [eni('eni-aaaaaa1', 'i-aaaaaa1')];
    const store = new ResourceStore(fakeApi([instance('i-aaaaaa1'), instance('i-bbbbbb2')], enis), ['cn-hangzhou']);
    await store.regionData('cn-hangzhou');
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    enis[0] = eni('eni-aaaaaa1', 'i-bbbbbb2');
    const fresh = await store.readFresh('cn-hangzhou', [], ['eni-aaaaaa1']);
    assert.equal(fresh.networkInterfaces[0]?.instanceId, 'i-bbbbbb2');
    assert.deepEqual(changes, [
      {
        kind: 'resources',
        regionId: 'cn-hangzhou',
        instanceIds: ['i-aaaaaa1', 'i-bbbbbb2'],
        networkInterfaceIds: ['eni-aaaaaa1'],
        reshaped: [],
      },
    ]);
    assert.equal(
      store.region('cn-hangzhou').networkInterfaces.get('eni-aaaaaa1')?.instanceId,
      'i-bbbbbb2',
      'the store keeps what ECS said',
    );
  });

  it('says which list gained a resource it did not hold, so that the new row shows', async () => {
    const enis = [eni('eni-aaaaaa1')];
    const store = new ResourceStore(fakeApi([], enis), ['cn-hangzhou']);
    await store.regionData('cn-hangzhou');
    enis.push(eni('eni-bbbbbb2'));
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.readFresh('cn-hangzhou', [], ['eni-aaaaaa1', 'eni-bbbbbb2']);
    assert.deepEqual(
      changes.map((c) => c.kind === 'resources' && c.reshaped),
      [['networkInterfaces']],
    );
    assert.ok(store.region('cn-hangzhou').networkInterfaces.get('eni-bbbbbb2'));
  });

  it('says which list lost a resource that no longer exists', async () => {
    const enis = [eni('eni-aaaaaa1')];
    const store = new ResourceStore(fakeApi([], enis), ['cn-hangzhou']);
    await store.regionData('cn-hangzhou');
    enis.pop();
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.readFresh('cn-hangzhou', [], ['eni-aaaaaa1']);
    assert.deepEqual(
      changes.map((c) => c.kind === 'resources' && c.reshaped),
      [['networkInterfaces']],
    );
  });

  it('keeps a failed re-read for its row to show, until a read of it succeeds', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], []);
    const store = new ResourceStore(api, ['cn-hangzhou']);
    await store.regionData('cn-hangzhou');
    api.fail = new EcsError('Throttling', 'slow down', 'req-1', 400, undefined, 'DescribeInstances');
    await store.reread('cn-hangzhou', ['i-aaaaaa1'], []);
    assert.equal((store.region('cn-hangzhou').readFailures.get('i-aaaaaa1') as EcsError).code, 'Throttling');
    api.fail = undefined;
    await store.reread('cn-hangzhou', ['i-aaaaaa1'], []);
    assert.equal(store.region('cn-hangzhou').readFailures.get('i-aaaaaa1'), undefined);
  });

  it('hears a credential refusal in a load, and in the region list', async () => {
    const api = fakeApi([], []);
    const store = new ResourceStore(api, ['cn-hangzhou']);
    const refused: string[] = [];
    store.onDidRefuseCredentials((error) => refused.push(error.code));
    api.fail = new EcsError('InvalidAccessKeyId.NotFound', 'no', 'req-2', 404, undefined, 'DescribeInstances');
    await assert.rejects(store.regionData('cn-hangzhou'));
    await assert.rejects(store.shownRegions());
    assert.deepEqual(refused, ['InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.NotFound']);
  });

  it('forgets everything when pointed at another account, and says so', async () => {
    const store = new ResourceStore(fakeApi([instance('i-aaaaaa1')], []), ['cn-hangzhou']);
    await store.regionData('cn-hangzhou');
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    const other = fakeApi([instance('i-cccccc3')], []);
    store.connect(other, ['cn-beijing']);
    assert.deepEqual(changes, [{ kind: 'reset' }]);
    assert.deepEqual(store.loaded(), []);
    assert.deepEqual(
      (await store.regionData('cn-beijing')).instances.items().map((i) => i.instanceId),
      ['i-cccccc3'],
    );
  });
});
