import * as vscode from 'vscode';
import { failureDetail, localExplain } from '../../ui/localized';
import { isEcsError } from '../../cloud/ecsError';
import { checkAttach, occupiedSlots, onlyNeedsStop } from '../../domain/attachRules';
import { isInstanceId, isNetworkInterfaceId } from '../../domain/ids';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import { InstanceNode } from '../../explorer/nodes/instanceNode';
import { NetworkInterfaceNode } from '../../explorer/nodes/networkInterfaceNode';
import type { RegionResources } from '../../explorer/regionResources';
import { type Candidate, pickCandidate } from '../../ui/candidatePicker';
import { type InvalidRequest, isInvalidRequest, parseAttachRequest } from '../automationRequests';
import { type AttachOutcome, attachOne, reportAttach } from './attachOperation';
import { reportInvalidRequest } from './invalidRequest';
import { eniLabel, instanceLabel } from './labels';
import type { OperationContext } from './operationContext';
import { confirmStopAttachStart, stopAttachStart, type StopAttachStartResult } from './stopAttachStart';

const occupied = (resources: RegionResources, instanceId: string): number => occupiedSlots(resources.networkInterfaces.items(), instanceId);

async function instanceCandidates(context: OperationContext, resources: RegionResources, eni: NetworkInterface): Promise<Array<Candidate<Instance>>> {
  const instances = resources.instances.items();
  const types = await context.types.get(instances.map((i) => i.instanceType));
  return instances.map((instance) => ({
    value: instance,
    label: instance.instanceName || instance.instanceId,
    description: `${instance.instanceId} · ${instance.status} · ${instance.instanceType} · ${instance.zoneId}`,
    violations: checkAttach({ eni, instance, instanceType: types.get(instance.instanceType), occupiedSlots: occupied(resources, instance.instanceId) }),
  }));
}

async function eniCandidates(context: OperationContext, resources: RegionResources, instance: Instance): Promise<Array<Candidate<NetworkInterface>>> {
  const types = await context.types.get([instance.instanceType]);
  return resources.networkInterfaces.items()
    .filter((eni) => eni.type !== 'Primary' && eni.instanceId !== instance.instanceId)
    .map((eni) => ({
      value: eni,
      label: eni.networkInterfaceName || eni.networkInterfaceId,
      description: `${eni.networkInterfaceId} · ${eni.status} · ${eni.zoneId} · ${eni.privateIpAddress}`,
      violations: checkAttach({ eni, instance, instanceType: types.get(instance.instanceType), occupiedSlots: occupied(resources, instance.instanceId) }),
    }));
}

const idValidator = (prefix: 'i-' | 'eni-', valid: (text: string) => boolean, example: string) => ({
  looksLikeId: (text: string) => text.startsWith(prefix.slice(0, 1)),
  validate: (text: string) => (valid(text) ? undefined : vscode.l10n.t('"{0}" is not a valid id; ids look like {1}.', text, example)),
});

/** Picks the instance to attach to: eligible ones first, the others with their reason; a typed id is checked too. */
async function pickInstance(context: OperationContext, resources: RegionResources, enis: readonly NetworkInterface[]): Promise<string | undefined> {
  const [first] = enis;
  if (!first) {
    return undefined;
  }
  const result = await pickCandidate(await instanceCandidates(context, resources, first), {
    title: enis.length === 1
      ? vscode.l10n.t('Attach {0} to Instance', eniLabel(first))
      : vscode.l10n.t('Attach {0} Network Interfaces to Instance', enis.length),
    placeholder: vscode.l10n.t('Choose an instance in {0}, or type an instance id', resources.regionId),
    typedId: idValidator('i-', isInstanceId, 'i-bp1h4adlltjc1d48goaq'),
  });
  if (result.kind === 'picked') {
    const [violation] = result.candidate.violations;
    if (violation && !onlyNeedsStop(result.candidate.violations)) {
      void context.notifier.show(violation, { what: vscode.l10n.t("Can't attach {0} to {1}", first.networkInterfaceId, result.candidate.value.instanceId) });
      return undefined;
    }
    return result.candidate.value.instanceId;
  }
  return result.kind === 'typed' ? result.id : undefined;
}

