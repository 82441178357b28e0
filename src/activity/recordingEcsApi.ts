import type { AssignedAddresses, EcsApi } from '../cloud/ecsApi';
import {
  assignIpv6AddressesRequest,
  assignPrivateIpAddressesRequest,
  attachRequest,
  createRequest,
  deleteRequest,
  detachRequest,
  installCloudAssistantRequest,
  modifyRequest,
  rebootRequest,
  runCommandRequest,
  startTerminalSessionRequest,
  startRequest,
  stopInvocationRequest,
  stopRequest,
  tagRequest,
  unassignIpv6AddressesRequest,
  unassignPrivateIpAddressesRequest,
  untagRequest,
} from '../domain/export/ecsRequest';
import { redactSecrets } from '../domain/redaction';
import type { ActivityLog, WriteOutcome, WriteStart } from './activityLog';
import type { WriteGate } from './writeGate';

type Params<K extends keyof EcsApi> = Parameters<EcsApi[K]>;

const requestIdOf = (requestId: string) => ({ requestId });
const assignedOf = (assigned: AssignedAddresses) => ({ requestId: assigned.requestId });

/** The `EcsApi` that records each write in the activity log; reads pass straight through. */
class RecordingEcsApi implements EcsApi {
  constructor(
    private readonly inner: EcsApi,
    private readonly log: ActivityLog,
    private readonly gate: WriteGate,
  ) {}

  /** The one way out for a write: the gate first (read-only mode, the safety policy), then the record and the call. */
  private async send<T>(write: WriteStart, run: () => Promise<T>, outcome: (result: T) => WriteOutcome): Promise<T> {
    await this.gate(write);
    return this.log.record(write, run, outcome);
  }

  describeRegions(): ReturnType<EcsApi['describeRegions']> {
    return this.inner.describeRegions();
  }

  listInstances(...args: Params<'listInstances'>): ReturnType<EcsApi['listInstances']> {
    return this.inner.listInstances(...args);
  }

  listNetworkInterfaces(...args: Params<'listNetworkInterfaces'>): ReturnType<EcsApi['listNetworkInterfaces']> {
    return this.inner.listNetworkInterfaces(...args);
  }

  getInstances(...args: Params<'getInstances'>): ReturnType<EcsApi['getInstances']> {
    return this.inner.getInstances(...args);
  }

  getNetworkInterfaces(...args: Params<'getNetworkInterfaces'>): ReturnType<EcsApi['getNetworkInterfaces']> {
    return this.inner.getNetworkInterfaces(...args);
  }

  describeInstanceTypes(...args: Params<'describeInstanceTypes'>): ReturnType<EcsApi['describeInstanceTypes']> {
    return this.inner.describeInstanceTypes(...args);
  }

  listVSwitches(...args: Params<'listVSwitches'>): ReturnType<EcsApi['listVSwitches']> {
    return this.inner.listVSwitches(...args);
  }

  listSecurityGroups(...args: Params<'listSecurityGroups'>): ReturnType<EcsApi['listSecurityGroups']> {
    return this.inner.listSecurityGroups(...args);
  }

  describeSecurityGroupRules(...args: Params<'describeSecurityGroupRules'>): ReturnType<EcsApi['describeSecurityGroupRules']> {
    return this.inner.describeSecurityGroupRules(...args);
  }

  describeCloudAssistantStatus(...args: Params<'describeCloudAssistantStatus'>): ReturnType<EcsApi['describeCloudAssistantStatus']> {
    return this.inner.describeCloudAssistantStatus(...args);
  }

  describeInvocationResults(...args: Params<'describeInvocationResults'>): ReturnType<EcsApi['describeInvocationResults']> {
    return this.inner.describeInvocationResults(...args);
  }

  installCloudAssistant(...args: Params<'installCloudAssistant'>): Promise<string> {
    const write = { request: installCloudAssistantRequest(...args), resourceIds: args[1] };
    return this.send(write, () => this.inner.installCloudAssistant(...args), requestIdOf);
  }

  /** The run's id joins the instances among what it touched, once ECS named it. */
  runCommand(...args: Params<'runCommand'>): ReturnType<EcsApi['runCommand']> {
    const [run] = args;
    // The record is kept on disk: a script that holds something secret-looking keeps it only as [redacted].
    const write = { request: runCommandRequest({ ...run, script: redactSecrets(run.script) }), resourceIds: run.instanceIds };
    return this.send(
      write,
      () => this.inner.runCommand(...args),
      (started) => ({ requestId: started.requestId, resourceIds: [started.invokeId] }),
    );
  }

