import { eniTime } from '../clock';
import { EmulatorError, errors, missingParameter } from '../errors';
import { agentOnline, agentVersionAtLeast, CURRENT_AGENT_VERSION, guestOf, SESSION_MIN_AGENT_VERSION } from '../guest/guest';
import { instanceRunView, legacyStatus, overallStatus, scheduleRuns } from '../guest/invocationState';
import type { EmAccount, EmInstance, EmInvocation } from '../model';
import { onceByClientToken } from './clientTokens';
import { type ActionContext, paginate, region } from './context';

/**
 * Cloud Assistant's actions, from ECS's API reference: DescribeCloudAssistantStatus, InstallCloudAssistant, RunCommand,
 * DescribeInvocations, DescribeInvocationResults, StopInvocation
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-runcommand and its neighbours).
 */

const MAX_RUN_INSTANCES = 100;
const MAX_STATUS_INSTANCES = 100;
const MAX_INSTALL_INSTANCES = 50;
const MAX_STOP_INSTANCES = 50;
/** The Base64 form of the content: 24 KB, 18 KB when the command is kept. */
const MAX_CONTENT_BYTES = 24 * 1024;
const MAX_KEPT_CONTENT_BYTES = 18 * 1024;
const COMMAND_TYPES = new Set(['RunShellScript', 'RunBatScript', 'RunPowerShellScript']);
/** Scheduling, parameters, containers and launchers: RunCommand's parameters the emulator does not model, refused. */
const UNMODELLED_RUN_PARAMETERS = [
  'Frequency',
  'Parameters',
  'EnableParameter',
  'ContainerId',
  'ContainerName',
  'Launcher',
  'ResourceTag.1.Key',
  'Tag.1.Key',
  'OssOutputDelivery',
  'WindowsPasswordName',
  'ResourceGroupId',
];

let invoked = 0;

const instanceNotFound = (): EmulatorError => new EmulatorError('InvalidInstance.NotFound', 404, 'The specified instance does not exist.');
const tooManyInstances = (): EmulatorError =>
  new EmulatorError('InstanceIds.ExceedLimit', 403, 'The number of instance IDs exceeds the upper limit.');

/** The instances `InstanceId.N` names in the region: at most `limit`, at least one when `required`, each existing. */
export function instancesNamed(context: ActionContext, regionId: string, limit: number, required: boolean): EmInstance[] {
  const ids = context.params.list('InstanceId');
  if (ids.length === 0 && required) {
    throw new EmulatorError('MissingParam.InstanceId', 400, 'The parameter InstanceId is missing.');
  }
  if (ids.length > limit) {
    throw tooManyInstances();
  }
  return ids.map((id) => {
    const instance = context.account.instances.get(id);
    if (!instance || instance.regionId !== regionId) {
      throw instanceNotFound();
    }
    return instance;
  });
}

export function describeCloudAssistantStatus(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const named = instancesNamed(context, regionId, MAX_STATUS_INSTANCES, false);
  // Every emulated guest runs Linux.
  const osType = context.params.optional('OSType');
  const all = named.length > 0 ? named : [...context.account.instances.values()].filter((instance) => instance.regionId === regionId);
  const matching = all.filter(() => osType === undefined || osType === 'Linux');
  const page =
    named.length > 0
      ? { items: matching, fields: { TotalCount: matching.length } }
      : paginate(context.params, matching, { minResults: 1, maxResults: 50, defaultResults: 10, maxPageSize: 50, defaultPageSize: 10 });
  return {
    ...page.fields,
    InstanceCloudAssistantStatusSet: {
      InstanceCloudAssistantStatus: page.items.map((instance) => {
        const online = agentOnline(instance);
        const version = online ? (guestOf(instance).agent.version ?? '') : '';
        const runs = [...context.account.invocations.values()].flatMap((invocation) =>
          invocation.instances
            .filter((target) => target.instanceId === instance.instanceId)
            .map((target) => instanceRunView(invocation, target, context.world.clock.now())),
        );
        return {
          InstanceId: instance.instanceId,
          CloudAssistantStatus: online ? 'true' : 'false',
          CloudAssistantVersion: version,
          LastHeartbeatTime: online ? eniTime(context.world.clock.now() - 30_000) : '',
          OSType: 'Linux',
          ActiveTaskCount: runs.filter((run) => run.status === 'Running' || run.status === 'Pending').length,
          InvocationCount: runs.filter((run) => run.status !== 'Running' && run.status !== 'Pending').length,
          SupportSessionManager: online && agentVersionAtLeast(version, SESSION_MIN_AGENT_VERSION),
        };
      }),
    },
  };
}

/** Installs the agent; it runs from the instance's next boot (the reference asks for a restart). */
export function installCloudAssistant(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const instances = instancesNamed(context, regionId, MAX_INSTALL_INSTANCES, true);
  for (const instance of instances) {
    const guest = guestOf(instance);
    if (guest.agent.version === undefined) {
      guest.agent.pendingVersion = CURRENT_AGENT_VERSION;
    }
  }
  return {};
}