async function pickNetworkInterface(context: OperationContext, resources: RegionResources, instance: Instance): Promise<string | undefined> {
  const result = await pickCandidate(await eniCandidates(context, resources, instance), {
    title: vscode.l10n.t('Attach Network Interface to {0}', instanceLabel(instance)),
    placeholder: vscode.l10n.t('Choose a network interface in {0}, or type its id', resources.regionId),
    typedId: idValidator('eni-', isNetworkInterfaceId, 'eni-bp17pdijfczax1huji00'),
  });
  if (result.kind === 'picked') {
    const [violation] = result.candidate.violations;
    if (violation && !onlyNeedsStop(result.candidate.violations)) {
      void context.notifier.show(violation, { what: vscode.l10n.t("Can't attach {0} to {1}", result.candidate.value.networkInterfaceId, instance.instanceId) });
      return undefined;
    }
    return result.candidate.value.networkInterfaceId;
  }
  return result.kind === 'typed' ? result.id : undefined;
}

/** Attaches one ENI with a cancellable progress notification and one message at the end; offers stop-attach-start. */
export async function attachWithProgress(context: OperationContext, regionId: string, eniId: string, instanceId: string): Promise<AttachOutcome> {
  const retry = (): Promise<AttachOutcome> => attachWithProgress(context, regionId, eniId, instanceId);
  try {
    const outcome = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Attach {0}', eniId), cancellable: true,
    }, (progress, token) => attachOne(context, regionId, eniId, instanceId, { report: (message) => progress.report({ message }), token }));
    if (outcome.kind === 'needsStop') {
      // Read now, not from the tree: the region may never have been loaded (automation), and state may have moved on.
      const instance = (await context.provider.readFresh(regionId, [instanceId], [])).instances[0];
      if (instance && await confirmStopAttachStart(instanceId, failureDetail(outcome.failure) ?? '')) {
        const result = await stopAttachStart(context, regionId, eniId, instance);
        void reportStopAttachStart(context, result, eniId, instanceId);
        return result.outcome;
      }
    }
    // The message is not awaited: the command is done, whatever the user clicks later.
    void reportAttach(context, outcome, regionId, eniId, instanceId, retry);
    return outcome;
  } catch (error) {
    void context.notifier.show(error, { what: vscode.l10n.t("Couldn't attach {0} to {1}", eniId, instanceId), retry });
    return { kind: 'error', failure: isEcsError(error) ? error : { code: 'UnknownError', message: String(error) } };
  }
}

/** One message for a stop-attach-start, always ending with the state of the instance and the ENI. */
async function reportStopAttachStart(context: OperationContext, result: StopAttachStartResult, eniId: string, instanceId: string): Promise<void> {
  const { outcome, instanceRestored, state } = result;
  if (!instanceRestored) {
    const log = vscode.l10n.t('Show Log');
    context.log.error(`Stop-attach-start of ${eniId} on ${instanceId} left the instance stopped. ${state}`);
    if (await vscode.window.showErrorMessage(vscode.l10n.t('{0} was stopped to attach {1} and could not be started again. {2}', instanceId, eniId, state), log) === log) {
      context.log.show();
    }
  } else if (outcome.kind === 'attached') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Attached {0} to {1}, which was stopped and started again. {2}', eniId, instanceId, state));
  } else if (outcome.kind === 'refused' || outcome.kind === 'error') {
    await context.notifier.show(outcome.failure, { what: vscode.l10n.t("Couldn't attach {0} to {1}. {2}", eniId, instanceId, state) });
  } else {
    void vscode.window.showWarningMessage(outcome.kind === 'cancelled'
      ? vscode.l10n.t('Cancelled: {0} was not attached. {1}', eniId, state)
      : vscode.l10n.t('{0} was not attached to {1} ({2}). {3}', eniId, instanceId, outcome.kind, state));
  }
}