  stopInvocation(...args: Params<'stopInvocation'>): Promise<string> {
    const write = { request: stopInvocationRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.stopInvocation(...args), requestIdOf);
  }

  /** Recorded without what it answered: the address and token of a session are secrets. */
  startTerminalSession(...args: Params<'startTerminalSession'>): ReturnType<EcsApi['startTerminalSession']> {
    const write = { request: startTerminalSessionRequest(...args), resourceIds: [args[1]] };
    return this.send(
      write,
      () => this.inner.startTerminalSession(...args),
      (started) => ({ requestId: started.requestId }),
    );
  }

  attachNetworkInterface(...args: Params<'attachNetworkInterface'>): Promise<string> {
    const [, networkInterfaceId, instanceId] = args;
    const write = { request: attachRequest(...args), resourceIds: [networkInterfaceId, instanceId] };
    return this.send(write, () => this.inner.attachNetworkInterface(...args), requestIdOf);
  }

  detachNetworkInterface(...args: Params<'detachNetworkInterface'>): Promise<string> {
    const [, networkInterfaceId, instanceId] = args;
    const write = { request: detachRequest(...args), resourceIds: [networkInterfaceId, instanceId] };
    return this.send(write, () => this.inner.detachNetworkInterface(...args), requestIdOf);
  }

  startInstance(...args: Params<'startInstance'>): Promise<string> {
    const write = { request: startRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.startInstance(...args), requestIdOf);
  }

  stopInstance(...args: Params<'stopInstance'>): Promise<string> {
    const write = { request: stopRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.stopInstance(...args), requestIdOf);
  }

  rebootInstance(...args: Params<'rebootInstance'>): Promise<string> {
    const write = { request: rebootRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.rebootInstance(...args), requestIdOf);
  }

  /** The ENI made comes first among the resources it touched, once ECS named it. */
  createNetworkInterface(...args: Params<'createNetworkInterface'>): ReturnType<EcsApi['createNetworkInterface']> {
    const [eni] = args;
    const write = { request: createRequest(eni), resourceIds: [eni.vSwitchId, ...eni.securityGroupIds] };
    return this.send(
      write,
      () => this.inner.createNetworkInterface(...args),
      (created) => ({
        requestId: created.requestId,
        resourceIds: [created.networkInterfaceId],
      }),
    );
  }

  deleteNetworkInterface(...args: Params<'deleteNetworkInterface'>): Promise<string> {
    const write = { request: deleteRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.deleteNetworkInterface(...args), requestIdOf);
  }

  modifyNetworkInterfaceAttribute(...args: Params<'modifyNetworkInterfaceAttribute'>): Promise<string> {
    const write = { request: modifyRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.modifyNetworkInterfaceAttribute(...args), requestIdOf);
  }

  tagNetworkInterfaces(...args: Params<'tagNetworkInterfaces'>): Promise<string> {
    const write = { request: tagRequest(...args), resourceIds: args[1] };
    return this.send(write, () => this.inner.tagNetworkInterfaces(...args), requestIdOf);
  }

  untagNetworkInterfaces(...args: Params<'untagNetworkInterfaces'>): Promise<string> {
    const write = { request: untagRequest(...args), resourceIds: args[1] };
    return this.send(write, () => this.inner.untagNetworkInterfaces(...args), requestIdOf);
  }

  assignPrivateIpAddresses(...args: Params<'assignPrivateIpAddresses'>): Promise<AssignedAddresses> {
    const write = { request: assignPrivateIpAddressesRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.assignPrivateIpAddresses(...args), assignedOf);
  }

  unassignPrivateIpAddresses(...args: Params<'unassignPrivateIpAddresses'>): Promise<string> {
    const write = { request: unassignPrivateIpAddressesRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.unassignPrivateIpAddresses(...args), requestIdOf);
  }

  assignIpv6Addresses(...args: Params<'assignIpv6Addresses'>): Promise<AssignedAddresses> {
    const write = { request: assignIpv6AddressesRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.assignIpv6Addresses(...args), assignedOf);
  }

  unassignIpv6Addresses(...args: Params<'unassignIpv6Addresses'>): Promise<string> {
    const write = { request: unassignIpv6AddressesRequest(...args), resourceIds: [args[1]] };
    return this.send(write, () => this.inner.unassignIpv6Addresses(...args), requestIdOf);
  }
}

/**
 * `inner`, with each of its writes let through by `gate` and recorded in `log` (attach, detach, create, delete, modify, tags, start, stop, reboot,
 * addresses, Cloud Assistant's install, command runs and their stop).
 */
export function recordingEcsApi(inner: EcsApi, log: ActivityLog, gate: WriteGate): EcsApi {
  return new RecordingEcsApi(inner, log, gate);
}
