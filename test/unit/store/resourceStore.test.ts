import * as assert from 'node:assert/strict';
import { EcsError } from '../../../src/cloud/ecsError';
import { ResourceStore, type StoreChange } from '../../../src/store/resourceStore';
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

describe('the resource store, in detail', () => {
  const REGION = 'cn-hangzhou';

  it('says when each list of a region has settled', async () => {
    const store = new ResourceStore(fakeApi([instance('i-aaaaaa1')], []), [REGION]);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.regionData(REGION);
    assert.deepEqual(
      changes.filter((c) => c.kind === 'listSettled'),
      [
        { kind: 'listSettled', regionId: REGION, list: 'instances' },
        { kind: 'listSettled', regionId: REGION, list: 'networkInterfaces' },
      ],
    );
  });

  it('forgets a dropped region, and says nothing of a load that settles after the drop', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], []);
    const store = new ResourceStore(api, [REGION]);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    const dropped = store.region(REGION);
    const loading = dropped.instances.complete();
    store.dropRegion(REGION);
    await loading;
    assert.deepEqual(changes, []);
    assert.deepEqual(store.loaded(), []);
    assert.notEqual(store.region(REGION), dropped, 'the region is created afresh when asked again');
  });

  it('stops the reads of a dropped region, and gives a command waiting for it the region read again', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], [eni('eni-aaaaaa1', 'i-aaaaaa1')]);
    const signals: AbortSignal[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const listInstances = api.listInstances.bind(api);
    api.listInstances = async (regionId, progress, signal) => {
      if (signal) {
        signals.push(signal);
      }
      if (signals.length === 1) {
        await held;
      }
      return listInstances(regionId, progress, signal);
    };
    const store = new ResourceStore(api, [REGION]);
    const waiting = store.regionData(REGION);
    await new Promise((resolve) => setImmediate(resolve));
    store.dropRegion(REGION);
    assert.equal(signals[0]?.aborted, true, 'the dropped region was told to stop');
    release();
    const data = await waiting;
    assert.equal(data, store.region(REGION), 'the region as read after the drop');
    assert.deepEqual(
      data.instances.items().map((i) => i.instanceId),
      ['i-aaaaaa1'],
    );
  });

  it('rejects a command waiting for a region as cancelled when the account changes meanwhile', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], []);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const listInstances = api.listInstances.bind(api);
    api.listInstances = async (...args) => {
      await held;
      return listInstances(...args);
    };
    const store = new ResourceStore(api, [REGION]);
    const waiting = store.regionData(REGION);
    await new Promise((resolve) => setImmediate(resolve));
    store.connect(fakeApi([instance('i-other01')], []), [REGION]);
    release();
    await assert.rejects(waiting, (error: { code?: string }) => error.code === 'Cancelled');
  });

  it('gives a command waiting for a list that was refreshed meanwhile the list read after the refresh', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], []);
    const store = new ResourceStore(api, [REGION]);
    const resources = store.region(REGION);
    const waiting = store.regionData(REGION);
    resources.instances.reset();
    const data = await waiting;
    assert.equal(data.instances.state.kind, 'loaded');
    assert.deepEqual(
      data.instances.items().map((i) => i.instanceId),
      ['i-aaaaaa1'],
    );
  });

  it('reads only the kinds of resource it was asked for', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], [eni('eni-aaaaaa1', 'i-aaaaaa1')]);
    const store = new ResourceStore(api, [REGION]);
    await store.regionData(REGION);
    api.calls.length = 0;
    const onlyEnis = await store.readFresh(REGION, [], ['eni-aaaaaa1']);
    assert.deepEqual(api.calls, ['getNetworkInterfaces']);
    assert.deepEqual(onlyEnis.instances, []);
    api.calls.length = 0;
    const onlyInstances = await store.readFresh(REGION, ['i-aaaaaa1'], []);
    assert.deepEqual(api.calls, ['getInstances']);
    assert.deepEqual(onlyInstances.networkInterfaces, []);
    assert.deepEqual(
      onlyInstances.instances.map((i) => i.instanceId),
      ['i-aaaaaa1'],
    );
  });

  it('reads an ENI it never listed and that does not exist: no list changed, no instance named', async () => {
    const store = new ResourceStore(fakeApi([], []), [REGION]);
    await store.regionData(REGION);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.readFresh(REGION, [], ['eni-unknown1']);
    assert.deepEqual(changes, [
      { kind: 'resources', regionId: REGION, instanceIds: [], networkInterfaceIds: ['eni-unknown1'], reshaped: [] },
    ]);
  });

  it('says the instance list lost an instance only when one of those read is gone', async () => {
    const instances = [instance('i-aaaaaa1'), instance('i-bbbbbb2')];
    const store = new ResourceStore(fakeApi(instances, []), [REGION]);
    await store.regionData(REGION);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.readFresh(REGION, ['i-aaaaaa1', 'i-bbbbbb2'], []);
    instances.pop();
    await store.readFresh(REGION, ['i-aaaaaa1', 'i-bbbbbb2'], []);
    assert.deepEqual(
      changes.map((c) => c.kind === 'resources' && c.reshaped),
      [[], ['instances']],
    );
    assert.deepEqual(
      changes.map((c) => c.kind === 'resources' && c.instanceIds),
      [
        ['i-aaaaaa1', 'i-bbbbbb2'],
        ['i-aaaaaa1', 'i-bbbbbb2'],
      ],
    );
  });

  it('says the ENI list lost an ENI when any one of those read is gone', async () => {
    const enis = [eni('eni-aaaaaa1'), eni('eni-bbbbbb2')];
    const store = new ResourceStore(fakeApi([], enis), [REGION]);
    await store.regionData(REGION);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    enis.pop();
    await store.readFresh(REGION, [], ['eni-aaaaaa1', 'eni-bbbbbb2']);
    assert.deepEqual(
      changes.map((c) => c.kind === 'resources' && c.reshaped),
      [['networkInterfaces']],
    );
  });

  it('tells the view which rows a failed re-read was about', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], [eni('eni-aaaaaa1')]);
    const store = new ResourceStore(api, [REGION]);
    await store.regionData(REGION);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    api.fail = new EcsError('Throttling', 'slow down', 'req-1', 400, undefined, 'DescribeInstances');
    await store.reread(REGION, ['i-aaaaaa1'], ['eni-aaaaaa1']);
    assert.deepEqual(changes, [
      { kind: 'resources', regionId: REGION, instanceIds: ['i-aaaaaa1'], networkInterfaceIds: ['eni-aaaaaa1'], reshaped: [] },
    ]);
  });

  it('hears no credential refusal in a failure that is not one', async () => {
    for (const failure of [
      new EcsError('Throttling', 'slow down', 'req-1', 400, undefined, 'DescribeInstances'),
      Object.assign(new Error('InvalidAccessKeyId.NotFound'), { code: 'InvalidAccessKeyId.NotFound' }),
    ]) {
      const api = fakeApi([], []);
      const store = new ResourceStore(api, [REGION]);
      const refused: string[] = [];
      store.onDidRefuseCredentials((error) => refused.push(error.code));
      api.fail = failure as EcsError;
      await assert.rejects(store.regionData(REGION));
      await assert.rejects(store.shownRegions());
      assert.deepEqual(refused, [], failure.message);
    }
  });

  it('hears nothing from the region list of an account it was pointed away from', async () => {
    let refuse: (error: unknown) => void = () => undefined;
    const before = fakeApi([], []);
    before.describeRegions = () =>
      new Promise((_resolve, reject) => {
        refuse = reject;
      });
    const store = new ResourceStore(before, [REGION]);
    const refused: string[] = [];
    store.onDidRefuseCredentials((error) => refused.push(error.code));
    const asked = store.shownRegions();
    const now = fakeApi([], []);
    store.connect(now, [REGION]);
    refuse(new EcsError('InvalidAccessKeyId.NotFound', 'no', 'req-2', 404, undefined, 'DescribeRegions'));
    await assert.rejects(asked);
    assert.deepEqual(refused, []);
    assert.deepEqual(
      (await store.shownRegions()).map((r) => r.regionId),
      [REGION],
    );
    assert.deepEqual(now.calls, ['DescribeRegions']);
  });

  it('tells no one anything once disposed', async () => {
    const api = fakeApi([], []);
    const store = new ResourceStore(api, [REGION]);
    const changes: StoreChange[] = [];
    const refused: string[] = [];
    store.onDidChange((change) => changes.push(change));
    store.onDidRefuseCredentials((error) => refused.push(error.code));
    store.dispose();
    store.clear();
    api.fail = new EcsError('InvalidAccessKeyId.NotFound', 'no', 'req-2', 404, undefined, 'DescribeInstances');
    await assert.rejects(store.regionData(REGION));
    assert.deepEqual(changes, []);
    assert.deepEqual(refused, []);
  });
});