/** Several ENIs to one instance: one after another, under one progress notification, with one summary. */
export async function attachSeveral(context: OperationContext, regionId: string, eniIds: readonly string[], instanceId: string): Promise<void> {
  if (eniIds.length === 1 && eniIds[0]) {
    await attachWithProgress(context, regionId, eniIds[0], instanceId);
    return;
  }
  const results = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Attaching {0} network interfaces to {1}', eniIds.length, instanceId),
    cancellable: true,
  }, async (progress, token) => {
    const done: Array<[string, AttachOutcome]> = [];
    for (const [index, eniId] of eniIds.entries()) {
      if (token.isCancellationRequested) {
        break;
      }
      const outcome = await attachOne(context, regionId, eniId, instanceId,
        { report: (message) => progress.report({ message: `${index + 1}/${eniIds.length} ${message}` }), token }).catch((error: unknown) =>
        ({ kind: 'error' as const, failure: isEcsError(error) ? error : { code: 'UnknownError', message: String(error) } }));
      done.push([eniId, outcome]);
    }
    return done;
  });
  const attached = results.filter(([, outcome]) => outcome.kind === 'attached').map(([id]) => id);
  const problems = results.filter(([, outcome]) => outcome.kind !== 'attached').map(([id, outcome]) =>
    'failure' in outcome ? `${id}: ${localExplain(outcome.failure.code).meaning} (${outcome.failure.code})` : `${id}: ${outcome.kind}`);
  const summary = vscode.l10n.t('Attached {0} of {1} network interfaces to {2}.', attached.length, eniIds.length, instanceId);
  if (problems.length === 0) {
    void vscode.window.showInformationMessage(summary);
  } else {
    const log = vscode.l10n.t('Show Log');
    context.log.info(`${summary} ${problems.join('; ')}`);
    void vscode.window.showWarningMessage(`${summary} ${problems.join(' ')}`, log).then((choice) => {
      if (choice === log) {
        context.log.show();
      }
    });
  }
}

/** The ENIs a context-menu command was run on: the selection when the clicked row is part of it. */
function selectedEnis(node: unknown, selection: unknown): NetworkInterfaceNode[] {
  const all = Array.isArray(selection) && selection.includes(node) ? selection : [node];
  return all.filter((n): n is NetworkInterfaceNode => n instanceof NetworkInterfaceNode && n.networkInterface !== undefined);
}

