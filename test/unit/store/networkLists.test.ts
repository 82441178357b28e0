import * as assert from 'node:assert/strict';
import { EcsError } from '../../../src/cloud/ecsError';
import { ResourceStore, type StoreChange } from '../../../src/store/resourceStore';
import { eni, fakeApi, instance, securityGroup, vSwitch } from '../../support/fakeEcsApi';

const REGION = 'cn-hangzhou';
const named = (id: string, name: string): ReturnType<typeof securityGroup> => ({ ...securityGroup(id), securityGroupName: name });

describe('the store’s network lists', () => {
  it('reads the vSwitches and security groups only when asked, once, and says when each arrived', async () => {
    const api = fakeApi([instance('i-aaaaaa1')], [eni('eni-aaaaaa1')], [], {
      vSwitches: [vSwitch('vsw-1', 200)],
      securityGroups: [named('sg-1', 'web')],
    });
    const store = new ResourceStore(api, [REGION]);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    const region = await store.regionData(REGION);
    assert.deepEqual(
      api.calls.filter((call) => call === 'listVSwitches' || call === 'listSecurityGroups'),
      [],
    );
    assert.equal(region.securityGroupName('sg-1'), undefined, 'not loaded yet');

    await Promise.all([region.vSwitches.complete(), region.securityGroups.complete()]);
    await Promise.all([region.vSwitches.complete(), region.securityGroups.complete()]);
    assert.deepEqual(api.calls.filter((call) => call === 'listVSwitches' || call === 'listSecurityGroups').sort(), [
      'listSecurityGroups',
      'listVSwitches',
    ]);
    assert.equal(region.vSwitches.get('vsw-1')?.availableIpAddressCount, 200);
    assert.equal(region.securityGroupName('sg-1'), 'web');
    assert.equal(region.securityGroupName('sg-unknown'), undefined);
    assert.deepEqual(
      changes.filter((change) => change.kind === 'wholeListSettled'),
      [
        { kind: 'wholeListSettled', regionId: REGION, list: 'vSwitches' },
        { kind: 'wholeListSettled', regionId: REGION, list: 'securityGroups' },
      ],
    );
    assert.deepEqual(
      changes.filter((change) => change.kind === 'listSettled').map((change) => change.kind === 'listSettled' && change.list),
      ['instances', 'networkInterfaces'],
      'the lists of before tell of themselves as before',
    );
  });

  it('forgets them with the region, and reads them again when asked', async () => {
    const groups = [named('sg-1', 'web')];
    const api = fakeApi([], [], [], { securityGroups: groups });
    const store = new ResourceStore(api, [REGION]);
    await store.region(REGION).securityGroups.complete();
    groups[0] = named('sg-1', 'db');
    store.clear();
    assert.equal(store.region(REGION).securityGroupName('sg-1'), undefined);
    await store.region(REGION).securityGroups.complete();
    assert.equal(store.region(REGION).securityGroupName('sg-1'), 'db');
    store.dropRegion(REGION);
    assert.equal(store.region(REGION).securityGroups.state.kind, 'idle');
  });

  it('keeps a failure, hears a credential refusal in it, and says it settled', async () => {
    const api = fakeApi([], []);
    const store = new ResourceStore(api, [REGION]);
    const changes: StoreChange[] = [];
    const refused: string[] = [];
    store.onDidChange((change) => changes.push(change));
    store.onDidRefuseCredentials((error) => refused.push(error.code));
    api.fail = new EcsError('InvalidAccessKeyId.NotFound', 'no', 'req-1', 404, undefined, 'DescribeVSwitches');
    await store.region(REGION).vSwitches.complete();
    assert.equal(store.region(REGION).vSwitches.state.kind, 'failed');
    assert.deepEqual(refused, ['InvalidAccessKeyId.NotFound']);
    assert.deepEqual(changes, [{ kind: 'wholeListSettled', regionId: REGION, list: 'vSwitches' }]);
  });

  it('says nothing of a network list that settles after its region was dropped', async () => {
    const store = new ResourceStore(fakeApi([], [], [], { vSwitches: [vSwitch('vsw-1')] }), [REGION]);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    const loading = store.region(REGION).vSwitches.complete();
    store.dropRegion(REGION);
    await loading;
    assert.deepEqual(changes, []);
  });

  it('reads the loaded ones again in place, telling only of those that changed', async () => {
    const vSwitches = [vSwitch('vsw-1', 200)];
    const api = fakeApi([], [eni('eni-aaaaaa1')], [], { vSwitches, securityGroups: [named('sg-1', 'web')] });
    const store = new ResourceStore(api, [REGION]);
    const region = await store.regionData(REGION);
    await Promise.all([region.vSwitches.complete(), region.securityGroups.complete()]);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.reloadLoaded();
    assert.deepEqual(changes, [], 'nothing changed');
    vSwitches[0] = vSwitch('vsw-1', 199);
    await store.reloadLoaded();
    assert.deepEqual(changes, [{ kind: 'wholeListSettled', regionId: REGION, list: 'vSwitches' }]);
    assert.equal(region.vSwitches.get('vsw-1')?.availableIpAddressCount, 199);
  });

  it('does not read network lists no one asked for when reading again in place', async () => {
    const api = fakeApi([], [eni('eni-aaaaaa1')]);
    const store = new ResourceStore(api, [REGION]);
    await store.regionData(REGION);
    api.calls.length = 0;
    await store.reloadLoaded();
    assert.deepEqual(api.calls.sort(), ['listInstances', 'listNetworkInterfaces']);
  });
});

