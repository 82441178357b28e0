import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import {
  assignIpv6AddressesRequest,
  assignPrivateIpAddressesRequest,
  attachRequest,
  createRequest,
  deleteRequest,
  describeInstanceRequest,
  describeNetworkInterfaceRequest,
  detachRequest,
  type EcsParam,
  type EcsRequest,
  isSecretParamName,
  modifyRequest,
  rebootRequest,
  startRequest,
  stopRequest,
  tagRequest,
  unassignIpv6AddressesRequest,
  unassignPrivateIpAddressesRequest,
  untagRequest,
} from '../../src/domain/export/ecsRequest';
import type { NewNetworkInterface } from '../../src/domain/networkInterfaceChanges';
import type { EcsEmulator } from '../emulator/server';
import { pausedEmulatorPerTest } from './helpers';
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

/** What the signature adds (the emulator already leaves out the V2 common parameters), and the create's idempotence token. */
const NOT_COMPARED = new Set(['Action', 'Format', 'Version', 'SignatureType', 'ClientToken']);

const HOSTILE_TEXT = `it's "quoted" $HOME \`id\` 100% \\ back\nnext line, 中文 描述`;

interface Case {
  readonly title: string;
  readonly send: (api: EcsApi) => Promise<unknown>;
  readonly expected: EcsRequest;
  /** Sent by the adapter's batched reads and not by the export, which reads one row. */
  readonly alsoSent?: readonly string[];
}

const CREATE_EVERYTHING: NewNetworkInterface = {
  regionId: REGION,
  vSwitchId: PROD_K,
  securityGroupIds: [WEB_SERVERS, DB_ACCESS],
  name: '数据网卡-web:1.a',
  description: HOSTILE_TEXT,
  primaryIpAddress: '172.16.181.200',
  tags: [
    { key: 'team', value: '网络 组' },
    { key: `it's "k"`, value: '' },
  ],
};