describe('the resource store, read again in place', () => {
  const REGION_ID = 'cn-hangzhou';

  it('says nothing when nothing changed, and keeps the very objects', async () => {
    const enis = [eni('eni-aaaaaa1'), eni('eni-bbbbbb2', 'i-aaaaaa1')];
    const store = new ResourceStore(fakeApi([instance('i-aaaaaa1')], enis), [REGION_ID]);
    await store.regionData(REGION_ID);
    const before = store.region(REGION_ID).networkInterfaces.get('eni-aaaaaa1');
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.reloadLoaded();
    assert.deepStrictEqual(changes, []);
    assert.strictEqual(store.region(REGION_ID).networkInterfaces.get('eni-aaaaaa1'), before);
  });

  it('names the rows that changed, the instances an ENI left and joined, and the lists that gained or lost one', async () => {
    const enis = [eni('eni-aaaaaa1'), eni('eni-bbbbbb2', 'i-aaaaaa1'), eni('eni-cccccc3')];
    const store = new ResourceStore(fakeApi([instance('i-aaaaaa1'), instance('i-bbbbbb2')], enis), [REGION_ID]);
    await store.regionData(REGION_ID);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    enis[1] = eni('eni-bbbbbb2', 'i-bbbbbb2');
    enis.pop();
    enis.push(eni('eni-dddddd4'));
    await store.reloadLoaded();
    assert.deepStrictEqual(changes, [
      {
        kind: 'resources',
        regionId: REGION_ID,
        instanceIds: ['i-aaaaaa1', 'i-bbbbbb2'],
        networkInterfaceIds: ['eni-bbbbbb2', 'eni-dddddd4'],
        reshaped: ['networkInterfaces'],
      },
    ]);
    assert.strictEqual(store.region(REGION_ID).networkInterfaces.get('eni-cccccc3'), undefined);
  });

  it('rejects with the failure and keeps what it had', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], [eni('eni-aaaaaa1')]);
    const store = new ResourceStore(api, [REGION_ID]);
    await store.regionData(REGION_ID);
    api.fail = new EcsError('ServiceUnavailable', 'down', undefined, 503, undefined, 'DescribeInstances');
    await assert.rejects(store.reloadLoaded(), /down/);
    assert.ok(store.region(REGION_ID).networkInterfaces.get('eni-aaaaaa1'));
  });
});

describe('when the view first saw an ENI in its status', () => {
  it('keeps the first sighting while the status holds, and starts again when it changes', async () => {
    const store = new ResourceStore(fakeApi([], [eni('eni-aaaaaa1', 'i-aaaaaa1', 'Detaching')]), ['cn-hangzhou']);
    const region = await store.regionData('cn-hangzhou');
    const detaching = region.networkInterfaces.get('eni-aaaaaa1');
    assert.ok(detaching);
    assert.equal(region.statusSince(detaching, 1000), 1000);
    assert.equal(region.statusSince(detaching, 9000), 1000);
    assert.equal(region.statusSince({ ...detaching, status: 'Available' }, 12_000), 12_000);
    assert.equal(region.statusSince(detaching, 15_000), 15_000);
  });
});
