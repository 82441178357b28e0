import * as assert from 'node:assert';
import {
  checkSetup,
  type EniFacts,
  gatewayOf,
  parseProbe,
  planSetup,
  PROBE_SCRIPT,
  verifyScript,
} from '../../../src/domain/guestNetworkSetup';

const ENI: EniFacts = {
  macAddress: '00:16:3E:00:00:2A',
  primaryIp: '172.16.181.241',
  secondaryIps: ['172.16.181.250'],
  vSwitchCidr: '172.16.181.0/24',
  deviceIndex: 2,
};

const probeOutput = (link: string, addr: string, rules = '', tools = '/usr/sbin/dhclient\n'): string =>
  [
    '@@alicloud-ecs os',
    'NAME="Ubuntu"',
    'PRETTY_NAME="Ubuntu 22.04.4 LTS"',
    '@@alicloud-ecs link',
    'lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> ',
    'eth0             UP             00:16:3e:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> ',
    link,
    '@@alicloud-ecs addr',
    'lo               UNKNOWN        127.0.0.1/8 ::1/128 ',
    'eth0             UP             172.16.181.226/24 ',
    addr,
    '@@alicloud-ecs rule',
    '0:\tfrom all lookup local',
    rules,
    '32766:\tfrom all lookup main',
    '@@alicloud-ecs tools',
    tools,
  ].join('\n');

