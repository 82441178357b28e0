import * as assert from 'node:assert';
import { decodeFrame, readSize, readStatus } from '../../../src/cloud/sessionFrames';
import { isSettledRun, versionAtLeast } from '../../../src/domain/cloudAssistant';
import {
  checkRunOn,
  checkScript,
  checkSessionOn,
  guestOutputText,
  instanceGone,
  visibleScriptLine,
} from '../../../src/domain/cloudAssistantRules';
import {
  checkSetup,
  type EniFacts,
  gatewayOf,
  parseProbe,
  parseRules,
  planSetup,
  unusableFacts,
} from '../../../src/domain/guestNetworkSetup';
import type { Instance } from '../../../src/domain/instance';

const instance = { instanceId: 'i-bp1h4adlltjc1d48goaq', instanceName: 'web-1', status: 'Running', tags: [] } as unknown as Instance;
const agent = { instanceId: instance.instanceId, online: true, version: '2.2.3.857', supportsSessions: true };
const ENI: EniFacts = {
  macAddress: '00:16:3e:00:00:2a',
  primaryIp: '172.16.181.241',
  secondaryIps: [],
  vSwitchCidr: '172.16.181.0/24',
  deviceIndex: 2,
};
const line = (name: string, state: string, rest: string): string => `${name.padEnd(16)} ${state.padEnd(14)} ${rest} `;
/** A probe's output with eth0 up beside the interfaces given. */
const probe = (links: string[], addrs: string[], rules: string[] = []): string =>
  [
    '@@alicloud-ecs link',
    line('eth0', 'UP', '00:16:3e:00:00:01 <UP>'),
    ...links,
    '@@alicloud-ecs addr',
    ...addrs,
    '@@alicloud-ecs rule',
    ...rules,
  ].join('\n');