const CASES: readonly Case[] = [
  {
    title: 'attach',
    send: (api) => api.attachNetworkInterface(REGION, SPARE_K, WEB_2),
    expected: attachRequest(REGION, SPARE_K, WEB_2),
  },
  {
    title: 'detach',
    send: (api) => api.detachNetworkInterface(REGION, WEB_1_DATA, WEB_1),
    expected: detachRequest(REGION, WEB_1_DATA, WEB_1),
  },
  {
    title: 'create with everything (the ClientToken left out)',
    send: (api) => api.createNetworkInterface({ ...CREATE_EVERYTHING, clientToken: 'export-agreement-1' }),
    expected: createRequest(CREATE_EVERYTHING),
  },
  {
    title: 'create with the least',
    send: (api) => api.createNetworkInterface({ regionId: REGION, vSwitchId: PROD_K, securityGroupIds: [WEB_SERVERS] }),
    expected: createRequest({ regionId: REGION, vSwitchId: PROD_K, securityGroupIds: [WEB_SERVERS] }),
  },
  {
    title: 'delete',
    send: (api) => api.deleteNetworkInterface(REGION, SPARE_K_2),
    expected: deleteRequest(REGION, SPARE_K_2),
  },
  {
    title: 'modify name, description and security groups',
    send: (api) =>
      api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, {
        name: '新名字',
        description: HOSTILE_TEXT,
        securityGroupIds: [DB_ACCESS, WEB_SERVERS],
      }),
    expected: modifyRequest(REGION, SPARE_K, { name: '新名字', description: HOSTILE_TEXT, securityGroupIds: [DB_ACCESS, WEB_SERVERS] }),
  },
  {
    title: 'modify the description alone',
    send: (api) => api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, { description: 'only this' }),
    expected: modifyRequest(REGION, SPARE_K, { description: 'only this' }),
  },
  {
    title: 'modify with empty texts',
    send: (api) => api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, { name: '', description: '', securityGroupIds: [WEB_SERVERS] }),
    expected: modifyRequest(REGION, SPARE_K, { name: '', description: '', securityGroupIds: [WEB_SERVERS] }),
  },
  {
    title: 'tag two ENIs',
    send: (api) =>
      api.tagNetworkInterfaces(
        REGION,
        [SPARE_K, SPARE_K_2],
        [
          { key: 'env', value: 'prod' },
          { key: '负责人', value: `O'Brien "ops"` },
        ],
      ),
    expected: tagRequest(
      REGION,
      [SPARE_K, SPARE_K_2],
      [
        { key: 'env', value: 'prod' },
        { key: '负责人', value: `O'Brien "ops"` },
      ],
    ),
  },
  {
    title: 'untag',
    send: (api) => api.untagNetworkInterfaces(REGION, [SPARE_K], ['env', '负责人']),
    expected: untagRequest(REGION, [SPARE_K], ['env', '负责人']),
  },
  {
    title: 'start',
    send: (api) => api.startInstance(REGION, BATCH_WORKER),
    expected: startRequest(REGION, BATCH_WORKER),
  },
  {
    title: 'stop in standard mode',
    send: (api) => api.stopInstance(REGION, WEB_2),
    expected: stopRequest(REGION, WEB_2),
  },
  {
    title: 'stop in economical mode, by force',
    send: (api) => api.stopInstance(REGION, WEB_2, { stoppedMode: 'StopCharging', force: true }),
    expected: stopRequest(REGION, WEB_2, { stoppedMode: 'StopCharging', force: true }),
  },
  {
    title: 'reboot',
    send: (api) => api.rebootInstance(REGION, LEGACY_ERP),
    expected: rebootRequest(REGION, LEGACY_ERP),
  },
  {
    title: 'reboot by force',
    send: (api) => api.rebootInstance(REGION, LEGACY_ERP, true),
    expected: rebootRequest(REGION, LEGACY_ERP, true),
  },
  {
    title: 'assign private IPv4 addresses by count',
    send: (api) => api.assignPrivateIpAddresses(REGION, SPARE_K, { count: 2 }),
    expected: assignPrivateIpAddressesRequest(REGION, SPARE_K, { count: 2 }),
  },
  {
    title: 'assign private IPv4 addresses by address',
    send: (api) => api.assignPrivateIpAddresses(REGION, SPARE_K, { addresses: ['172.16.181.100', '172.16.181.101'] }),
    expected: assignPrivateIpAddressesRequest(REGION, SPARE_K, { addresses: ['172.16.181.100', '172.16.181.101'] }),
  },
  {
    title: 'unassign private IPv4 addresses',
    send: (api) => api.unassignPrivateIpAddresses(REGION, WEB_1_DATA, ['172.16.181.250', '172.16.181.251']),
    expected: unassignPrivateIpAddressesRequest(REGION, WEB_1_DATA, ['172.16.181.250', '172.16.181.251']),
  },
  {
    title: 'assign IPv6 addresses by count',
    send: (api) => api.assignIpv6Addresses(REGION, SPARE_K, { count: 1 }),
    expected: assignIpv6AddressesRequest(REGION, SPARE_K, { count: 1 }),
  },
  {
    title: 'assign IPv6 addresses by address',
    send: (api) => api.assignIpv6Addresses(REGION, SPARE_K, { addresses: ['2001:db8:10:b5::77'] }),
    expected: assignIpv6AddressesRequest(REGION, SPARE_K, { addresses: ['2001:db8:10:b5::77'] }),
  },
  {
    title: 'unassign IPv6 addresses',
    send: (api) => api.unassignIpv6Addresses(REGION, WEB_1_DATA, ['2001:db8:10:b5::1a']),
    expected: unassignIpv6AddressesRequest(REGION, WEB_1_DATA, ['2001:db8:10:b5::1a']),
  },
  {
    title: "one ENI row's read",
    send: (api) => api.getNetworkInterfaces(REGION, [SPARE_K]),
    expected: describeNetworkInterfaceRequest(REGION, SPARE_K),
    alsoSent: ['MaxResults'],
  },
  {
    title: "one instance row's read",
    send: (api) => api.getInstances(REGION, [WEB_2]),
    expected: describeInstanceRequest(REGION, WEB_2),
    alsoSent: ['MaxResults'],
  },
];

const sorted = (params: ReadonlyArray<readonly [string, string]>): EcsParam[] =>
  [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('contract: the exported requests are the ones the SDK adapter sends', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;

  pausedEmulatorPerTest((started) => ({ emulator, api } = started));

  for (const { title, send, expected, alsoSent = [] } of CASES) {
    it(`${title}: ${expected.action} with the same parameters, names and values`, async () => {
      emulator.received.splice(0);
      await send(api);
      const sent = emulator.received.filter((request) => request.action === expected.action);
      assert.strictEqual(sent.length, 1, `one ${expected.action} reached the emulator`);
      const params = sent[0]?.params.filter(([name]) => !NOT_COMPARED.has(name) && !alsoSent.includes(name)) ?? [];
      assert.deepStrictEqual(sorted(params), sorted(expected.params));
      assert.strictEqual(
        expected.params.some(([name]) => isSecretParamName(name)),
        false,
      );
    });
  }

  it('sends a create that was given a ClientToken with it: leaving it out of the export is a choice', async () => {
    emulator.received.splice(0);
    await api.createNetworkInterface({ regionId: REGION, vSwitchId: PROD_K, securityGroupIds: [WEB_SERVERS], clientToken: 'tok-1' });
    const [create] = emulator.received;
    assert.deepStrictEqual(
      create?.params.find(([name]) => name === 'ClientToken'),
      ['ClientToken', 'tok-1'],
    );
  });
});
