import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { checkSetup, type EniFacts, parseProbe, planSetup, PROBE_SCRIPT, verifyScript } from '../../src/domain/guestNetworkSetup';
import { demoAccount, secondAccount } from '../emulator/demoData';
import { SPARE_K_2, WEB_2 } from '../emulator/demoIds';
import { newGuest } from '../emulator/guest/guest';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ONE_ATTEMPT } from './helpers';

const REGION = 'cn-hangzhou';

/**
 * The scripts of Configure in the OS (src/domain/guestNetworkSetup.ts) run on the emulator's guests through RunCommand:
 * the probe, the plan made from it, the script of the missing steps, and the check read back. The guest changes only
 * through what the script runs, so a step missing or in the wrong order fails here.
 */
describe('contract: configuring an attached ENI in the guest, through Cloud Assistant', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;
  const start = async (os: Parameters<typeof newGuest>[0] | undefined): Promise<void> => {
    const demo = demoAccount();
    const web2 = demo.instances.get(WEB_2);
    assert.ok(web2);
    web2.guest = os === undefined ? undefined : newGuest(os);
    emulator = await EcsEmulator.start({ accounts: { demo, second: secondAccount() } });
    emulator.world.clock.pause();
    api = adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT);
  };
  afterEach(async () => {
    await emulator.close();
  });

  const run = async (instanceId: string, script: string): Promise<string> => {
    const { invokeId } = await api.runCommand({ regionId: REGION, instanceIds: [instanceId], script, name: 'setup', timeoutSeconds: 60 });
    emulator.world.clock.advance(emulator.world.delays.deliveryMs);
    const [result] = await api.describeInvocationResults(REGION, invokeId);
    assert.strictEqual(result?.exitCode, 0, `${script}\n→ ${result?.output ?? ''}`);
    return result.output;
  };

  /** Attaches spare-k-2 (with a secondary address) to web-2 and reads its facts as the extension has them. */
  const attachSpare = async (): Promise<EniFacts> => {
    await api.assignPrivateIpAddresses(REGION, SPARE_K_2, { count: 1 });
    await api.attachNetworkInterface(REGION, SPARE_K_2, WEB_2);
    emulator.world.clock.advance(emulator.world.delays.attachMs);
    const [eni] = await api.getNetworkInterfaces(REGION, [SPARE_K_2]);
    assert.ok(eni?.deviceIndex !== undefined);
    return {
      macAddress: eni.macAddress,
      primaryIp: eni.privateIpAddress,
      secondaryIps: eni.privateIpSets.filter((set) => !set.primary).map((set) => set.privateIpAddress),
      vSwitchCidr: '172.16.181.0/24',
      deviceIndex: eni.deviceIndex,
    };
  };

  it('on Ubuntu: brings the interface up by DHCP, adds the secondary address, a table and rules, and the check holds', async () => {
    await start('ubuntu2204');
    const eni = await attachSpare();
    const probe = parseProbe(await run(WEB_2, PROBE_SCRIPT));
    assert.strictEqual(probe.osName, 'Ubuntu 22.04.4 LTS');
    assert.deepStrictEqual([probe.setup, probe.hasDhclient], [undefined, true]);
    const plan = planSetup(probe, eni);
    assert.ok(plan.kind === 'steps', JSON.stringify(plan));
    assert.deepStrictEqual(plan.steps, [
      'ip link set dev eth2 up',
      'dhclient -1 eth2',
      `ip addr add ${eni.secondaryIps[0] ?? ''}/24 dev eth2`,
      'ip route replace default via 172.16.181.253 dev eth2 table 1002',
      'ip rule add from 172.16.181.241 lookup 1002 priority 1002',
      `ip rule add from ${eni.secondaryIps[0] ?? ''} lookup 1002 priority 1002`,
    ]);
    await run(WEB_2, plan.script);
    const checks = checkSetup(await run(WEB_2, verifyScript(plan.interfaceName, plan.table)), eni, plan.table);
    assert.deepStrictEqual(
      checks.filter((check) => !check.holds),
      [],
    );
    assert.strictEqual(checks.length, 7);
    assert.deepStrictEqual(planSetup(parseProbe(await run(WEB_2, PROBE_SCRIPT)), eni), {
      kind: 'configured',
      interfaceName: 'eth2',
      setup: undefined,
    });
  });

  it('on Alibaba Cloud Linux 3: NetworkManager brought it up, only the secondary address, table and rules are missing', async () => {
    await start('alinux3');
    const eni = await attachSpare();
    const plan = planSetup(parseProbe(await run(WEB_2, PROBE_SCRIPT)), eni);
    assert.ok(plan.kind === 'steps');
    assert.deepStrictEqual(plan.steps.slice(0, 2), [
      `ip addr add ${eni.secondaryIps[0] ?? ''}/24 dev eth2`,
      'ip route replace default via 172.16.181.253 dev eth2 table 1002',
    ]);
    await run(WEB_2, plan.script);
    assert.deepStrictEqual(
      checkSetup(await run(WEB_2, verifyScript(plan.interfaceName, plan.table)), eni, plan.table).filter((check) => !check.holds),
      [],
    );
  });

  it('finds the check that does not hold when a step was left out: without DHCP the primary address is missing', async () => {
    await start('ubuntu2204');
    const eni = await attachSpare();
    const plan = planSetup(parseProbe(await run(WEB_2, PROBE_SCRIPT)), eni);
    assert.ok(plan.kind === 'steps');
    await run(WEB_2, ['set -e', ...plan.steps.filter((step) => !step.startsWith('dhclient'))].join('\n'));
    const checks = checkSetup(await run(WEB_2, verifyScript(plan.interfaceName, plan.table)), eni, plan.table);
    assert.deepStrictEqual(
      checks.filter((check) => !check.holds),
      [{ what: 'address', subject: '172.16.181.241/24', holds: false }],
    );
  });

  it('stops at the first failing step: a table route through an interface without an address', async () => {
    await start('ubuntu2204');
    const eni = await attachSpare();
    const plan = planSetup(parseProbe(await run(WEB_2, PROBE_SCRIPT)), { ...eni, secondaryIps: [] });
    assert.ok(plan.kind === 'steps');
    const script = ['set -e', ...plan.steps.filter((step) => !step.startsWith('dhclient')), 'echo not reached'].join('\n');
    const { invokeId } = await api.runCommand({ regionId: REGION, instanceIds: [WEB_2], script, name: 'n', timeoutSeconds: 60 });
    emulator.world.clock.advance(emulator.world.delays.deliveryMs);
    const [result] = await api.describeInvocationResults(REGION, invokeId);
    assert.deepStrictEqual([result?.status, result?.exitCode, result?.output], ['Failed', 2, 'Error: Nexthop has invalid gateway.\n']);
  });

  it('leaves an interface the image configured alone, and names what configured it', async () => {
    await start('centos7');
    const eni = await attachSpare();
    const plan = planSetup(parseProbe(await run(WEB_2, PROBE_SCRIPT)), { ...eni, secondaryIps: [] });
    assert.deepStrictEqual(plan, { kind: 'configured', interfaceName: 'eth2', setup: 'multi-nic-util' });
  });
});
