import * as assert from 'node:assert/strict';
import { ActivityLog } from '../../../src/activity/activityLog';
import { recordingEcsApi } from '../../../src/activity/recordingEcsApi';
import type { WriteGate } from '../../../src/activity/writeGate';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { API_ACTIONS, API_ACTION_NAMES, type ApiActionName } from '../../../src/domain/apiActions';
import { FakeClock, FakeMemento } from './fakes';

const REGION = 'cn-hangzhou';
const ENI = 'eni-bp17pdijfczax1huji00';
const INSTANCE = 'i-bp1h4adlltjc1d48goaq';

/** Every method of the port, the action it sends, and a call of it: the compiler holds the table to the interface. */
const METHODS: { readonly [K in keyof EcsApi]: readonly [ApiActionName, (api: EcsApi) => Promise<unknown>] } = {
  describeRegions: ['DescribeRegions', (api) => api.describeRegions()],
  listInstances: ['DescribeInstances', (api) => api.listInstances(REGION)],
  listNetworkInterfaces: ['DescribeNetworkInterfaces', (api) => api.listNetworkInterfaces(REGION)],
  getInstances: ['DescribeInstances', (api) => api.getInstances(REGION, [INSTANCE])],
  getNetworkInterfaces: ['DescribeNetworkInterfaces', (api) => api.getNetworkInterfaces(REGION, [ENI])],
  describeInstanceTypes: ['DescribeInstanceTypes', (api) => api.describeInstanceTypes(['ecs.g7.large'])],
  attachNetworkInterface: ['AttachNetworkInterface', (api) => api.attachNetworkInterface(REGION, ENI, INSTANCE)],
  detachNetworkInterface: ['DetachNetworkInterface', (api) => api.detachNetworkInterface(REGION, ENI, INSTANCE)],
  startInstance: ['StartInstance', (api) => api.startInstance(REGION, INSTANCE)],
  stopInstance: ['StopInstance', (api) => api.stopInstance(REGION, INSTANCE)],
  rebootInstance: ['RebootInstance', (api) => api.rebootInstance(REGION, INSTANCE)],
  listVSwitches: ['DescribeVSwitches', (api) => api.listVSwitches(REGION)],
  listSecurityGroups: ['DescribeSecurityGroups', (api) => api.listSecurityGroups(REGION)],
  createNetworkInterface: [
    'CreateNetworkInterface',
    (api) => api.createNetworkInterface({ regionId: REGION, vSwitchId: 'vsw-1', securityGroupIds: ['sg-1'], name: 'n' }),
  ],
  deleteNetworkInterface: ['DeleteNetworkInterface', (api) => api.deleteNetworkInterface(REGION, ENI)],
  modifyNetworkInterfaceAttribute: [
    'ModifyNetworkInterfaceAttribute',
    (api) => api.modifyNetworkInterfaceAttribute(REGION, ENI, { name: 'n' }),
  ],
  tagNetworkInterfaces: ['TagResources', (api) => api.tagNetworkInterfaces(REGION, [ENI], [{ key: 'env', value: 'prod' }])],
  untagNetworkInterfaces: ['UntagResources', (api) => api.untagNetworkInterfaces(REGION, [ENI], ['env'])],
  assignPrivateIpAddresses: ['AssignPrivateIpAddresses', (api) => api.assignPrivateIpAddresses(REGION, ENI, { count: 1 })],
  unassignPrivateIpAddresses: ['UnassignPrivateIpAddresses', (api) => api.unassignPrivateIpAddresses(REGION, ENI, ['10.0.0.9'])],
  assignIpv6Addresses: ['AssignIpv6Addresses', (api) => api.assignIpv6Addresses(REGION, ENI, { count: 1 })],
  unassignIpv6Addresses: ['UnassignIpv6Addresses', (api) => api.unassignIpv6Addresses(REGION, ENI, ['2001:db8::9'])],
  describeSecurityGroupRules: ['DescribeSecurityGroupAttribute', (api) => api.describeSecurityGroupRules(REGION, 'sg-1')],
  describeCloudAssistantStatus: ['DescribeCloudAssistantStatus', (api) => api.describeCloudAssistantStatus(REGION)],
  installCloudAssistant: ['InstallCloudAssistant', (api) => api.installCloudAssistant(REGION, [INSTANCE])],
  runCommand: [
    'RunCommand',
    (api) => api.runCommand({ regionId: REGION, instanceIds: [INSTANCE], script: 'ip -br addr', name: 'n', timeoutSeconds: 60 }),
  ],
  describeInvocationResults: ['DescribeInvocationResults', (api) => api.describeInvocationResults(REGION, 't-1')],
  stopInvocation: ['StopInvocation', (api) => api.stopInvocation(REGION, 't-1')],
  startTerminalSession: ['StartTerminalSession', (api) => api.startTerminalSession(REGION, INSTANCE)],
};

