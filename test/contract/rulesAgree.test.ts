import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { checkAttach, occupiedSlots } from '../../src/domain/attachRules';
import type { Instance } from '../../src/domain/instance';
import type { NetworkInterface } from '../../src/domain/networkInterface';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, ecsErrorOf } from './helpers';

/** What the rules decide for a pair, from what the adapter reads, the way the extension reads it. */
async function decide(api: EcsApi, enis: NetworkInterface[], eni: NetworkInterface, instance: Instance): Promise<string | undefined> {
  const types = await api.describeInstanceTypes([instance.instanceType]);
  return checkAttach({ eni, instance, instanceType: types[0], occupiedSlots: occupiedSlots(enis, instance.instanceId) })[0]?.code;
}

describe('contract: the attach rules agree with the emulator', function () {
  this.timeout(60_000);

  it("for every ENI and instance of the demo region: allowed pairs attach, refused ones fail with the rule's code", async () => {
    const refusedIn = await EcsEmulator.start();
    refusedIn.world.clock.pause();
    const api = adapterFor(refusedIn);
    const [instances, enis] = await Promise.all([api.listInstances('cn-hangzhou'), api.listNetworkInterfaces('cn-hangzhou')]);
    let allowed = 0;
    let refused = 0;
    try {
      for (const eni of enis) {
        for (const instance of instances) {
          const expected = await decide(api, enis, eni, instance);
          if (expected === undefined) {
            allowed += 1;
            const fresh = await EcsEmulator.start();
            try {
              await adapterFor(fresh).attachNetworkInterface('cn-hangzhou', eni.networkInterfaceId, instance.instanceId);
              const [after] = await adapterFor(fresh).getNetworkInterfaces('cn-hangzhou', [eni.networkInterfaceId]);
              assert.deepStrictEqual([after?.status, after?.instanceId], ['Attaching', instance.instanceId]);
            } finally {
              await fresh.close();
            }
          } else {
            refused += 1;
            const error = await ecsErrorOf(api.attachNetworkInterface('cn-hangzhou', eni.networkInterfaceId, instance.instanceId));
            assert.strictEqual(error.code, expected, `${eni.networkInterfaceName || eni.networkInterfaceId} → ${instance.instanceName}`);
          }
        }
      }
    } finally {
      await refusedIn.close();
    }
    assert.ok(allowed >= 3, `only ${allowed} allowed pairs`);
    assert.ok(refused >= 150, `only ${refused} refused pairs`);
  });
});
