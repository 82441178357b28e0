import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { checkSessionOn } from '../../domain/cloudAssistantRules';
import type { Instance } from '../../domain/instance';
import { displayText } from '../../domain/text';
import { failureDetail, meaningAndCode } from '../../ui/localized';
import { SessionTerminal, type SessionStarter } from '../../ui/sessionTerminal';
import type { CommandDefinition } from '../commandBoundary';
import { isInvalidRequest, parseInstanceRequest } from '../kit/automationRequests';
import { CommandFailure } from '../kit/commandFailure';
import { invalidRequestFailure } from '../kit/invalidRequest';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { selectedInstances } from '../kit/selectedRows';
import { guestRemedy } from './guestRemedies';

/** The instance the command was run on: its row, or `{ regionId, instanceId }` from another extension (asked first). */
async function targetInstance(
  context: OperationContext,
  node: unknown,
): Promise<{ regionId: string; instanceId: string; asked: boolean } | undefined> {
  const [row] = selectedInstances(context.rows, node, undefined);
  if (row?.instance) {
    return { regionId: row.regionId, instanceId: row.instance.instanceId, asked: false };
  }
  if (typeof node !== 'object' || node === null) {
    return undefined;
  }
  const request = parseInstanceRequest(node);
  if (isInvalidRequest(request)) {
    throw invalidRequestFailure('alicloudEcs.openTerminal', request);
  }
  return { regionId: request.regionId, instanceId: request.instanceId, asked: true };
}

/** The instance and its agent as ECS has them now, and why a session cannot open there (in our words), if it cannot. */
async function check(
  context: OperationContext,
  regionId: string,
  instanceId: string,
): Promise<{ instance: Instance | undefined; refusal: ReturnType<typeof checkSessionOn>[number] | undefined }> {
  const {
    instances: [instance],
    agents,
  } = await context.store.freshInstancesWithAgents(regionId, [instanceId]);
  return { instance, refusal: instance ? checkSessionOn(instance, agents[0])[0] : undefined };
}

/**
 * "Open Terminal" on a Running instance: a VS Code terminal over a Session Manager session (StartTerminalSession's
 * WebSocket address), no SSH key, no public IP, nothing installed. Checked first, with remedies: an instance not
 * Running is offered a start, one without a recent agent the install. A session that ends for a reason the user did not
 * choose says why, in the terminal and in a notification, with Reconnect; each reconnect asks ECS for a new session.
 */
export function openTerminalCommand(context: OperationContext): CommandDefinition {
  return {
    id: 'alicloudEcs.openTerminal',
    failure: () => vscode.l10n.t("Couldn't open a terminal"),
    run: async (node: unknown): Promise<{ readonly kind: 'opened' | 'notOpened' }> => {
      const what = vscode.l10n.t("Couldn't open a terminal");
      const target = await targetInstance(context, node);
      if (!target) {
        void context.ui.inform(vscode.l10n.t('Run this on an instance in the Resources view.'));
        return { kind: 'notOpened' };
      }
      const { regionId, instanceId } = target;
      const first = await check(context, regionId, instanceId).catch((error: unknown) => {
        throw new CommandFailure(error, { what });
      });
      const { instance } = first;
      if (!instance) {
        const detail = vscode.l10n.t('{0} no longer exists.', displayText(instanceId));
        throw new CommandFailure({ code: 'InvalidInstance.NotFound', message: detail, detail }, { what });
      }
      if (first.refusal) {
        throw new CommandFailure(first.refusal, { what, remedy: guestRemedy(context, regionId, { instance, violation: first.refusal }) });
      }
      const label = instanceLabel(instance);
      if (target.asked) {
        const go = vscode.l10n.t('Open Terminal');
        const detail = vscode.l10n.t(
          'Another extension asked to open a terminal on {0}, as the user ecs-assist-user, who may use sudo.',
          label,
        );
        if ((await context.ui.ask(vscode.l10n.t('Open a terminal on {0}?', label), detail, go)) !== go) {
          return { kind: 'notOpened' };
        }
      }
      const start: SessionStarter = async (events) => {
        try {
          const again = await check(context, regionId, instanceId);
          if (again.refusal || !again.instance) {
            return {
              refused: again.refusal
                ? displayText(failureDetail(again.refusal) ?? again.refusal.code, 400)
                : vscode.l10n.t('{0} no longer exists.', label),
            };
          }
          const started = await context.api().startTerminalSession(regionId, instanceId);
          return { session: context.openSession(started.webSocketUrl, started.securityToken, events) };
        } catch (error) {
          // An EcsError carries our words and ECS's code; anything else (the WebSocket library's) may quote the address.
          if (isEcsError(error)) {
            context.log.error(`Opening a session on ${instanceId}`, error);
            return { refused: displayText(meaningAndCode(error.code), 400) };
          }
          context.log.info(`Opening a session on ${instanceId} failed before it connected.`);
          return { refused: vscode.l10n.t('The session could not be opened.') };
        }
      };
      const pty = new SessionTerminal(label, start, (text, reconnect) => {
        const again = vscode.l10n.t('Reconnect');
        void context.ui.warn(vscode.l10n.t('{0}: {1}', label, text), again).then((choice) => (choice === again ? reconnect() : undefined));
      });
      context.ui.openTerminal(vscode.l10n.t('{0} · Cloud Assistant', displayText(instance.instanceName || instance.instanceId)), pty);
      return { kind: 'opened' };
    },
  };
}