describe('fresh reads of a region’s network', () => {
  it('loads a list never read, reads a loaded one again in place, and says only when it changed', async () => {
    const switches = [vSwitch('vsw-1', 200)];
    const api = fakeApi([], [], [], { vSwitches: switches, securityGroups: [named('sg-1', 'web')] });
    const store = new ResourceStore(api, [REGION]);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));

    assert.deepEqual(
      (await store.freshVSwitches(REGION)).map((s) => s.availableIpAddressCount),
      [200],
    );
    assert.deepEqual(
      api.calls.filter((call) => call === 'listVSwitches'),
      ['listVSwitches'],
    );
    const before = store.region(REGION).vSwitches.get('vsw-1');
    await store.freshVSwitches(REGION);
    assert.equal(store.region(REGION).vSwitches.get('vsw-1'), before, 'an unchanged vSwitch keeps its object');
    assert.equal(api.calls.filter((call) => call === 'listVSwitches').length, 2, 'a fresh read reads again');
    const settled = (): number => changes.filter((change) => change.kind === 'wholeListSettled').length;
    assert.equal(settled(), 1, 'the load said it settled; the read that found nothing new says nothing');

    switches[0] = vSwitch('vsw-1', 150);
    assert.deepEqual(
      (await store.freshVSwitches(REGION)).map((s) => s.availableIpAddressCount),
      [150],
    );
    assert.equal(store.region(REGION).vSwitches.get('vsw-1')?.availableIpAddressCount, 150, 'the store keeps what it read');
    assert.deepEqual(
      changes.filter((change) => change.kind === 'wholeListSettled'),
      [
        { kind: 'wholeListSettled', regionId: REGION, list: 'vSwitches' },
        { kind: 'wholeListSettled', regionId: REGION, list: 'vSwitches' },
      ],
      'one for the load, one for the change; none for the read that found nothing new',
    );
    assert.deepEqual(
      api.calls.filter((call) => call === 'listSecurityGroups'),
      [],
      'only the list asked for is read',
    );
    assert.deepEqual(
      (await store.freshSecurityGroups(REGION)).map((g) => g.securityGroupName),
      ['web'],
    );
  });

  it('rejects with the failure, and reads a list whose load failed again on the next fresh read', async () => {
    const api = fakeApi([], [], [], { securityGroups: [named('sg-1', 'web')] });
    const store = new ResourceStore(api, [REGION]);
    api.fail = new EcsError('Throttling.User', 'slow down', 'req-1', 400, undefined, 'DescribeSecurityGroups');
    await assert.rejects(
      store.freshSecurityGroups(REGION),
      (error: unknown) => error instanceof EcsError && error.code === 'Throttling.User',
    );
    api.fail = undefined;
    assert.deepEqual(
      (await store.freshSecurityGroups(REGION)).map((g) => g.securityGroupId),
      ['sg-1'],
    );
    await store.freshSecurityGroups(REGION);
    api.fail = new EcsError('ServiceUnavailable', 'down', 'req-2', 503, undefined, 'DescribeSecurityGroups');
    await assert.rejects(
      store.freshSecurityGroups(REGION),
      (error: unknown) => error instanceof EcsError && error.code === 'ServiceUnavailable',
    );
    assert.equal(store.region(REGION).securityGroupName('sg-1'), 'web', 'a failed read again keeps what the list had');
  });
});