function commandContent(context: ActionContext): string {
  const raw = context.params.required('CommandContent');
  const base64 = (context.params.optional('ContentEncoding') ?? 'PlainText').toLowerCase() === 'base64';
  const encodedLength = base64 ? raw.length : Buffer.from(raw, 'utf8').toString('base64').length;
  const limit = context.params.optional('KeepCommand') === 'true' ? MAX_KEPT_CONTENT_BYTES : MAX_CONTENT_BYTES;
  if (encodedLength > limit) {
    throw new EmulatorError('CmdContent.ExceedLimit', 403, 'The length of the command content exceeds the upper limit.');
  }
  return base64 ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

function lengthAtMost(context: ActionContext, name: string, limit: number, tooLong: () => EmulatorError): string {
  const value = context.params.optional(name) ?? '';
  if (value.length > limit) {
    throw tooLong();
  }
  return value;
}

/**
 * Creates a one-time command and runs it on every instance named: each must be Running with the agent online, or the
 * whole call fails (InvalidInstance.NotMatch). The agent takes it after the delivery delay.
 */
export function runCommand(context: ActionContext): Record<string, unknown> {
  const { params, account, world } = context;
  const regionId = region(context).regionId;
  if (UNMODELLED_RUN_PARAMETERS.some((name) => params.raw(name) !== undefined)) {
    throw errors.unsupportedParameter();
  }
  const type = params.required('Type');
  if (!COMMAND_TYPES.has(type)) {
    throw new EmulatorError('InvalidCmdType.NotFound', 403, 'The specified command type does not exist.');
  }
  const repeatMode = params.optional('RepeatMode') ?? 'Once';
  if (repeatMode !== 'Once') {
    throw errors.unsupportedParameter();
  }
  const content = commandContent(context);
  const name = lengthAtMost(context, 'Name', 128, () => new EmulatorError('CmdName.ExceedLimit', 403, 'The command name is too long.'));
  const description = lengthAtMost(
    context,
    'Description',
    512,
    () => new EmulatorError('CmdDesc.ExceedLimit', 403, 'The description is too long.'),
  );
  const workingDir =
    lengthAtMost(
      context,
      'WorkingDir',
      200,
      () => new EmulatorError('InvalidParameter.WorkingDir', 400, 'The working directory is not valid.'),
    ) || '/root';
  const username =
    lengthAtMost(context, 'Username', 255, () => new EmulatorError('Username.ExceedLimit', 403, 'The user name is too long.')) || 'root';
  const timeoutSeconds = params.integer('Timeout') ?? 60;
  const instances = instancesNamed(context, regionId, MAX_RUN_INSTANCES, true);
  if (instances.some((instance) => !agentOnline(instance) || type !== 'RunShellScript')) {
    throw new EmulatorError(
      'InvalidInstance.NotMatch',
      403,
      'The specified instance cannot run this command: it must be Running, with Cloud Assistant online, and of the command type’s OS.',
    );
  }
  return onceByClientToken(context, 'RunCommand', regionId, () => {
    invoked += 1;
    const serial = `${world.clock.now().toString(36)}${invoked.toString(36)}`;
    const invocation: EmInvocation = {
      invokeId: `t-em${serial}`,
      commandId: `c-em${serial}`,
      regionId,
      name,
      description,
      type: 'RunShellScript',
      content,
      timeoutSeconds,
      username,
      workingDir,
      createdAt: world.clock.now(),
      instances: instances.map((instance) => ({ instanceId: instance.instanceId, startsAt: world.clock.now() + world.delays.deliveryMs })),
    };
    account.invocations.set(invocation.invokeId, invocation);
    scheduleRuns(world, account, invocation);
    return { CommandId: invocation.commandId, InvokeId: invocation.invokeId };
  });
}

const encoded = (context: ActionContext, text: Buffer | string): string =>
  (context.params.optional('ContentEncoding') ?? 'Base64').toLowerCase() === 'plaintext'
    ? text.toString()
    : Buffer.from(text).toString('base64');

const timeText = (ms: number | undefined): string => (ms === undefined ? '' : eniTime(ms));

function invocationsOf(account: EmAccount, regionId: string, context: ActionContext): EmInvocation[] {
  const invokeId = context.params.optional('InvokeId');
  const instanceId = context.params.optional('InstanceId');
  const commandId = context.params.optional('CommandId');
  return [...account.invocations.values()]
    .filter(
      (invocation) =>
        invocation.regionId === regionId &&
        (invokeId === undefined || invocation.invokeId === invokeId) &&
        (commandId === undefined || invocation.commandId === commandId) &&
        (instanceId === undefined || invocation.instances.some((target) => target.instanceId === instanceId)),
    )
    .sort((a, b) => b.createdAt - a.createdAt);
}

const PAGING = { minResults: 1, maxResults: 50, defaultResults: 10, maxPageSize: 50, defaultPageSize: 10 };

export function describeInvocations(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const now = context.world.clock.now();
  const includeOutput = context.params.optional('IncludeOutput') === 'true';
  const wantedStatus = context.params.optional('InvokeStatus');
  const rows = invocationsOf(context.account, regionId, context).map((invocation) => {
    const views = invocation.instances.map((target) => ({ target, view: instanceRunView(invocation, target, now) }));
    return { invocation, views, status: overallStatus(views.map(({ view }) => view.status)) };
  });
  const matching = rows.filter(
    (row) => wantedStatus === undefined || row.status === wantedStatus || legacyStatus(row.status) === wantedStatus,
  );
  const page = paginate(context.params, matching, PAGING);
  return {
    ...page.fields,
    Invocations: {
      Invocation: page.items.map(({ invocation, views, status }) => ({
        InvokeId: invocation.invokeId,
        CommandId: invocation.commandId,
        CommandName: invocation.name,
        CommandDescription: invocation.description,
        CommandType: invocation.type,
        CommandContent: encoded(context, invocation.content),
        Parameters: '{}',
        RepeatMode: 'Once',
        Frequency: '',
        Timed: false,
        Timeout: invocation.timeoutSeconds,
        Username: invocation.username,
        WorkingDir: invocation.workingDir,
        CreationTime: eniTime(invocation.createdAt),
        InvocationStatus: status,
        InvokeStatus: legacyStatus(status),
        InvokeInstances: {
          InvokeInstance: views.map(({ target, view }) => ({
            InstanceId: target.instanceId,
            InvocationStatus: view.status,
            InstanceInvokeStatus: legacyStatus(view.status),
            Output: includeOutput ? encoded(context, view.output) : '',
            Dropped: view.dropped,
            ExitCode: view.exitCode,
            ErrorCode: view.errorCode,
            ErrorInfo: view.errorInfo,
            CreationTime: eniTime(invocation.createdAt),
            StartTime: timeText(view.startedAt),
            FinishTime: timeText(view.finishedAt),
            StopTime: timeText(target.stoppedAt),
            UpdateTime: eniTime(now),
            Repeats: view.startedAt === undefined ? 0 : 1,
            Timed: false,
          })),
        },
      })),
    },
  };
}

export function describeInvocationResults(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const now = context.world.clock.now();
  const instanceId = context.params.optional('InstanceId');
  const wantedStatus = context.params.optional('InvokeRecordStatus');
  const results = invocationsOf(context.account, regionId, context).flatMap((invocation) =>
    invocation.instances
      .filter((target) => instanceId === undefined || target.instanceId === instanceId)
      .map((target) => ({ invocation, target, view: instanceRunView(invocation, target, now) })),
  );
  const matching = results.filter(
    ({ view }) => wantedStatus === undefined || view.status === wantedStatus || legacyStatus(view.status) === wantedStatus,
  );
  const page = paginate(context.params, matching, PAGING);
  return {
    Invocation: {
      ...page.fields,
      InvocationResults: {
        InvocationResult: page.items.map(({ invocation, target, view }) => ({
          InvokeId: invocation.invokeId,
          CommandId: invocation.commandId,
          InstanceId: target.instanceId,
          InvocationStatus: view.status,
          InvokeRecordStatus: legacyStatus(view.status),
          Output: encoded(context, view.output),
          Dropped: view.dropped,
          ExitCode: view.exitCode,
          ErrorCode: view.errorCode,
          ErrorInfo: view.errorInfo,
          StartTime: timeText(view.startedAt),
          FinishedTime: timeText(view.finishedAt),
          StopTime: timeText(target.stoppedAt),
          Repeats: view.startedAt === undefined ? 0 : 1,
          Username: invocation.username,
        })),
      },
    },
  };
}

/** Instances that have not started the command do not run it; those running it carry on (StopInvocation's reference). */
export function stopInvocation(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const invokeId = context.params.optional('InvokeId');
  if (invokeId === undefined) {
    throw missingParameter('InvokeId');
  }
  const invocation = context.account.invocations.get(invokeId);
  if (!invocation || invocation.regionId !== regionId) {
    throw new EmulatorError('InvalidInvokeId.NotFound', 404, 'The specified invoke ID does not exist.');
  }
  const ids = context.params.list('InstanceId');
  if (ids.length > MAX_STOP_INSTANCES) {
    throw tooManyInstances();
  }
  if (ids.some((id) => !invocation.instances.some((target) => target.instanceId === id))) {
    throw new EmulatorError('InvalidInstanceId.NotFound', 404, 'The specified instance does not exist in the invocation.');
  }
  const now = context.world.clock.now();
  for (const target of invocation.instances) {
    if ((ids.length === 0 || ids.includes(target.instanceId)) && target.stoppedAt === undefined) {
      target.stoppedAt = now;
    }
  }
  return {};
}
