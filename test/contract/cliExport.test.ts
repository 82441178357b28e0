import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import type { Instance, Tag } from '../../src/domain/instance';
import type { NetworkInterface } from '../../src/domain/networkInterface';
import { aliyunCliCommand } from '../../src/domain/export/aliyunCli';
import {
  attachRequest,
  createRequest,
  deleteRequest,
  describeInstanceRequest,
  describeNetworkInterfaceRequest,
  detachRequest,
  type EcsRequest,
  modifyRequest,
  rebootRequest,
  startRequest,
  stopRequest,
  tagRequest,
  untagRequest,
} from '../../src/domain/export/ecsRequest';
import type { EmInstance } from '../emulator/model';
import type { EcsEmulator } from '../emulator/server';
import { callAction, pausedEmulatorPerTest, type RawAnswer } from './helpers';
import {
  BATCH_WORKER,
  DB_ACCESS,
  LEGACY_ERP,
  PROD_K,
  SPARE_K,
  SPARE_K_2,
  WEB_1,
  WEB_1_DATA,
  WEB_2,
  WEB_SERVERS,
} from '../emulator/demoIds';

const REGION = 'cn-hangzhou';

const HOSTILE = `it's "quoted" $HOME \`id\` $(id) 100% \\ back\nnext line, 中文 描述 *`;
const HOSTILE_TAGS: readonly Tag[] = [
  { key: 'owner name', value: `O'Brien "ops" 运维 $USER` },
  { key: '环境', value: '-1' },
  { key: `a'b`, value: '' },
];

/** Splits POSIX shell text as the quoting the export writes needs: unquoted words, `'…'`, and `\x` outside quotes. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === "'") {
      const end = text.indexOf("'", index + 1);
      assert.ok(end > index, `unterminated quote in ${text}`);
      word = (word ?? '') + text.slice(index + 1, end);
      index = end;
    } else if (char === '\\') {
      word = (word ?? '') + text.charAt(index + 1);
      index += 1;
    } else if (char === ' ') {
      if (word !== undefined) {
        words.push(word);
      }
      word = undefined;
    } else {
      assert.ok(!/[\s"$`*?[\]{}()<>|&;#~]/.test(char), `unquoted ${JSON.stringify(char)} in ${text}`);
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) {
    words.push(word);
  }
  return words;
}

interface CliCall {
  readonly action: string;
  readonly profile: string | undefined;
  readonly query: Record<string, string>;
}

/**
 * Reads the words as the aliyun CLI does (https://github.com/aliyun/aliyun-cli/blob/master/cli/parser.go): `--Name value`,
 * or `--Name=value` split at the first `=` or `:`; an argument that starts with `-` is a flag, never a value. `--region`
 * and `--RegionId` pick the region, which the CLI's Go SDK also sends as RegionId when the query has none
 * (https://github.com/aliyun/alibaba-cloud-sdk-go/blob/master/sdk/auth/rpc_signature_composer.go).
 */
function asTheCliReads(text: string): CliCall {
  const [program, product, action, ...rest] = shellWords(text);
  assert.deepStrictEqual([program, product], ['aliyun', 'ecs']);
  assert.ok(action !== undefined);
  const query: Record<string, string> = {};
  let profile: string | undefined;
  let region: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index] ?? '';
    assert.ok(word.startsWith('--'), `expected a flag, found ${JSON.stringify(word)} in ${text}`);
    const split = word.search(/[=:]/);
    let name = word.slice(2);
    let value: string;
    if (split >= 0) {
      name = word.slice(2, split);
      value = word.slice(split + 1);
    } else {
      const next = rest[index + 1];
      assert.ok(
        next !== undefined && !next.startsWith('-'),
        `the CLI would read ${JSON.stringify(next)} as a flag, not as --${name}'s value`,
      );
      value = next;
      index += 1;
    }
    assert.ok(!(name in query), `--${name} twice`);
    if (name === 'profile') {
      profile = value;
    } else if (name === 'region') {
      region = value;
    } else {
      query[name] = value;
    }
  }
  if (region !== undefined) {
    query.RegionId ??= region;
  }
  return { action, profile, query };
}

