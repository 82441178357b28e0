import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { waitUntilSettled } from '../../cloud/settle';
import { checkDetach } from '../../domain/attachRules';
import type { NetworkInterface } from '../../domain/networkInterface';
import { NetworkInterfaceNode } from '../../explorer/nodes/networkInterfaceNode';
import { cancellableSleep } from './attachOperation';
import { eniLabel, instanceLabel } from './labels';
import type { OperationContext } from './operationContext';

/** "Detach from Instance": a modal confirmation naming both, the fresh check, the call, and following it to Available. */
export function registerDetach(context: OperationContext): vscode.Disposable {
  const detach = async (target: unknown): Promise<void> => {
    const node = isDetachRequest(target) ? nodeFor(context, target) : target;
    if (!(node instanceof NetworkInterfaceNode) || !node.networkInterface) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Run Detach from Instance on an attached network interface in the Resources view.'));
      return;
    }
    const regionId = node.regionId;
    const eni = node.networkInterface;
    const instanceName = node.resources.instances.get(eni.instanceId)?.instanceName ?? '';
    const what = vscode.l10n.t("Couldn't detach {0} from {1}", eni.networkInterfaceId, eni.instanceId);
    const go = vscode.l10n.t('Detach');
    const choice = isDetachRequest(target) && target.confirmed ? go : await vscode.window.showWarningMessage(
      vscode.l10n.t('Detach {0} from {1}?', eniLabel(eni), instanceLabel({ instanceId: eni.instanceId, instanceName })),
      { modal: true, detail: vscode.l10n.t('Traffic on this network interface stops once it is detached.') }, go);
    if (choice !== go) {
      return;
    }
    try {
      const outcome = await vscode.window.withProgress({
        location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Detaching {0}', eniLabel(eni)), cancellable: true,
      }, async (progress, token) => {
        progress.report({ message: vscode.l10n.t('Checking…') });
        const { instances, networkInterfaces } = await context.provider.readFresh(regionId, [eni.instanceId], [eni.networkInterfaceId]);
        const freshEni = networkInterfaces[0];
        const instance = instances[0];
        if (!freshEni || !instance) {
          return { kind: 'refused' as const, failure: { code: freshEni ? 'InvalidEcsId.NotFound' : 'InvalidEniId.NotFound', message: vscode.l10n.t('It no longer exists.') } };
        }
        const [violation] = checkDetach(freshEni, instance);
        if (violation) {
          return { kind: 'refused' as const, failure: violation };
        }
        progress.report({ message: vscode.l10n.t('Detaching…') });
        await context.api().detachNetworkInterface(regionId, eni.networkInterfaceId, eni.instanceId);
        context.poller.kick();
        const settled = await waitUntilSettled(async () => {
          const fresh = await context.provider.readFresh(regionId, [], [eni.networkInterfaceId]);
          return fresh.networkInterfaces[0];
        }, (current: NetworkInterface | undefined) => current === undefined || current.status !== 'Detaching', {
          timeoutMs: context.settleTimeoutMs(), stopped: () => token.isCancellationRequested, sleep: (ms) => cancellableSleep(ms, token),
        });
        return { kind: settled.kind, eni: settled.value };
      });
      if (outcome.kind === 'refused') {
        void context.notifier.show(outcome.failure, { what, retry: () => detach(node) });
      } else if (outcome.kind === 'settled' && outcome.eni?.status === 'Available') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Detached {0} from {1}.', eniLabel(eni), eni.instanceId));
      } else if (outcome.kind === 'stopped') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Stopped waiting. The detach of {0} goes on in ECS; the tree will show when it is done.', eni.networkInterfaceId));
      } else {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} is {1}; the detach has not completed yet. The tree keeps checking.',
          eni.networkInterfaceId, outcome.eni?.status ?? vscode.l10n.t('unknown')));
      }
    } catch (error) {
      if (isEcsError(error)) {
        await context.provider.readFresh(regionId, [eni.instanceId], [eni.networkInterfaceId]).catch(() => undefined);
      }
      void context.notifier.show(error, { what, retry: () => detach(node) });
    }
  };
  return vscode.commands.registerCommand('alicloudEcs.detachFromInstance', detach);
}

/** `{ regionId, networkInterfaceId, confirmed }`: detach without the tree (automation, benchmarks); `confirmed` skips the question. */
interface DetachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
  readonly confirmed?: boolean;
}

function isDetachRequest(value: unknown): value is DetachRequest {
  const request = value as Partial<DetachRequest> | undefined;
  return typeof request?.regionId === 'string' && typeof request.networkInterfaceId === 'string';
}

function nodeFor(context: OperationContext, request: DetachRequest): NetworkInterfaceNode | undefined {
  const resources = context.provider.loadedRegions().find((r) => r.regionId === request.regionId);
  const group = context.provider.nodeById(`region/${request.regionId}/networkInterfaces`);
  return resources && group ? new NetworkInterfaceNode(group as NetworkInterfaceNode['parent'], resources, request.networkInterfaceId) : undefined;
}