describe('fresh reads of one resource', () => {
  it('answers the ENI or the instance as ECS has it now, and nothing for one that is gone', async () => {
    const enis = [eni('eni-aaaaaa1', 'i-aaaaaa1')];
    const api = fakeApi([instance('i-aaaaaa1')], enis);
    const store = new ResourceStore(api, [REGION]);
    await store.regionData(REGION);
    enis[0] = eni('eni-aaaaaa1', '');
    api.calls.length = 0;
    assert.equal((await store.freshNetworkInterface(REGION, 'eni-aaaaaa1'))?.instanceId, '');
    assert.deepEqual(api.calls, ['getNetworkInterfaces'], 'one ENI read, and no instance');
    assert.equal(store.region(REGION).networkInterfaces.get('eni-aaaaaa1')?.instanceId, '');
    api.calls.length = 0;
    assert.equal((await store.freshInstance(REGION, 'i-aaaaaa1'))?.instanceId, 'i-aaaaaa1');
    assert.deepEqual(api.calls, ['getInstances'], 'one instance read, and no ENI');
    enis.length = 0;
    assert.equal(await store.freshNetworkInterface(REGION, 'eni-aaaaaa1'), undefined);
    assert.equal(await store.freshInstance(REGION, 'i-gone0001'), undefined);
  });
});

/**
 * Holds the first vSwitch list call until `let` is called: then it goes on (`'answer'`) or fails as a read its region's
 * drop cancelled (`'cancel'`); later calls answer at once.
 */
function holdFirstVSwitchRead(api: ReturnType<typeof fakeApi>): (how: 'answer' | 'cancel') => void {
  const read = api.listVSwitches.bind(api);
  let release: (how: 'answer' | 'cancel') => void = () => undefined;
  const held = new Promise<'answer' | 'cancel'>((resolve) => {
    release = resolve;
  });
  let first = true;
  api.listVSwitches = async (...args: Parameters<typeof read>) => {
    if (first) {
      first = false;
      if ((await held) === 'cancel') {
        throw new EcsError('Cancelled', 'the read was cut short', undefined, undefined, undefined, 'DescribeVSwitches');
      }
    }
    return read(...args);
  };
  return release;
}

describe('fresh reads of a region’s network, while the store is cleared (a refresh)', () => {
  for (const loadedBefore of [false, true]) {
    it(`answer the list read again, never an empty one, when the list was ${loadedBefore ? 'loaded' : 'not loaded'} before`, async () => {
      const api = fakeApi([], [], [], { vSwitches: [vSwitch('vsw-1', 200)] });
      const store = new ResourceStore(api, [REGION]);
      if (loadedBefore) {
        await store.freshVSwitches(REGION);
      }
      const release = holdFirstVSwitchRead(api);
      const answer = store.freshVSwitches(REGION);
      await new Promise((resolve) => setImmediate(resolve));
      store.clear();
      release('answer');
      assert.deepEqual(
        (await answer).map((s) => s.vSwitchId),
        ['vsw-1'],
      );
    });
  }
});

describe('a fresh read of a loaded network list whose region is dropped meanwhile', () => {
  it('reads the region again when the drop cancelled the read under way, instead of failing as cancelled', async () => {
    const api = fakeApi([], [], [], { vSwitches: [vSwitch('vsw-1', 200)] });
    const store = new ResourceStore(api, [REGION]);
    await store.freshVSwitches(REGION);
    const release = holdFirstVSwitchRead(api);
    const answer = store.freshVSwitches(REGION);
    await new Promise((resolve) => setImmediate(resolve));
    store.dropRegion(REGION);
    release('cancel');
    assert.deepEqual(
      (await answer).map((s) => s.vSwitchId),
      ['vsw-1'],
    );
  });
});