/** An inner API that answers every call with a plain value and remembers which methods were called. */
function innerApi(called: string[]): EcsApi {
  const answers: Record<string, unknown> = {
    createNetworkInterface: { networkInterfaceId: 'eni-new', requestId: 'R' },
    runCommand: { invokeId: 't-1', commandId: 'c-1', requestId: 'R' },
    startTerminalSession: { sessionId: 's', webSocketUrl: 'wss://x', securityToken: 't', requestId: 'R' },
    assignPrivateIpAddresses: { addresses: [], requestId: 'R' },
    assignIpv6Addresses: { addresses: [], requestId: 'R' },
  };
  return new Proxy({} as EcsApi, {
    get: (_target, name: string) => () => {
      called.push(name);
      return Promise.resolve(answers[name] ?? 'R');
    },
  });
}

const refusal = Object.assign(new Error('refused by the gate'), { code: 'ReadOnlyMode' });

describe('activity: every write passes the gate, and only writes', () => {
  const log = (): ActivityLog => new ActivityLog(new FakeMemento(), { now: new FakeClock().now });
  const methods = Object.entries(METHODS) as Array<[keyof EcsApi, (typeof METHODS)[keyof EcsApi]]>;

  for (const [method, [action, call]] of methods) {
    const write = API_ACTIONS[action].access === 'write';
    it(`${method} (${action}) ${write ? 'is refused by a closed gate: nothing sent, nothing recorded' : 'goes straight through'}`, async () => {
      const called: string[] = [];
      const asked: string[] = [];
      const gate: WriteGate = (started) => {
        asked.push(started.request.action);
        return Promise.reject(refusal);
      };
      const record = log();
      const api = recordingEcsApi(innerApi(called), record, gate);
      if (write) {
        await assert.rejects(call(api), (error) => error === refusal);
        assert.deepEqual(asked, [action]);
        assert.deepEqual(called, []);
        assert.equal(record.entries.length, 0);
      } else {
        await call(api);
        assert.deepEqual(asked, []);
        assert.deepEqual(called, [method]);
      }
    });
  }

  it('an open gate lets each write out once, with the action the gate was told', async () => {
    const called: string[] = [];
    const asked: string[] = [];
    const api = recordingEcsApi(innerApi(called), log(), (started) => {
      asked.push(started.request.action);
      return Promise.resolve();
    });
    for (const [, [action, call]] of methods.filter(([, [action]]) => API_ACTIONS[action].access === 'write')) {
      await call(api);
      assert.equal(asked.at(-1), action);
    }
    assert.equal(called.length, asked.length);
  });

  it('the table reaches every write action the extension knows, so a new write cannot miss the gate unseen', () => {
    const reached = new Set(Object.values(METHODS).map(([action]) => action));
    assert.deepEqual(
      API_ACTION_NAMES.filter((action) => API_ACTIONS[action].access === 'write' && !reached.has(action)),
      [],
    );
  });
});
