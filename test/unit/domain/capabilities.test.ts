import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextValue, instanceCapabilities, networkInterfaceCapabilities } from '../../../src/domain/capabilities';
import { anInstance, anEni } from '../../support/domainFixtures';

describe('capabilities for the tree menus', () => {
  const cases: Array<[string, Parameters<typeof anEni>[0], string[]]> = [
    [
      'an Available secondary ENI can be attached, deleted and edited',
      { status: 'Available' },
      ['ownable', 'attachable', 'deletable', 'editable', 'hasIp'],
    ],
    [
      'an Available trunk ENI can be attached',
      { status: 'Available', type: 'Trunk' },
      ['ownable', 'attachable', 'deletable', 'editable', 'hasIp'],
    ],
    [
      'an InUse secondary ENI can be detached and configured in the guest, and keeps Delete in the menu of a selection (whose question leaves it alone)',
      { status: 'InUse', instanceId: 'i-1' },
      ['ownable', 'detachable', 'configurableInGuest', 'editable', 'hasIp'],
    ],
    [
      'an InUse trunk ENI can be detached, not configured in the guest',
      { status: 'InUse', type: 'Trunk', instanceId: 'i-1' },
      ['ownable', 'detachable', 'editable', 'hasIp'],
    ],
    ['a primary ENI can only be edited', { status: 'InUse', type: 'Primary', instanceId: 'i-1' }, ['primary', 'editable', 'hasIp']],
    ['a service-managed ENI offers neither', { status: 'InUse', instanceId: 'i-1', serviceManaged: true }, ['serviceManaged', 'hasIp']],
    ['a member ENI can only be edited', { status: 'InUse', type: 'Member', instanceId: 'i-1' }, ['editable', 'hasIp']],
    ['an Attaching ENI can only be edited', { status: 'Attaching', instanceId: 'i-1' }, ['ownable', 'editable', 'hasIp']],
    [
      'a Deleting ENI can be deleted again, and without an IP cannot copy one',
      { status: 'Deleting', privateIpAddress: '' },
      ['ownable', 'deletable'],
    ],
  ];
  for (const [title, fields, tokens] of cases) {
    it(title, () => assert.deepStrictEqual(networkInterfaceCapabilities(anEni(fields)), tokens));
  }

  it('offers Run Command where the agent answers, and the install where it is silent or too old, once the agents are read', () => {
    const running = anInstance({ status: 'Running' });
    const stopped = anInstance({ status: 'Stopped' });
    assert.deepStrictEqual(
      (['unknown', 'online', 'tooOld', 'silent'] as const).map((agent) =>
        instanceCapabilities(running, agent).filter((token) => token === 'canRunCommand' || token === 'agentMissing'),
      ),
      [[], ['canRunCommand'], ['canRunCommand', 'agentMissing'], ['agentMissing']],
    );
    assert.deepStrictEqual(
      instanceCapabilities(stopped, 'silent').filter((token) => token === 'agentMissing'),
      ['agentMissing'],
    );
    assert.ok(!instanceCapabilities(anInstance({ status: 'Starting' }), 'silent').includes('agentMissing'));
  });

  it('lets Running and Stopped instances take an ENI, not transitional ones', () => {
    assert.ok(instanceCapabilities(anInstance({ status: 'Running' })).includes('canAttach'));
    assert.ok(instanceCapabilities(anInstance({ status: 'Stopped' })).includes('canAttach'));
    assert.ok(!instanceCapabilities(anInstance({ status: 'Starting' })).includes('canAttach'));
  });

  const power: Array<[string, string[]]> = [
    ['Running', ['canAttach', 'canStop', 'canReboot', 'hasIp']],
    ['Stopped', ['canAttach', 'canStart', 'hasIp']],
    ['Starting', ['hasIp']],
    ['Stopping', ['hasIp']],
    ['Pending', ['hasIp']],
  ];
  for (const [status, tokens] of power) {
    it(`offers on a ${status} instance exactly ${tokens.join(', ')}`, () => {
      assert.deepStrictEqual(instanceCapabilities(anInstance({ status })), tokens);
    });
  }

  it('offers no power operation on an instance whose id ECS would call malformed', () => {
    assert.deepStrictEqual(instanceCapabilities(anInstance({ instanceId: 'web', status: 'Running', privateIpAddress: '' })), ['canAttach']);
  });

  it('joins kind and tokens for a contextValue', () => {
    assert.strictEqual(contextValue('eni', ['attachable', 'hasIp']), 'eni;attachable;hasIp');
    assert.strictEqual(contextValue('instance', []), 'instance');
  });
});

describe('capabilities, at their edges', () => {
  it('offers detach only for an ENI that is InUse on an instance', () => {
    assert.deepStrictEqual(networkInterfaceCapabilities(anEni({ status: 'Detaching', instanceId: 'i-1' })), [
      'ownable',
      'editable',
      'hasIp',
    ]);
    assert.deepStrictEqual(networkInterfaceCapabilities(anEni({ status: 'InUse', instanceId: '' })), ['ownable', 'editable', 'hasIp']);
  });

  it('offers to copy the IP of an instance only when it has one', () => {
    assert.deepStrictEqual(instanceCapabilities(anInstance({ privateIpAddress: '' })), ['canAttach', 'canStop', 'canReboot']);
    assert.deepStrictEqual(instanceCapabilities(anInstance({ status: 'Starting', privateIpAddress: '' })), []);
  });
});

describe('the manifest’s menus over those tokens', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
    contributes: { menus: Record<string, Array<{ command: string; when?: string }>> };
  };
  /** The `viewItem =~ /…/` of a command's context-menu entry, as a regular expression. */
  const rowPattern = (command: string): RegExp => {
    const entry = manifest.contributes.menus['view/item/context']?.find(
      (item) => item.command === command && !item.when?.includes('inline'),
    );
    const source = /viewItem =~ \/(.*)\/$/.exec(entry?.when ?? '')?.[1];
    assert.ok(source, `no row pattern for ${command}`);
    return new RegExp(source);
  };

  it('keeps Delete Network Interface in the menu of a selection with an InUse ENI among Available ones (VS Code shows an item only when every selected row has it)', () => {
    const shows = (fields: Parameters<typeof anEni>[0]): boolean =>
      rowPattern('alicloudEcs.deleteNetworkInterface').test(contextValue('eni', networkInterfaceCapabilities(anEni(fields))));
    assert.ok(shows({ status: 'Available' }));
    assert.ok(shows({ status: 'InUse', instanceId: 'i-1' }), 'an InUse secondary ENI');
    assert.ok(!shows({ status: 'InUse', type: 'Primary', instanceId: 'i-1' }), 'a primary ENI');
    assert.ok(!shows({ status: 'InUse', instanceId: 'i-1', serviceManaged: true }), 'a service-managed ENI');
  });
});
