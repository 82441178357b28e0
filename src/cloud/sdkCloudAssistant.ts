import * as $Ecs from './sdkEcsModels';
import type { CommandRunStarted, TerminalSessionStarted } from './ecsApi';
import { EcsError } from './ecsError';
import { batches, collectTokenPages } from './paging';
import { SdkEcsReads } from './sdkEcsReads';
import type { AgentStatus, CommandRunRequest, InstanceRun } from '../domain/cloudAssistant';

/** DescribeCloudAssistantStatus and InstallCloudAssistant take 50 instances a call. */
const INSTANCES_PER_CALL = 50;
/** DescribeInvocationResults' MaxResults allows 50. */
const RESULTS_PAGE = 50;
/** A run has at most 100 instances: two pages; more pages than this end the reading. */
const MAX_RESULT_PAGES = 10;

/**
 * A session's address: `wss:` (the token travels in it), or `ws:` only to this machine (the local emulator); a URL
 * that does not parse is none.
 */
function isSessionAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'wss:' || (url.protocol === 'ws:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

const decoded = (base64: string | undefined): string => Buffer.from(base64 ?? '', 'base64').toString('utf8');

const toInstanceRun = (row: $Ecs.DescribeInvocationResultsResponseBodyRow): InstanceRun => ({
  instanceId: row.instanceId ?? '',
  status: row.invocationStatus ?? '',
  output: decoded(row.output),
  dropped: row.dropped ?? 0,
  exitCode: row.exitCode,
  errorCode: row.errorCode ?? '',
  startTime: row.startTime ?? '',
  finishedTime: row.finishedTime ?? '',
});

const toAgentStatus = (row: $Ecs.DescribeCloudAssistantStatusResponseBodyRow): AgentStatus => ({
  instanceId: row.instanceId ?? '',
  online: row.cloudAssistantStatus === 'true',
  version: row.cloudAssistantVersion ?? '',
  supportsSessions: row.supportSessionManager === true,
});

/** Cloud Assistant's actions of the `EcsApi`, on the official SDK. */
export abstract class SdkCloudAssistant extends SdkEcsReads {
  /** The named instances (50 a call), or without names every instance of the region (NextToken pages of 50). */
  async describeCloudAssistantStatus(regionId: string, instanceIds?: readonly string[]): Promise<AgentStatus[]> {
    const ask = async (instanceId: readonly string[] | undefined, nextToken?: string) => {
      const response = await this.call(
        'DescribeCloudAssistantStatus',
        regionId,
        (client) =>
          client.describeCloudAssistantStatus(
            new $Ecs.DescribeCloudAssistantStatusRequest({
              regionId,
              instanceId: instanceId ? [...instanceId] : undefined,
              maxResults: instanceId ? undefined : INSTANCES_PER_CALL,
              nextToken,
            }),
          ),
        instanceId ?? [],
      );
      const body = response.body;
      return {
        items: (body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus ?? []).map(toAgentStatus),
        nextToken: body?.nextToken ?? '',
      };
    };
    if (instanceIds === undefined) {
      return collectTokenPages(
        (nextToken) => ask(undefined, nextToken),
        (agent) => agent.instanceId,
        INSTANCES_PER_CALL,
      );
    }
    const answers = await Promise.all(batches(instanceIds, INSTANCES_PER_CALL).map(async (batch) => (await ask(batch)).items));
    return answers.flat();
  }

  async installCloudAssistant(regionId: string, instanceIds: readonly string[]): Promise<string> {
    const response = await this.call(
      'InstallCloudAssistant',
      regionId,
      (client) => client.installCloudAssistant(new $Ecs.InstallCloudAssistantRequest({ regionId, instanceId: [...instanceIds] })),
      instanceIds,
    );
    return response.body?.requestId ?? '';
  }

  /** The script travels in Base64 (ContentEncoding), so that no character of it is changed on the way. */
  async runCommand(request: CommandRunRequest): Promise<CommandRunStarted> {
    const { regionId, instanceIds } = request;
    const response = await this.call(
      'RunCommand',
      regionId,
      (client) =>
        client.runCommand(
          new $Ecs.RunCommandRequest({
            regionId,
            type: 'RunShellScript',
            commandContent: Buffer.from(request.script, 'utf8').toString('base64'),
            contentEncoding: 'Base64',
            instanceId: [...instanceIds],
            name: request.name,
            timeout: request.timeoutSeconds,
            clientToken: request.clientToken,
          }),
        ),
      instanceIds,
    );
    const invokeId = response.body?.invokeId ?? '';
    const requestId = response.body?.requestId ?? '';
    if (invokeId === '') {
      const message = 'ECS answered RunCommand without the id of the run.';
      throw new EcsError('InvalidResponse', message, requestId, undefined, undefined, 'RunCommand', undefined, message);
    }
    return { invokeId, commandId: response.body?.commandId ?? '', requestId };
  }

  async describeInvocationResults(regionId: string, invokeId: string): Promise<InstanceRun[]> {
    return collectTokenPages(
      async (nextToken) => {
        const response = await this.call('DescribeInvocationResults', regionId, (client) =>
          client.describeInvocationResults(
            new $Ecs.DescribeInvocationResultsRequest({ regionId, invokeId, maxResults: RESULTS_PAGE, nextToken }),
          ),
        );
        const invocation = response.body?.invocation;
        return {
          items: (invocation?.invocationResults?.invocationResult ?? []).map(toInstanceRun),
          nextToken: invocation?.nextToken ?? '',
        };
      },
      (run) => run.instanceId,
      RESULTS_PAGE,
      RESULTS_PAGE * MAX_RESULT_PAGES,
    );
  }

  async startTerminalSession(regionId: string, instanceId: string): Promise<TerminalSessionStarted> {
    const response = await this.call(
      'StartTerminalSession',
      regionId,
      (client) => client.startTerminalSession(new $Ecs.StartTerminalSessionRequest({ regionId, instanceId: [instanceId] })),
      [instanceId],
    );
    const body = response.body;
    const requestId = body?.requestId ?? '';
    if (!body?.webSocketUrl || !isSessionAddress(body.webSocketUrl)) {
      const message = 'ECS answered StartTerminalSession without a secure WebSocket address.';
      throw new EcsError('InvalidResponse', message, requestId, undefined, undefined, 'StartTerminalSession', undefined, message);
    }
    return { sessionId: body.sessionId ?? '', webSocketUrl: body.webSocketUrl, securityToken: body.securityToken ?? '', requestId };
  }

  async stopInvocation(regionId: string, invokeId: string): Promise<string> {
    const response = await this.call('StopInvocation', regionId, (client) =>
      client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId, invokeId })),
    );
    return response.body?.requestId ?? '';
  }
}