describe('configuring a secondary ENI in a Linux guest', () => {
  it('probes with a linear script of our own, nothing a guest could take for a variable or a pipe', () => {
    assert.doesNotMatch(PROBE_SCRIPT, /[$`<>]|(?<!\|)\|(?!\|)/);
    assert.match(PROBE_SCRIPT, /^echo '@@alicloud-ecs os'\ncat \/etc\/os-release\n/);
  });

  it('reads the image, the interfaces by MAC with their addresses, the rules and the tools', () => {
    const probe = parseProbe(
      probeOutput(
        'eth2             DOWN           00:16:3e:00:00:2a <BROADCAST,MULTICAST> ',
        'eth2             DOWN           ',
        '1002:\tfrom 172.16.181.241 lookup 1002',
        '/usr/bin/nmcli\n/usr/sbin/dhclient',
      ),
    );
    assert.strictEqual(probe.osName, 'Ubuntu 22.04.4 LTS');
    assert.deepStrictEqual(
      probe.links.map((link) => [link.name, link.state, link.mac, link.addresses]),
      [
        ['lo', 'UNKNOWN', '00:00:00:00:00:00', ['127.0.0.1/8', '::1/128']],
        ['eth0', 'UP', '00:16:3e:00:00:01', ['172.16.181.226/24']],
        ['eth2', 'DOWN', '00:16:3e:00:00:2a', []],
      ],
    );
    assert.deepStrictEqual(probe.rules, [
      { priority: 0, from: 'all', table: 'local' },
      { priority: 1002, from: '172.16.181.241', table: '1002' },
      { priority: 32766, from: 'all', table: 'main' },
    ]);
    assert.deepStrictEqual([probe.setup, probe.hasDhclient], ['NetworkManager', true]);
  });

  it('plans every missing step, in an order that works, for a down interface sharing eth0’s subnet', () => {
    const plan = planSetup(
      parseProbe(
        probeOutput('eth2             DOWN           00:16:3e:00:00:2a <BROADCAST,MULTICAST> ', 'eth2             DOWN           '),
      ),
      ENI,
    );
    assert.deepStrictEqual(plan, {
      kind: 'steps',
      interfaceName: 'eth2',
      table: '1002',
      steps: [
        'ip link set dev eth2 up',
        'dhclient -1 eth2',
        'ip addr add 172.16.181.250/24 dev eth2',
        'ip route replace default via 172.16.181.253 dev eth2 table 1002',
        'ip rule add from 172.16.181.241 lookup 1002 priority 1002',
        'ip rule add from 172.16.181.250 lookup 1002 priority 1002',
      ],
      script:
        'set -e\nip link set dev eth2 up\ndhclient -1 eth2\nip addr add 172.16.181.250/24 dev eth2\nip route replace default via 172.16.181.253 dev eth2 table 1002\nip rule add from 172.16.181.241 lookup 1002 priority 1002\nip rule add from 172.16.181.250 lookup 1002 priority 1002',
    });
  });

  it('adds the address by hand without a DHCP client, and no table in a subnet of its own', () => {
    const plan = planSetup(
      parseProbe(
        probeOutput('eth2             DOWN           00:16:3e:00:00:2a <BROADCAST,MULTICAST> ', 'eth2             DOWN           ', '', ''),
      ),
      { ...ENI, primaryIp: '10.0.1.9', secondaryIps: [], vSwitchCidr: '10.0.1.0/26' },
    );
    assert.ok(plan.kind === 'steps');
    assert.deepStrictEqual([plan.steps, plan.table], [['ip link set dev eth2 up', 'ip addr add 10.0.1.9/26 dev eth2'], undefined]);
  });

  it('finds nothing to do where everything is there, and nothing to work on where no interface has the MAC', () => {
    const configured = probeOutput(
      'eth2             UP             00:16:3e:00:00:2a <BROADCAST,MULTICAST,UP,LOWER_UP> ',
      'eth2             UP             172.16.181.241/24 172.16.181.250/24 ',
      '1002:\tfrom 172.16.181.241 lookup 1002\n1002:\tfrom 172.16.181.250 lookup 1002',
      '/sbin/eni-ifscan',
    );
    assert.deepStrictEqual(planSetup(parseProbe(configured), ENI), { kind: 'configured', interfaceName: 'eth2', setup: 'multi-nic-util' });
    assert.deepStrictEqual(planSetup(parseProbe(configured), { ...ENI, macAddress: '00:16:3e:99:99:99' }), { kind: 'notSeen' });
  });

  it('puts the gateway at the last address but two of the vSwitch, and refuses what is not a block', () => {
    assert.deepStrictEqual(['172.16.181.0/24', '10.0.0.0/16', '192.168.3.64/26', '10.0.0.0/30', 'nonsense'].map(gatewayOf), [
      '172.16.181.253',
      '10.0.255.253',
      '192.168.3.125',
      undefined,
      undefined,
    ]);
  });

  it('checks from inside: the link up with the MAC, each address, each rule, the route of the table', () => {
    const output = [
      '@@alicloud-ecs link',
      'eth2             UP             00:16:3e:00:00:2a <BROADCAST,MULTICAST,UP,LOWER_UP> ',
      '@@alicloud-ecs addr',
      'eth2             UP             172.16.181.241/24 ',
      '@@alicloud-ecs rule',
      '1002:\tfrom 172.16.181.241 lookup 1002',
      '@@alicloud-ecs table',
      'default via 172.16.181.253 dev eth2 ',
    ].join('\n');
    assert.deepStrictEqual(
      checkSetup(output, ENI, '1002').map((check) => `${check.what} ${check.subject} ${check.holds}`),
      [
        'up eth2 true',
        'mac 00:16:3E:00:00:2A true',
        'address 172.16.181.241/24 true',
        'address 172.16.181.250/24 false',
        'rule from 172.16.181.241 lookup 1002 true',
        'rule from 172.16.181.250 lookup 1002 false',
        'route default via 172.16.181.253 table 1002 true',
      ],
    );
    assert.match(verifyScript('eth2', '1002'), /\nip route show table 1002$/);
    assert.doesNotMatch(verifyScript('eth2', undefined), /table/);
  });

  it('plans nothing from a value that is not of its exact form: a hostile interface name, address, MAC or block', () => {
    const hostile = probeOutput('eth2;curl${IFS}x|sh UP 00:16:3e:00:00:2a <BROADCAST> ', 'eth2;curl${IFS}x|sh UP ');
    assert.deepStrictEqual(planSetup(parseProbe(hostile), ENI), { kind: 'unusable', what: 'interface name “eth2;curl${IFS}x|sh”' });
    const fine = parseProbe(
      probeOutput('eth2             DOWN           00:16:3e:00:00:2a <BROADCAST,MULTICAST> ', 'eth2             DOWN           '),
    );
    assert.deepStrictEqual(
      [
        { ...ENI, vSwitchCidr: '172.16.181.0/\n24' },
        { ...ENI, vSwitchCidr: '' },
        { ...ENI, primaryIp: '172.16.181.241; reboot' },
        { ...ENI, secondaryIps: ['10.9.9.9'] },
        { ...ENI, macAddress: '00:16:3e:00:00:2a; id' },
        { ...ENI, deviceIndex: 0 },
      ].map((facts) => planSetup(fine, facts).kind),
      ['unusable', 'unusable', 'unusable', 'unusable', 'unusable', 'unusable'],
    );
  });
});