describe('contract: the exported aliyun CLI commands, read back as the CLI reads them, are accepted by ECS', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;

  pausedEmulatorPerTest((started) => ({ emulator, api } = started));

  const run = async (request: EcsRequest): Promise<RawAnswer> => {
    const { action, query } = asTheCliReads(aliyunCliCommand(request));
    const answer = await callAction(emulator, action, query);
    assert.strictEqual(answer.statusCode, 200);
    return answer;
  };
  const eni = async (id: string): Promise<NetworkInterface> => {
    const [found] = await api.getNetworkInterfaces(REGION, [id]);
    assert.ok(found, id);
    return found;
  };
  const instance = async (id: string): Promise<Instance> => {
    const [found] = await api.getInstances(REGION, [id]);
    assert.ok(found, id);
    return found;
  };
  const record = (id: string): EmInstance => {
    const found = emulator.account().instances.get(id);
    assert.ok(found, id);
    return found;
  };

  it('attach: the ENI is Attaching to the instance', async () => {
    await run(attachRequest(REGION, SPARE_K, WEB_2));
    const after = await eni(SPARE_K);
    assert.deepStrictEqual([after.status, after.instanceId], ['Attaching', WEB_2]);
  });

  it('detach: the ENI is Detaching', async () => {
    await run(detachRequest(REGION, WEB_1_DATA, WEB_1));
    assert.strictEqual((await eni(WEB_1_DATA)).status, 'Detaching');
  });

  it('create: an Available ENI with the name, description, address, security groups and tags asked for', async () => {
    const answer = await run(
      createRequest({
        regionId: REGION,
        vSwitchId: PROD_K,
        securityGroupIds: [WEB_SERVERS, DB_ACCESS],
        name: '数据网卡-web:1.a',
        description: HOSTILE,
        primaryIpAddress: '172.16.181.200',
        tags: HOSTILE_TAGS,
        clientToken: 'never-exported',
      }),
    );
    const id = String(answer.body.NetworkInterfaceId);
    const created = await eni(id);
    assert.deepStrictEqual(
      [created.status, created.networkInterfaceName, created.properties.Description, created.privateIpAddress, created.securityGroupIds],
      ['Available', '数据网卡-web:1.a', HOSTILE, '172.16.181.200', [WEB_SERVERS, DB_ACCESS]],
    );
    assert.deepStrictEqual(created.tags, HOSTILE_TAGS);
  });

  it('delete: the ENI is Deleting', async () => {
    emulator.world.clock.advance(10_000);
    await run(deleteRequest(REGION, SPARE_K_2));
    assert.strictEqual((await eni(SPARE_K_2)).status, 'Deleting');
  });

  it('modify: the name, description and security groups are the new ones, a description starting with "-" included', async () => {
    await run(modifyRequest(REGION, SPARE_K, { name: '新名字', description: HOSTILE, securityGroupIds: [DB_ACCESS, WEB_SERVERS] }));
    const after = await eni(SPARE_K);
    assert.deepStrictEqual(
      [after.networkInterfaceName, after.properties.Description, after.securityGroupIds],
      ['新名字', HOSTILE, [DB_ACCESS, WEB_SERVERS]],
    );
    await run(modifyRequest(REGION, SPARE_K, { description: '--not a flag' }));
    assert.strictEqual((await eni(SPARE_K)).properties.Description, '--not a flag');
  });

  it('tag and untag: the tags are on both ENIs, then gone', async () => {
    await run(tagRequest(REGION, [SPARE_K, SPARE_K_2], HOSTILE_TAGS));
    for (const id of [SPARE_K, SPARE_K_2]) {
      const keys = (await eni(id)).tags;
      assert.deepStrictEqual(
        HOSTILE_TAGS.map((tag) => keys.find((found) => found.key === tag.key)),
        HOSTILE_TAGS,
      );
    }
    await run(
      untagRequest(
        REGION,
        [SPARE_K],
        HOSTILE_TAGS.map((tag) => tag.key),
      ),
    );
    const left = (await eni(SPARE_K)).tags.map((tag) => tag.key);
    assert.deepStrictEqual(
      left.filter((key) => HOSTILE_TAGS.some((tag) => tag.key === key)),
      [],
    );
  });

  it('start: the instance is Starting', async () => {
    await run(startRequest(REGION, BATCH_WORKER));
    assert.strictEqual((await instance(BATCH_WORKER)).status, 'Starting');
  });

  it('stop in economical mode by force: Stopping, forced, then Stopped in that mode', async () => {
    await run(stopRequest(REGION, WEB_2, { stoppedMode: 'StopCharging', force: true }));
    assert.strictEqual((await instance(WEB_2)).status, 'Stopping');
    assert.strictEqual(record(WEB_2).lastStopForced, true);
    emulator.world.clock.advance(emulator.world.delays.stopMs);
    const after = await instance(WEB_2);
    assert.deepStrictEqual([after.status, after.properties.StoppedMode], ['Stopped', 'StopCharging']);
  });

  it('stop in standard mode: Stopped, KeepCharging, not forced', async () => {
    await run(stopRequest(REGION, WEB_2));
    assert.strictEqual(record(WEB_2).lastStopForced, false);
    emulator.world.clock.advance(emulator.world.delays.stopMs);
    assert.strictEqual((await instance(WEB_2)).properties.StoppedMode, 'KeepCharging');
  });

  it('reboot by force: Starting, forced', async () => {
    await run(rebootRequest(REGION, LEGACY_ERP, true));
    assert.strictEqual((await instance(LEGACY_ERP)).status, 'Starting');
    assert.strictEqual(record(LEGACY_ERP).lastStopForced, true);
  });

  it('describe one ENI row and one instance row: ECS answers with that resource alone', async () => {
    const enis = (await run(describeNetworkInterfaceRequest(REGION, SPARE_K))).body.NetworkInterfaceSets as {
      NetworkInterfaceSet: Array<{ NetworkInterfaceId: string }>;
    };
    assert.deepStrictEqual(
      enis.NetworkInterfaceSet.map((found) => found.NetworkInterfaceId),
      [SPARE_K],
    );
    const instances = (await run(describeInstanceRequest(REGION, WEB_2))).body.Instances as { Instance: Array<{ InstanceId: string }> };
    assert.deepStrictEqual(
      instances.Instance.map((found) => found.InstanceId),
      [WEB_2],
    );
  });

  it('names the CLI profile when one is given, whatever its name, and leaves the query as it was', async () => {
    const request = attachRequest(REGION, SPARE_K, WEB_2);
    const plain = asTheCliReads(aliyunCliCommand(request));
    const withProfile = asTheCliReads(aliyunCliCommand(request, { profile: `prod 'cn' 生产` }));
    assert.strictEqual(plain.profile, undefined);
    assert.strictEqual(withProfile.profile, `prod 'cn' 生产`);
    assert.deepStrictEqual(withProfile.query, plain.query);
    assert.strictEqual((await callAction(emulator, withProfile.action, withProfile.query)).statusCode, 200);
  });
});
