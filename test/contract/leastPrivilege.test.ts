import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CallRecord } from '../../src/cloud/callObserver';
import type { EcsApi, StaticCredentials } from '../../src/cloud/ecsApi';
import { explain } from '../../src/domain/errorCatalogue';
import { isCredentialRejection } from '../../src/domain/credentialSource';
import { ACTIONS_BY_VERSION, ramActionOf } from '../emulator/actions';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, ecsErrorOf } from './helpers';
import { BATCH_WORKER, PROD_K, SPARE_K, WEB_SERVERS } from '../emulator/demoIds';

const REPO = path.resolve(__dirname, '..', '..', '..');

/** The RAM actions a policy file of docs/ram allows (`ecs:…`, `vpc:…`). */
function allowedBy(file: string): Set<string> {
  const policy = JSON.parse(fs.readFileSync(path.join(REPO, 'docs', 'ram', file), 'utf8')) as {
    Statement: Array<{ Action: string | string[] }>;
  };
  return new Set(policy.Statement.flatMap((statement) => [statement.Action].flat()));
}

/** Every RAM action the emulator checks, over every action of every API version it answers. */
const ALL_RAM_ACTIONS = [...ACTIONS_BY_VERSION].flatMap(([version, actions]) =>
  [...actions.keys()].flatMap((action) => ramActionOf(version, action) ?? []),
);

const REGION = 'cn-hangzhou';
const WEB1 = 'i-bp1h4adlltjc1d48goaq';
const WEB2 = 'i-bp1b8kf3yu0o4q1jh2xa';
const WEB1_DATA = 'eni-bp1bthnjjgde15lynm44';

/** Creating an ENI: attach's fix-it "Create One in Its vSwitch and Attach" does it, so attach-detach.json grants it. */
const CREATE: [string, (api: EcsApi) => Promise<unknown>] = [
  'CreateNetworkInterface',
  (api) => api.createNetworkInterface({ regionId: REGION, vSwitchId: PROD_K, securityGroupIds: [WEB_SERVERS] }),
];

/** The writes of editing, tagging and deleting ENIs, which only manage-enis.json grants. */
const LIFECYCLE_WRITES: Array<[string, (api: EcsApi) => Promise<unknown>]> = [
  ['ModifyNetworkInterfaceAttribute', (api) => api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, { name: 'renamed' })],
  ['TagResources', (api) => api.tagNetworkInterfaces(REGION, [SPARE_K], [{ key: 'team', value: 'net' }])],
  ['UntagResources', (api) => api.untagNetworkInterfaces(REGION, [SPARE_K], ['owner'])],
  ['DeleteNetworkInterface', (api) => api.deleteNetworkInterface(REGION, SPARE_K)],
];

