import * as assert from 'node:assert';
import { demoAccount } from '../../emulator/demoData';
import { SPARE_K_2, WEB_1, WEB_2 } from '../../emulator/demoIds';
import { newGuest } from '../../emulator/guest/guest';
import { runScript } from '../../emulator/guest/guestShell';
import type { EmAccount } from '../../emulator/model';

/** The demo account with spare-k-2 attached to web-2 as its eth1 (device index 1). */
function withSpareOnWeb2(): EmAccount {
  const account = demoAccount();
  const eni = account.networkInterfaces.get(SPARE_K_2);
  assert.ok(eni);
  Object.assign(eni, { status: 'InUse', instanceId: WEB_2, deviceIndex: 1 });
  return account;
}

function run(account: EmAccount, instanceId: string, script: string): { output: string; exitCode: number } {
  const instance = account.instances.get(instanceId);
  assert.ok(instance);
  const result = runScript({ account, instance }, script);
  return { output: result.chunks.map((chunk) => chunk.text).join(''), exitCode: result.exitCode };
}

describe('the emulated guest shell', () => {
  it('prints interfaces as iproute2 does in brief form: a hot-plugged ENI on Ubuntu is down with no address', () => {
    const account = withSpareOnWeb2();
    const mac = account.networkInterfaces.get(SPARE_K_2)?.macAddress ?? '';
    assert.deepStrictEqual(run(account, WEB_2, 'ip -br addr'), {
      output:
        'lo               UNKNOWN        127.0.0.1/8 ::1/128 \n' +
        'eth0             UP             172.16.181.226/24 \n' +
        'eth1             DOWN           \n',
      exitCode: 0,
    });
    assert.strictEqual(
      run(account, WEB_2, 'ip -br link show dev eth1').output,
      `eth1             DOWN           ${mac} <BROADCAST,MULTICAST> \n`,
    );
  });

  it('configures an interface only in an order that works on a real guest: a gateway needs the link up with an address', () => {
    const account = withSpareOnWeb2();
    const wrongOrder = run(
      account,
      WEB_2,
      'set -e\nip route replace default via 172.16.181.253 dev eth1 table 1001\nip link set dev eth1 up',
    );
    assert.deepStrictEqual(wrongOrder, { output: 'Error: Nexthop has invalid gateway.\n', exitCode: 2 });
    assert.match(run(account, WEB_2, 'ip -br link show dev eth1').output, /DOWN/, 'set -e stopped before the second command');

    const script = [
      'set -e',
      'ip link set dev eth1 up',
      'dhclient -1 eth1',
      'ip route replace default via 172.16.181.253 dev eth1 table 1001',
      'ip rule add from 172.16.181.241 lookup 1001 priority 1001',
    ].join('\n');
    assert.deepStrictEqual(run(account, WEB_2, script), { output: '', exitCode: 0 });
    assert.strictEqual(run(account, WEB_2, 'ip -br addr show eth1').output, 'eth1             UP             172.16.181.241/24 \n');
    assert.strictEqual(run(account, WEB_2, 'ip route show table 1001').output, 'default via 172.16.181.253 dev eth1 \n');
    assert.strictEqual(
      run(account, WEB_2, 'ip rule').output,
      '0:\tfrom all lookup local\n1001:\tfrom 172.16.181.241 lookup 1001\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n',
    );
    assert.strictEqual(
      run(account, WEB_2, 'ip route').output,
      'default via 172.16.181.253 dev eth0 proto dhcp metric 100 \n' +
        '172.16.181.0/24 dev eth0 proto kernel scope link src 172.16.181.226 \n' +
        '172.16.181.0/24 dev eth1 proto kernel scope link src 172.16.181.241 \n',
      'dhclient adds no second default route to the main table',
    );
    assert.deepStrictEqual(run(account, WEB_2, 'ip rule add from 172.16.181.241 lookup 1001 priority 1001'), {
      output: 'RTNETLINK answers: File exists\n',
      exitCode: 2,
    });
  });

  it('answers hostname, os-release, echo and exit, and command -v finds the image’s own setup of secondary ENIs', () => {
    const account = withSpareOnWeb2();
    assert.match(run(account, WEB_2, 'cat /etc/os-release').output, /^ID="ubuntu"$/m);
    assert.deepStrictEqual(run(account, WEB_2, 'hostname'), { output: 'iZbp1b8kf3yu0o4q1jh2xaZ\n', exitCode: 0 });
    assert.deepStrictEqual(run(account, WEB_2, "echo '你好 world'; exit 3; echo never"), { output: '你好 world\n', exitCode: 3 });
    assert.deepStrictEqual(run(account, WEB_2, 'command -v nmcli || echo none'), { output: 'none\n', exitCode: 0 });
    assert.deepStrictEqual(run(account, WEB_1, 'command -v nmcli >/dev/null && echo networkmanager'), {
      output: 'networkmanager\n',
      exitCode: 0,
    });
    const centos = account.instances.get(WEB_1);
    assert.ok(centos);
    centos.guest = newGuest('centos7');
    assert.deepStrictEqual(run(account, WEB_1, 'command -v eni-ifscan'), { output: '/sbin/eni-ifscan\n', exitCode: 0 });
  });

  it('brings a secondary ENI up by itself where the image has a setup for it', () => {
    const account = withSpareOnWeb2();
    const web2 = account.instances.get(WEB_2);
    assert.ok(web2);
    web2.guest = newGuest('centos7');
    assert.strictEqual(run(account, WEB_2, 'ip -br addr show dev eth1').output, 'eth1             UP             172.16.181.241/24 \n');
    assert.match(run(account, WEB_2, 'ip rule').output, /^32764:\tfrom 172\.16\.181\.241 lookup 1001$/m);
  });

  it('refuses what it does not model, so that a script relying on it fails a test', () => {
    const account = withSpareOnWeb2();
    assert.deepStrictEqual(run(account, WEB_2, 'ip -br addr | grep eth1'), {
      output: 'sh: 1: Syntax error: the emulated guest does not model "|"\n',
      exitCode: 2,
    });
    assert.deepStrictEqual(run(account, WEB_2, 'curl http://100.100.100.200/'), { output: 'sh: 1: curl: not found\n', exitCode: 127 });
    assert.strictEqual(run(account, WEB_2, 'ip addr').exitCode, 2);
  });

  it('counts sleeps as the script’s running time, with each output at its moment', () => {
    const account = withSpareOnWeb2();
    const instance = account.instances.get(WEB_2);
    assert.ok(instance);
    const result = runScript({ account, instance }, 'echo one\nsleep 2\necho two');
    assert.deepStrictEqual(result, {
      chunks: [
        { atMs: 0, text: 'one\n' },
        { atMs: 2000, text: 'two\n' },
      ],
      exitCode: 0,
      durationMs: 2000,
    });
  });
});