export function registerAttach(context: OperationContext): vscode.Disposable[] {
  const fromEni = async (node: unknown, selection?: unknown): Promise<void> => {
    const nodes = selectedEnis(node, selection);
    const [first] = nodes;
    if (!first) {
      return;
    }
    if (nodes.some((n) => n.regionId !== first.regionId)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Select network interfaces of one region to attach them together.'));
      return;
    }
    try {
      const resources = await context.provider.regionData(first.regionId);
      const enis = nodes.map((n) => n.networkInterface).filter((e): e is NetworkInterface => e !== undefined);
      const instanceId = await pickInstance(context, resources, enis);
      if (instanceId) {
        await attachSeveral(context, first.regionId, enis.map((e) => e.networkInterfaceId), instanceId);
      }
    } catch (error) {
      void context.notifier.show(error, { what: vscode.l10n.t("Couldn't list the instances of {0}", first.regionId) });
    }
  };

  const fromInstanceOrPalette = async (node?: unknown): Promise<AttachOutcome | InvalidRequest | undefined> => {
    if (typeof node === 'object' && node !== null && !(node instanceof InstanceNode)) {
      const request = parseAttachRequest(node);
      if (isInvalidRequest(request)) {
        reportInvalidRequest(context, 'alicloudEcs.attachNetworkInterface', request);
        return request;
      }
      return attachWithProgress(context, request.regionId, request.networkInterfaceId, request.instanceId);
    }
    let regionId: string;
    let instance: Instance | undefined;
    if (node instanceof InstanceNode && node.instance) {
      regionId = node.regionId;
      instance = node.instance;
    } else {
      const regions = await context.provider.shownRegions().catch(async (error: unknown) => {
        await context.notifier.show(error, { what: vscode.l10n.t("Couldn't list the regions") });
        return undefined;
      });
      if (!regions) {
        return undefined;
      }
      const region = await vscode.window.showQuickPick(regions.map((r) => ({ label: r.localName || r.regionId, description: r.regionId, regionId: r.regionId })),
        { title: vscode.l10n.t('Attach Network Interface: Region'), placeHolder: vscode.l10n.t('Choose the region') });
      if (!region) {
        return undefined;
      }
      regionId = region.regionId;
    }
    try {
      const resources = await context.provider.regionData(regionId);
      if (!instance) {
        const candidates = resources.networkInterfaces.items().filter((e) => e.type !== 'Primary');
        const pickedEni = await pickCandidate(candidates.map((eni) => ({
          value: eni, label: eni.networkInterfaceName || eni.networkInterfaceId,
          description: `${eni.networkInterfaceId} · ${eni.status} · ${eni.zoneId} · ${eni.privateIpAddress}`,
          violations: eni.status === 'Available' && !eni.serviceManaged && eni.type !== 'Member' ? [] : [{
            rule: 'eniAvailable', code: eni.serviceManaged ? 'InvalidOperation.EniServiceManaged' : eni.type === 'Member' ? 'InvalidOperation.InvalidEniType' : 'InvalidOperation.InvalidEniState',
            message: vscode.l10n.t('{0} is {1}.', eni.networkInterfaceId, eni.serviceManaged ? vscode.l10n.t('managed by another service') : eni.type === 'Member' ? vscode.l10n.t('a trunk member') : eni.status),
          }],
        })), {
          title: vscode.l10n.t('Attach Network Interface: Network Interface'),
          placeholder: vscode.l10n.t('Choose a network interface in {0}, or type its id', regionId),
          typedId: idValidator('eni-', isNetworkInterfaceId, 'eni-bp17pdijfczax1huji00'),
        });
        if (pickedEni.kind === 'cancelled') {
          return undefined;
        }
        if (pickedEni.kind === 'picked' && pickedEni.candidate.violations[0]) {
          void context.notifier.show(pickedEni.candidate.violations[0], { what: vscode.l10n.t("Can't attach {0}", pickedEni.candidate.value.networkInterfaceId) });
          return undefined;
        }
        const eniId = pickedEni.kind === 'picked' ? pickedEni.candidate.value.networkInterfaceId : pickedEni.id;
        const eni = resources.networkInterfaces.get(eniId);
        const instanceId = eni ? await pickInstance(context, resources, [eni]) : await vscode.window.showInputBox({
          title: vscode.l10n.t('Attach {0} to Instance', eniId), prompt: vscode.l10n.t('Instance id'),
          validateInput: (text) => (isInstanceId(text.trim()) ? undefined : vscode.l10n.t('Instance ids look like {0}.', 'i-bp1h4adlltjc1d48goaq')),
        });
        return instanceId ? attachWithProgress(context, regionId, eniId, instanceId.trim()) : undefined;
      }
      const eniId = await pickNetworkInterface(context, resources, instance);
      return eniId ? await attachWithProgress(context, regionId, eniId, instance.instanceId) : undefined;
    } catch (error) {
      void context.notifier.show(error, { what: vscode.l10n.t("Couldn't list the resources of {0}", regionId) });
      return undefined;
    }
  };

  return [
    vscode.commands.registerCommand('alicloudEcs.attachToInstance', fromEni),
    vscode.commands.registerCommand('alicloudEcs.attachNetworkInterface', fromInstanceOrPalette),
  ];
}
