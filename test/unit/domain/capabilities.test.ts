import * as assert from 'node:assert';
import { contextValue, instanceCapabilities, networkInterfaceCapabilities } from '../../../src/domain/capabilities';
import { anInstance, anEni } from '../../support/domainFixtures';

describe('capabilities for the tree menus', () => {
  const cases: Array<[string, Parameters<typeof anEni>[0], string[]]> = [
    ['an Available secondary ENI can be attached', { status: 'Available' }, ['attachable', 'hasIp']],
    ['an Available trunk ENI can be attached', { status: 'Available', type: 'Trunk' }, ['attachable', 'hasIp']],
    ['an InUse secondary ENI can be detached', { status: 'InUse', instanceId: 'i-1' }, ['detachable', 'hasIp']],
    ['a primary ENI offers neither', { status: 'InUse', type: 'Primary', instanceId: 'i-1' }, ['primary', 'hasIp']],
    ['a service-managed ENI offers neither', { status: 'InUse', instanceId: 'i-1', serviceManaged: true }, ['serviceManaged', 'hasIp']],
    ['a member ENI offers neither', { status: 'InUse', type: 'Member', instanceId: 'i-1' }, ['hasIp']],
    ['an Attaching ENI offers neither', { status: 'Attaching', instanceId: 'i-1' }, ['hasIp']],
    ['an ENI without an IP cannot copy one', { status: 'Deleting', privateIpAddress: '' }, []],
  ];
  for (const [title, fields, tokens] of cases) {
    it(title, () => assert.deepStrictEqual(networkInterfaceCapabilities(anEni(fields)), tokens));
  }

  it('lets Running and Stopped instances take an ENI, not transitional ones', () => {
    assert.deepStrictEqual(instanceCapabilities(anInstance({ status: 'Running' })), ['canAttach', 'hasIp']);
    assert.deepStrictEqual(instanceCapabilities(anInstance({ status: 'Stopped' })), ['canAttach', 'hasIp']);
    assert.deepStrictEqual(instanceCapabilities(anInstance({ status: 'Starting' })), ['hasIp']);
  });

  it('joins kind and tokens for a contextValue', () => {
    assert.strictEqual(contextValue('eni', ['attachable', 'hasIp']), 'eni;attachable;hasIp');
    assert.strictEqual(contextValue('instance', []), 'instance');
  });
});
