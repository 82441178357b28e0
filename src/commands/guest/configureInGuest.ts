import * as vscode from 'vscode';
import type { EcsApi } from '../../cloud/ecsApi';
import { checkRunOn, guestOutputText } from '../../domain/cloudAssistantRules';
import {
  checkSetup,
  type EniFacts,
  type GuestCheck,
  parseProbe,
  planSetup,
  PROBE_SCRIPT,
  type SetupPlan,
  verifyScript,
} from '../../domain/guestNetworkSetup';
import type { Instance } from '../../domain/instance';
import { productionTag } from '../../domain/instanceRules';
import { type NetworkInterface, secondaryPrivateIps } from '../../domain/networkInterface';
import { displayText } from '../../domain/text';
import type { ProgressReport } from '../../ui/userInterface';
import type { CommandDefinition } from '../commandBoundary';
import { isInvalidRequest, parseDetachRequest } from '../kit/automationRequests';
import { cancellableSleep } from '../kit/cancellableSleep';
import { CommandFailure } from '../kit/commandFailure';
import { takeOffer } from '../kit/guestOffer';
import { invalidRequestFailure } from '../kit/invalidRequest';
import { eniLabel, instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { selectedEnis } from '../kit/selectedRows';
import { followRun, startRun } from '../operations/commandRun';
import { guestRemedy } from './guestRemedies';
import { RUN_NAME } from './runCommand';

/** Scripts of ours are short: they end well within this. */
const SCRIPT_TIMEOUT_SECONDS = 60;
/** A hot-plugged interface can take the guest a moment to show: the probe looks this many times, this far apart. */
const PROBES = 3;
const PROBE_GAP_MS = 2000;

/** What Configure in the OS ended as, for its caller: no guest output, no ECS text. */
export type ConfigureResult =
  | { readonly kind: 'notRun' | 'cancelled' }
  | { readonly kind: 'configured'; readonly interfaceName: string; readonly setup: string | undefined }
  | { readonly kind: 'verified'; readonly interfaceName: string; readonly checks: readonly GuestCheck[] };

const failureWhat = (): string => vscode.l10n.t("Couldn't configure the network interface in the OS");

class Cancelled extends Error {}

/** Runs one of our scripts on the instance and answers its output; a script that did not succeed is thrown, its output logged. */
async function runScript(
  context: OperationContext,
  api: EcsApi,
  instance: Instance,
  script: string,
  progress: ProgressReport,
): Promise<string> {
  if (progress.token.isCancellationRequested) {
    throw new Cancelled();
  }
  const started = await startRun(context, api, {
    regionId: instance.regionId,
    instanceIds: [instance.instanceId],
    script,
    name: RUN_NAME,
    timeoutSeconds: SCRIPT_TIMEOUT_SECONDS,
  });
  if (started.kind === 'unknown') {
    const detail = vscode.l10n.t("ECS's answer to RunCommand was lost twice ({0}); it was not sent again.", started.code);
    throw new CommandFailure({ code: started.code, message: detail, detail }, { what: failureWhat() });
  }
  const followed = await followRun(api, instance.regionId, started.invokeId, SCRIPT_TIMEOUT_SECONDS, progress.token, () => undefined);
  const run = followed.runs.find((candidate) => candidate.instanceId === instance.instanceId);
  if (followed.stopped) {
    throw new Cancelled();
  }
  if (!run || run.status !== 'Success') {
    context.log.info(
      `A script on ${instance.instanceId} ended ${displayText(run?.status ?? 'unknown')} (${displayText(run?.errorCode ?? '')}); its output:\n${guestOutputText(run?.output ?? '')}`,
    );
    const detail = vscode.l10n.t(
      'The script ended {0} on {1}; its output is in the log.',
      displayText(run?.errorCode || run?.status || vscode.l10n.t('unknown')),
      instanceLabel(instance),
    );
    throw new CommandFailure({ code: 'ScriptFailed', message: detail, detail }, { what: failureWhat() });
  }
  return run.output;
}

/** The ENI the command was run on: an ENI row, or `{ regionId, networkInterfaceId }` (asked first unless it is our own offer's). */
async function targetEni(
  context: OperationContext,
  node: unknown,
): Promise<{ regionId: string; eni: NetworkInterface; askFirst: boolean } | undefined> {
  const [row] = selectedEnis(context.rows, node, undefined);
  if (row?.networkInterface) {
    return { regionId: row.regionId, eni: row.networkInterface, askFirst: false };
  }
  if (typeof node !== 'object' || node === null) {
    return undefined;
  }
  const request = parseDetachRequest(node);
  if (isInvalidRequest(request)) {
    throw invalidRequestFailure('alicloudEcs.configureInGuest', request);
  }
  let offer: unknown;
  try {
    offer = (node as { offer?: unknown }).offer;
  } catch {
    offer = undefined;
  }
  const eni = await context.store.freshNetworkInterface(request.regionId, request.networkInterfaceId);
  return eni ? { regionId: request.regionId, eni, askFirst: !takeOffer(offer) } : undefined;
}

/**
 * "Configure in the OS…" on an attached secondary ENI: asks the guest what it has (a probe), shows the steps still
 * missing as the script that will run, and the check that follows (nothing when the image configured it itself), runs
 * them once confirmed, and tells from inside whether the interface is up with the ENI's MAC and addresses, and its
 * rules and table are there. Asked for by another extension, even the probe waits for the user. The runs are one entry
 * of the Activity view, each holding its script.
 */
export function configureInGuestCommand(context: OperationContext): CommandDefinition {
  return {
    id: 'alicloudEcs.configureInGuest',
    failure: failureWhat,
    run: async (node: unknown): Promise<ConfigureResult> => {
      const what = failureWhat();
      const target = await targetEni(context, node);
      if (!target) {
        void context.ui.inform(vscode.l10n.t('Run this on an attached network interface in the Resources view.'));
        return { kind: 'notRun' };
      }
      const { regionId } = target;
      const [{ instances, networkInterfaces }, vSwitches] = await Promise.all([
        context.store.readFresh(regionId, [target.eni.instanceId].filter(Boolean), [target.eni.networkInterfaceId]),
        context.store.freshVSwitches(regionId),
      ]).catch((error: unknown) => {
        throw new CommandFailure(error, { what });
      });
      const [eni] = networkInterfaces;
      const [instance] = instances;
      if (!eni || !instance || eni.status !== 'InUse' || eni.type !== 'Secondary' || eni.deviceIndex === undefined) {
        const detail = vscode.l10n.t('{0} is not a secondary network interface attached to an instance.', eniLabel(eni ?? target.eni));
        throw new CommandFailure({ code: 'InvalidOperation.InvalidEniState', message: detail, detail }, { what });
      }
      const agents = await context.store.freshAgents(regionId, [instance.instanceId]);
      const [refusal] = checkRunOn(instance, agents[0]);
      if (refusal) {
        throw new CommandFailure(refusal, { what, remedy: guestRemedy(context, regionId, { instance, violation: refusal }) });
      }
      if (target.askFirst) {
        const go = vscode.l10n.t('Read the Network');
        const detail = [
          vscode.l10n.t(
            'Another extension asked to configure {0} in the OS of {1}. First this reads the guest’s network as root through Cloud Assistant, changing nothing:',
            eniLabel(eni),
            instanceLabel(instance),
          ),
          '',
          PROBE_SCRIPT,
        ].join('\n');
        if ((await context.ui.ask(vscode.l10n.t('Read the network of {0}?', instanceLabel(instance)), detail, go)) !== go) {
          return { kind: 'notRun' };
        }
      }
      const facts: EniFacts = {
        macAddress: eni.macAddress,
        primaryIp: eni.privateIpAddress,
        secondaryIps: secondaryPrivateIps(eni),
        vSwitchCidr: vSwitches.find((vSwitch) => vSwitch.vSwitchId === eni.vSwitchId)?.cidrBlock ?? '',
        deviceIndex: eni.deviceIndex,
      };
      const title = vscode.l10n.t('Configure {0} in the OS of {1}', eniLabel(eni), instanceLabel(instance));
      return context.activity.plan(
        title,
        [eni.networkInterfaceId, instance.instanceId],
        () => configure(context, instance, eni, facts, title),
        (result) => ({ status: result.kind === 'notRun' || result.kind === 'cancelled' ? 'cancelled' : 'succeeded' }),
      );
    },
  };
}

async function probe(
  context: OperationContext,
  api: EcsApi,
  instance: Instance,
  facts: EniFacts,
  progress: ProgressReport,
): Promise<SetupPlan> {
  for (let attempt = 1; ; attempt += 1) {
    const plan = planSetup(parseProbe(await runScript(context, api, instance, PROBE_SCRIPT, progress)), facts);
    if (plan.kind !== 'notSeen' || attempt >= PROBES) {
      return plan;
    }
    await cancellableSleep(PROBE_GAP_MS, progress.token);
  }
}

/** Runs `work` under a progress; a cancel between its runs (or of a run not yet started) ends it as cancelled. */
async function cancellable<T>(
  context: OperationContext,
  title: string,
  work: (progress: ProgressReport) => Promise<T>,
): Promise<T | Cancelled> {
  return context.ui.progress(title, (progress) =>
    work(progress).catch((error: unknown) => {
      if (error instanceof Cancelled) {
        return error;
      }
      throw error;
    }),
  );
}

async function configure(
  context: OperationContext,
  instance: Instance,
  eni: NetworkInterface,
  facts: EniFacts,
  title: string,
): Promise<ConfigureResult> {
  const what = failureWhat();
  const api = context.api();
  const plan = await cancellable(context, vscode.l10n.t('Reading the network of {0}', instanceLabel(instance)), (progress) =>
    probe(context, api, instance, facts, progress),
  );
  if (plan instanceof Cancelled) {
    return { kind: 'cancelled' };
  }
  if (plan.kind === 'notSeen') {
    const detail = vscode.l10n.t(
      '{0} shows no interface with the MAC address {1}; the image may not support hot-plugged network interfaces until it is restarted.',
      instanceLabel(instance),
      displayText(facts.macAddress),
    );
    throw new CommandFailure({ code: 'InterfaceNotSeen', message: detail, detail }, { what });
  }
  if (plan.kind === 'unusable') {
    const detail = vscode.l10n.t(
      'Nothing was planned: a value from ECS or the guest is not of a form a script may hold ({0}).',
      displayText(plan.what, 80),
    );
    throw new CommandFailure({ code: 'InvalidResponse', message: detail, detail }, { what });
  }
  if (plan.kind === 'configured') {
    void context.ui.inform(
      plan.setup
        ? vscode.l10n.t(
            '{0} is already configured as {1} in the OS of {2}, by {3}. Nothing was changed.',
            eniLabel(eni),
            plan.interfaceName,
            instanceLabel(instance),
            plan.setup,
          )
        : vscode.l10n.t(
            '{0} is already configured as {1} in the OS of {2}. Nothing was changed.',
            eniLabel(eni),
            plan.interfaceName,
            instanceLabel(instance),
          ),
    );
    return plan;
  }
  const check = verifyScript(plan.interfaceName, plan.table);
  const go = vscode.l10n.t('Configure');
  const tag = productionTag(instance);
  const detail = [
    vscode.l10n.t('{0} is {1} in the guest. This runs as root through Cloud Assistant:', eniLabel(eni), plan.interfaceName),
    '',
    plan.script,
    '',
    vscode.l10n.t('Then this checks the result, changing nothing:'),
    '',
    check,
    '',
    ...(tag ? [vscode.l10n.t('{0} is tagged {1}.', instanceLabel(instance), `${displayText(tag.key)}=${displayText(tag.value)}`)] : []),
    vscode.l10n.t('The configuration lasts until the instance restarts; to keep it, add it to the image’s network configuration.'),
  ].join('\n');
  if ((await context.ui.ask(vscode.l10n.t('{0}?', title), detail, go)) !== go) {
    return { kind: 'notRun' };
  }
  let configured = false;
  const checks = await cancellable(context, title, async (progress) => {
    await runScript(context, api, instance, plan.script, progress);
    configured = true;
    progress.report(vscode.l10n.t('Checking from inside {0}', instanceLabel(instance)));
    return checkSetup(await runScript(context, api, instance, check, progress), facts, plan.table);
  });
  if (checks instanceof Cancelled) {
    void context.ui.warn(
      configured
        ? vscode.l10n.t(
            'Cancelled after the configuration ran on {0}; it was not checked. Run Configure in the OS again to check it.',
            instanceLabel(instance),
          )
        : vscode.l10n.t(
            'Cancelled: the configuration did not run on {0} (a run already delivered carries on). Nothing else was sent.',
            instanceLabel(instance),
          ),
    );
    return { kind: 'cancelled' };
  }
  const failing = checks.filter((one) => !one.holds);
  if (failing.length > 0) {
    const detailText = vscode.l10n.t(
      'Checked in the guest, not as expected: {0}',
      failing.map((one) => `${one.what} ${one.subject}`).join('; '),
    );
    throw new CommandFailure(
      { code: 'GuestCheckFailed', message: detailText, detail: detailText },
      { what },
      { kind: 'verified', interfaceName: plan.interfaceName, checks },
    );
  }
  void context.ui.inform(
    vscode.l10n.t(
      '{0} carries traffic on {1}: {2} is up with its MAC address and {3}, checked from inside the guest.',
      eniLabel(eni),
      instanceLabel(instance),
      plan.interfaceName,
      checks
        .filter((one) => one.what === 'address' || one.what === 'rule' || one.what === 'route')
        .map((one) => one.subject)
        .join(', '),
    ),
  );
  return { kind: 'verified', interfaceName: plan.interfaceName, checks };
}
