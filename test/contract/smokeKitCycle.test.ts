import * as assert from 'node:assert';
import { sdkSide, type Side } from '../../tools/smoke/side';
import { runWriteCycle, SMOKE_TAG_KEY } from '../../tools/smoke/writeCycle';
import { PROD_K, WEB_SERVERS } from '../emulator/demoIds';
import { EcsEmulator } from '../emulator/server';

const REGION = 'cn-hangzhou';
const WEB_2 = 'i-bp1b8kf3yu0o4q1jh2xa';
const KEYS = { kind: 'accessKey', accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret' } as const;

/** The smoke kit's write cycle against the emulator: what it sends, and what it removes (only its own). */
describe('contract: the smoke kit write cycle', () => {
  let emulator: EcsEmulator;
  let side: Side;
  const lines: string[] = [];
  const options = (attachTo?: string) => ({
    attachTo,
    pollMs: 20,
    waitMs: 20_000,
    interrupted: () => false,
    say: (line: string) => lines.push(line),
  });
  const create = async (name: string, tagValue: string): Promise<string> => {
    const answer = await side.send('CreateNetworkInterface', REGION, {
      RegionId: REGION,
      VSwitchId: PROD_K,
      SecurityGroupIds: [WEB_SERVERS],
      NetworkInterfaceName: name,
      Tag: [{ Key: SMOKE_TAG_KEY, Value: tagValue }],
    });
    assert.ok(answer.ok);
    return String(answer.body.NetworkInterfaceId);
  };
  const exists = async (eniId: string): Promise<boolean> => {
    const answer = await side.send('DescribeNetworkInterfaces', REGION, { RegionId: REGION, NetworkInterfaceId: [eniId] });
    return answer.ok && JSON.stringify(answer.body).includes(eniId);
  };

  beforeEach(async () => {
    emulator = await EcsEmulator.start({ delays: { attachMs: 50, detachMs: 50, deleteMs: 50 } });
    side = sdkSide('cloud', emulator.url, KEYS);
    lines.length = 0;
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('creates, attaches to the instance named, detaches and deletes its ENI, and leaves none behind', async () => {
    const before = emulator.calls('CreateNetworkInterface');
    const runs = await runWriteCycle(side, REGION, options(WEB_2));
    assert.deepStrictEqual(
      runs.map((run) => [run.action, run.answer.ok]),
      [
        ['DescribeNetworkInterfaces', true],
        ['CreateNetworkInterface', true],
        ['AttachNetworkInterface', true],
        ['DetachNetworkInterface', true],
        ['DeleteNetworkInterface', true],
      ],
    );
    assert.strictEqual(emulator.calls('CreateNetworkInterface') - before, 1);
    const created = runs.find((run) => run.action === 'CreateNetworkInterface')?.answer;
    assert.ok(created?.ok);
    assert.strictEqual(await exists(String(created.body.NetworkInterfaceId)), false);
  });

  it('attaches nothing without an instance named, and still deletes what it made', async () => {
    const runs = await runWriteCycle(side, REGION, options(undefined));
    assert.deepStrictEqual(
      runs.map((run) => run.action),
      ['DescribeNetworkInterfaces', 'CreateNetworkInterface', 'DeleteNetworkInterface'],
    );
    assert.strictEqual(emulator.calls('AttachNetworkInterface'), 0);
  });

  it('removes only what an earlier run of the kit left: its name, its tag, made half an hour ago or more', async () => {
    const old = new Date(Date.now() - 31 * 60 * 1000).toISOString();
    const leftover = await create(SMOKE_TAG_KEY, old);
    const running = await create(SMOKE_TAG_KEY, new Date().toISOString());
    const someoneElses = await create('payments', old);
    const untimed = await create(SMOKE_TAG_KEY, 'keep');
    await runWriteCycle(side, REGION, options(undefined));
    assert.deepStrictEqual(
      [await exists(leftover), await exists(running), await exists(someoneElses), await exists(untimed)],
      [false, true, true, true],
    );
  });
});
