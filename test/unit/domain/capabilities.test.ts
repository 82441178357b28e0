import * as assert from 'node:assert';
import { contextValue, instanceCapabilities, networkInterfaceCapabilities } from '../../../src/domain/capabilities';
import { anInstance, anEni } from '../../support/domainFixtures';

describe('capabilities for the tree menus', () => {
  const cases: Array<[string, Parameters<typeof anEni>[0], string[]]> = [
    [
      'an Available secondary ENI can be attached, deleted and edited',
      { status: 'Available' },
      ['attachable', 'deletable', 'editable', 'hasIp'],
    ],
    ['an Available trunk ENI can be attached', { status: 'Available', type: 'Trunk' }, ['attachable', 'deletable', 'editable', 'hasIp']],
    ['an InUse secondary ENI can be detached', { status: 'InUse', instanceId: 'i-1' }, ['detachable', 'editable', 'hasIp']],
    ['a primary ENI can only be edited', { status: 'InUse', type: 'Primary', instanceId: 'i-1' }, ['primary', 'editable', 'hasIp']],
    ['a service-managed ENI offers neither', { status: 'InUse', instanceId: 'i-1', serviceManaged: true }, ['serviceManaged', 'hasIp']],
    ['a member ENI can only be edited', { status: 'InUse', type: 'Member', instanceId: 'i-1' }, ['editable', 'hasIp']],
    ['an Attaching ENI can only be edited', { status: 'Attaching', instanceId: 'i-1' }, ['editable', 'hasIp']],
    ['a Deleting ENI can be deleted again, and without an IP cannot copy one', { status: 'Deleting', privateIpAddress: '' }, ['deletable']],
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