describe('Cloud Assistant at its edges', () => {
  it('counts a run settled in each final state only', () => {
    const settled = ['Success', 'Failed', 'Timeout', 'Cancelled', 'Aborted', 'Invalid', 'Error', 'Terminated', 'Stopped'];
    assert.deepStrictEqual(
      settled.map((status) => isSettledRun({ status })),
      settled.map(() => true),
    );
    assert.deepStrictEqual(
      ['Pending', 'Running', 'Stopping', 'Scheduled', ''].map((status) => isSettledRun({ status })),
      [false, false, false, false, false],
    );
  });

  it('compares versions of different lengths as if missing parts were 0', () => {
    assert.deepStrictEqual(
      [
        ['2.2.3', '2.2.3.0'],
        ['2.2.3', '2.2.3.1'],
        ['2.2.3.256.1', '2.2.3.256'],
        ['3', '2.9.9.9'],
      ].map(([a, b]) => versionAtLeast(a ?? '', b ?? '')),
      [true, false, true, true],
    );
  });

  it('checks a terminal as a run, plus the agent’s version, and names a gone instance', () => {
    assert.deepStrictEqual(checkSessionOn(instance, agent), []);
    assert.deepStrictEqual(
      checkSessionOn(instance, undefined).map((v) => v.rule),
      ['agentMissing'],
    );
    const old = checkSessionOn(instance, { ...agent, version: '2.2.3.255' });
    assert.deepStrictEqual(
      old.map((v) => [v.rule, v.code, v.text]),
      [
        [
          'agentTooOld',
          'InvalidInstance.NotMatch',
          {
            template: 'Cloud Assistant {1} on {0} is older than {2}, the first version that opens terminals.',
            args: ['web-1 (i-bp1h4adlltjc1d48goaq)', '2.2.3.255', '2.2.3.256'],
          },
        ],
      ],
    );
    assert.deepStrictEqual(
      [instanceGone(instance).code, instanceGone(instance).message],
      ['InvalidInstance.NotFound', 'web-1 (i-bp1h4adlltjc1d48goaq) no longer exists.'],
    );
    assert.deepStrictEqual(checkRunOn(instance, agent), []);
    assert.deepStrictEqual(
      checkScript('', 101).map((v) => v.code),
      ['MissingCommandContent', 'InstanceIds.ExceedLimit'],
    );
  });

  it('writes a hidden character of any code point with four digits, and turns a lone carriage return into a line end', () => {
    assert.strictEqual(visibleScriptLine('a\u0007b\ufeff'), 'a⟨U+0007⟩b⟨U+FEFF⟩');
    assert.strictEqual(guestOutputText('one\rtwo\u001b]2;title\u001b\\three'), 'one\ntwothree');
  });

  it('reads no frame from what cannot hold its header or its ids, and no size from a short payload', () => {
    assert.deepStrictEqual(
      [0, 5, 9].map((length) => decodeFrame(new Uint8Array(length))),
      [undefined, undefined, undefined],
    );
    const lyingInstanceId = new Uint8Array(30);
    lyingInstanceId[8] = 20;
    assert.strictEqual(decodeFrame(lyingInstanceId), undefined);
    const noRoomForIds = new Uint8Array(31);
    noRoomForIds[9] = 1;
    assert.strictEqual(decodeFrame(noRoomForIds), undefined);
    assert.strictEqual(readSize(new Uint8Array(3)), undefined);
    assert.deepStrictEqual(readStatus(new Uint8Array([5, 0xff, 0x45])), { kind: 'closed', reason: '\ufffdE' });
  });

  it('reads probe output loosely: lines before a section, blank lines, veth names, quoteless names, /32 rules', () => {
    const read = parseProbe(
      [
        'noise before any section',
        '@@alicloud-ecs os  ',
        'PRETTY_NAME=Debian',
        '@@alicloud-ecs link',
        '',
        line('veth1@if2', 'UP', '00:16:3E:00:00:2B <BROADCAST>'),
        '@@alicloud-ecs rule',
        '  100:\t from 10.0.0.5/32 lookup 7',
        'not a rule',
        '@@alicloud-ecs tools',
        '  /usr/sbin/dhclient  ',
      ].join('\n'),
    );
    assert.deepStrictEqual(
      [read.osName, read.links.map((l) => [l.name, l.mac]), read.rules, read.hasDhclient],
      ['Debian', [['veth1', '00:16:3e:00:00:2b']], [{ priority: 100, from: '10.0.0.5', table: '7' }], true],
    );
    assert.deepStrictEqual(parseRules(['1:\tfrom all lookup main extra']), [{ priority: 1, from: 'all', table: 'main' }]);
  });

  it('names what is wrong with each fact, and takes the limits of each', () => {
    assert.deepStrictEqual(
      [
        { ...ENI, vSwitchCidr: '172.16.181.0/30' },
        { ...ENI, macAddress: 'x00:16:3e:00:00:2a' },
        { ...ENI, deviceIndex: 65 },
        { ...ENI, secondaryIps: ['10.0.0.1'] },
        { ...ENI, deviceIndex: 64 },
        { ...ENI, deviceIndex: 1 },
      ].map(unusableFacts),
      [
        'vSwitch CIDR block “172.16.181.0/30”',
        'MAC address “x00:16:3e:00:00:2a”',
        'device index 65',
        'address “10.0.0.1”',
        undefined,
        undefined,
      ],
    );
    assert.deepStrictEqual(['10.0.0.0/29', '0.0.0.0/0', '0.0.0.0/1'].map(gatewayOf), ['10.0.0.5', undefined, '127.255.255.253']);
  });

  it('adds a table only for a shared subnet, and only the rules and route still missing', () => {
    const down = line('eth2', 'DOWN', '00:16:3e:00:00:2a <BROADCAST>');
    const up = line('eth2', 'UP', '00:16:3e:00:00:2a <UP>');
    const eth0In = (address: string): string => line('eth0', 'UP', address);
    const notShared = planSetup(parseProbe(probe([down], [eth0In('172.16.181.5/25'), line('eth2', 'DOWN', '')])), {
      ...ENI,
      primaryIp: '172.16.181.241',
    });
    assert.ok(notShared.kind === 'steps' && notShared.table === undefined, JSON.stringify(notShared));
    const oneRuleThere = planSetup(
      parseProbe(
        probe(
          [up],
          [eth0In('172.16.181.5/24'), line('eth2', 'UP', '172.16.181.241/24 172.16.181.250/24')],
          ['1002:\tfrom 172.16.181.241 lookup 1002', '1002:\tfrom 172.16.181.250 lookup 9'],
        ),
      ),
      { ...ENI, secondaryIps: ['172.16.181.250'] },
    );
    assert.ok(oneRuleThere.kind === 'steps');
    assert.deepStrictEqual(oneRuleThere.steps, [
      'ip route replace default via 172.16.181.253 dev eth2 table 1002',
      'ip rule add from 172.16.181.250 lookup 1002 priority 1002',
    ]);
    const linkDownRulesThere = planSetup(
      parseProbe(
        probe([down], [eth0In('172.16.181.5/24'), line('eth2', 'DOWN', '172.16.181.241/24')], ['1002:\tfrom 172.16.181.241 lookup 1002']),
      ),
      ENI,
    );
    assert.ok(linkDownRulesThere.kind === 'steps');
    assert.deepStrictEqual(linkDownRulesThere.steps, [
      'ip link set dev eth2 up',
      'ip route replace default via 172.16.181.253 dev eth2 table 1002',
    ]);
  });

  it('finds each check that does not hold: link down, another MAC, no table, a route of another gateway', () => {
    const output = [
      '@@alicloud-ecs link',
      line('eth2', 'DOWN', '00:16:3e:99:99:99 <BROADCAST>'),
      '@@alicloud-ecs addr',
      line('eth2', 'DOWN', ''),
      '@@alicloud-ecs rule',
      '@@alicloud-ecs table',
      'default via 10.9.9.9 dev eth2 ',
      '172.16.181.0/24 dev eth2 scope link',
    ].join('\n');
    assert.deepStrictEqual(
      checkSetup(output, ENI, '1002').map((check) => `${check.what} ${check.holds}`),
      ['up false', 'mac false', 'address false', 'rule false', 'route false'],
    );
    assert.deepStrictEqual(
      checkSetup('', ENI, undefined).map((check) => check.what),
      ['up', 'mac', 'address'],
    );
  });
});
