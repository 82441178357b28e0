import * as assert from 'node:assert';
import { demoAccount } from '../../emulator/demoData';
import * as ids from '../../emulator/demoIds';

describe('the demo ids the tests name', () => {
  it('are ids of the demo account, each of the kind its prefix says', () => {
    const account = demoAccount();
    const kinds: Record<string, ReadonlyMap<string, unknown>> = {
      'i-': account.instances,
      'eni-': account.networkInterfaces,
      'vsw-': account.vSwitches,
      'sg-': account.securityGroups,
    };
    for (const [name, id] of Object.entries(ids)) {
      const records = Object.entries(kinds).find(([prefix]) => id.startsWith(prefix))?.[1];
      assert.ok(records?.has(id), `${name} (${id}) is in the demo account`);
    }
  });
});