describe('contract: least privilege (a key allowed exactly what a docs/ram policy allows)', () => {
  let emulator: EcsEmulator;
  let records: CallRecord[];

  /** A key of the demo account that the emulator refuses every action the policy (or `allowed`) does not grant. */
  const keyAllowing = (name: string, allowed: ReadonlySet<string>): StaticCredentials => {
    emulator.accessKeys.set(name, {
      accessKeyId: name,
      accessKeySecret: `${name}-secret`,
      account: 'demo',
      deniedRamActions: ALL_RAM_ACTIONS.filter((action) => !allowed.has(action)),
    });
    return { kind: 'accessKey', accessKeyId: name, accessKeySecret: `${name}-secret` };
  };
  const apiAllowing = (name: string, allowed: ReadonlySet<string>): EcsApi =>
    adapterFor(emulator, keyAllowing(name, allowed), { observer: { onCall: (record) => records.push(record) } });
  const eniStatus = async (eniId: string): Promise<string | undefined> =>
    (await adapterFor(emulator).getNetworkInterfaces(REGION, [eniId]))[0]?.status;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    records = [];
  });

  afterEach(async () => {
    await emulator.close();
  });

  describe('read-only.json', () => {
    it('lets everything browsing reads through: regions, both lists, re-reads by id, groups and their rules, vSwitches, types', async () => {
      const api = apiAllowing('read-only', allowedBy('read-only.json'));
      const regions = await api.describeRegions();
      assert.ok(regions.some((region) => region.regionId === REGION));
      const instances = await api.listInstances(REGION);
      const enis = await api.listNetworkInterfaces(REGION);
      assert.ok(instances.length > 0 && enis.length > 0);
      assert.ok((await api.listSecurityGroups(REGION)).length > 0);
      assert.ok((await api.describeSecurityGroupRules(REGION, WEB_SERVERS)).rules.length > 0);
      assert.ok((await api.listVSwitches(REGION)).length > 0);
      assert.ok((await api.describeInstanceTypes(['ecs.g7.large'])).length > 0);
      assert.deepStrictEqual(
        (await api.getInstances(REGION, [WEB2])).map((i) => i.instanceId),
        [WEB2],
      );
      assert.deepStrictEqual(
        (await api.getNetworkInterfaces(REGION, [SPARE_K])).map((e) => e.networkInterfaceId),
        [SPARE_K],
      );
      assert.deepStrictEqual(
        records.filter((r) => r.outcome !== 'ok'),
        [],
      );
    });

    const writes: Array<[string, (api: EcsApi) => Promise<unknown>]> = [
      ['AttachNetworkInterface', (api) => api.attachNetworkInterface(REGION, SPARE_K, WEB2)],
      ['DetachNetworkInterface', (api) => api.detachNetworkInterface(REGION, WEB1_DATA, WEB1)],
      ['StopInstance', (api) => api.stopInstance(REGION, WEB2)],
      ['StartInstance', (api) => api.startInstance(REGION, BATCH_WORKER)],
      CREATE,
      ...LIFECYCLE_WRITES,
    ];
    for (const [action, write] of writes) {
      it(`refuses ${action} with an explained Forbidden.RAM, once, and changes nothing`, async () => {
        const api = apiAllowing('read-only', allowedBy('read-only.json'));
        const error = await ecsErrorOf(write(api));
        assert.deepStrictEqual([error.code, error.httpStatus, error.action], ['Forbidden.RAM', 403, action]);
        assert.ok(error.requestId, 'the refusal carries the request id the notification offers to copy');
        assert.deepStrictEqual(
          records.filter((r) => r.action === action).map((r) => r.outcome),
          ['Forbidden.RAM'],
          'sent once, not retried',
        );
        assert.strictEqual(emulator.callCounts.get(action), undefined, 'the emulator carried nothing out');
        assert.deepStrictEqual([await eniStatus(SPARE_K), await eniStatus(WEB1_DATA)], ['Available', 'InUse']);
      });
    }

    it('needs no permission for DescribeRegions and DescribeInstanceTypes, which the RAM reference lists none for', async () => {
      const api = apiAllowing('nothing', new Set());
      assert.ok((await api.describeRegions()).length > 0);
      assert.ok((await api.describeInstanceTypes(['ecs.g7.large'])).length > 0);
      assert.strictEqual((await ecsErrorOf(api.listVSwitches(REGION))).code, 'Forbidden.RAM', 'vpc:DescribeVSwitches is needed');
    });

    it('explains Forbidden.RAM as a missing permission, not as refused credentials (the tree stays, the welcome does not show)', () => {
      const explanation = explain('Forbidden.RAM');
      assert.strictEqual(explanation.kind, 'permission');
      assert.match(explanation.advice, /RAM/);
      assert.strictEqual(isCredentialRejection('Forbidden.RAM'), false);
    });
  });

  describe('attach-detach.json', () => {
    it('lets attach, detach, stop, start and the create of the attach fix-it through, with the instance type read', async () => {
      const api = apiAllowing('attach-detach', allowedBy('attach-detach.json'));
      assert.deepStrictEqual(
        (await api.describeInstanceTypes(['ecs.g7.large'])).map((t) => t.instanceTypeId),
        ['ecs.g7.large'],
      );
      await api.attachNetworkInterface(REGION, SPARE_K, WEB2);
      assert.strictEqual(await eniStatus(SPARE_K), 'Attaching');
      await api.detachNetworkInterface(REGION, WEB1_DATA, WEB1);
      assert.strictEqual(await eniStatus(WEB1_DATA), 'Detaching');
      await api.stopInstance(REGION, WEB2);
      await api.startInstance(REGION, BATCH_WORKER);
      await CREATE[1](api);
      assert.deepStrictEqual(
        records.filter((r) => r.outcome !== 'ok'),
        [],
      );
    });

    it('contains the read-only policy, and grants only actions the emulator models', () => {
      const readOnly = allowedBy('read-only.json');
      const attachDetach = allowedBy('attach-detach.json');
      assert.deepStrictEqual(
        [...readOnly].filter((action) => !attachDetach.has(action)),
        [],
      );
      assert.deepStrictEqual(
        [...attachDetach].filter((action) => !ALL_RAM_ACTIONS.includes(action)),
        [],
        'the emulator models every granted action',
      );
    });
  });

  describe('attach-detach.json and manage-enis.json', () => {
    for (const [action, write] of LIFECYCLE_WRITES) {
      it(`attach-detach.json refuses ${action}; manage-enis.json lets it through`, async () => {
        const refused = await ecsErrorOf(write(apiAllowing('attach-detach', allowedBy('attach-detach.json'))));
        assert.strictEqual(refused.code, 'Forbidden.RAM');
        assert.strictEqual(emulator.callCounts.get(action), undefined, 'the emulator carried nothing out');
        await write(apiAllowing('manage-enis', allowedBy('manage-enis.json')));
        assert.strictEqual(emulator.callCounts.get(action), 1);
      });
    }

    it('manage-enis.json contains attach-detach.json, and grants only actions the emulator models', () => {
      const manage = allowedBy('manage-enis.json');
      assert.deepStrictEqual(
        [...allowedBy('attach-detach.json')].filter((action) => !manage.has(action)),
        [],
      );
      assert.deepStrictEqual(
        [...manage].filter((action) => !ALL_RAM_ACTIONS.includes(action)),
        [],
        'the emulator models every granted action',
      );
    });
  });
});
