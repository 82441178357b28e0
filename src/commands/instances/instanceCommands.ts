import * as vscode from 'vscode';
import type { Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import { checkInstanceOperation, type InstanceOperation } from '../../domain/instanceRules';
import { failureDetail } from '../../ui/localized';
import type { UserInterface } from '../../ui/userInterface';
import { instanceLabel } from '../kit/labels';
import { CommandFailure } from '../kit/commandFailure';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { confirmReboot, confirmStop, type PowerChoice } from '../kit/instanceConfirm';
import { followAll, type PowerResult, type Sent, sendOne } from '../operations/instanceOperation';
import { reportPower } from './instanceReport';
import { WORDS } from '../kit/instanceWords';
import { selectedInstances } from '../kit/selectedRows';

type Confirm = (
  ui: UserInterface,
  instances: readonly Instance[],
  refused: ReadonlyArray<Violation<string>>,
) => Promise<PowerChoice | undefined>;

/** Start asks nothing: starting interrupts nothing. */
const CONFIRM: Readonly<Record<InstanceOperation, Confirm>> = {
  start: async () => ({ force: false, stopCharging: false }),
  stop: confirmStop,
  reboot: confirmReboot,
};

const COMMAND_IDS: Readonly<Record<InstanceOperation, string>> = {
  start: 'alicloudEcs.startInstance',
  stop: 'alicloudEcs.stopInstance',
  reboot: 'alicloudEcs.rebootInstance',
};

/**
 * Start, Stop and Reboot on the selected instance rows of one region: the ones the state refuses are left alone (and
 * explained when nothing is left), Stop and Reboot ask first, each request is sent once, and all are followed together
 * until they settle under one cancellable progress; one message ends it.
 */
function powerCommand(context: OperationContext, operation: InstanceOperation): CommandDefinition {
  const words = WORDS[operation];
  const run = async (node: unknown, selection?: unknown): Promise<readonly PowerResult[]> => {
    const rows = selectedInstances(context.rows, node, selection);
    const [first] = rows;
    if (!first || rows.some((row) => row.regionId !== first.regionId)) {
      void context.ui.inform(vscode.l10n.t('Select instances of one region in the Resources view.'));
      return [];
    }
    const regionId = first.regionId;
    const instances = rows.map((row) => row.instance).filter((instance): instance is Instance => instance !== undefined);
    const refused = instances.flatMap((instance) => checkInstanceOperation(operation, instance).slice(0, 1));
    const allowed = instances.filter((instance) => checkInstanceOperation(operation, instance).length === 0);
    if (allowed.length === 0) {
      const [reason] = refused;
      if (reason) {
        throw new CommandFailure(reason, { what: words.cannot(instances.map(instanceLabel).join(', ')) }, []);
      }
      return [];
    }
    const choice = await CONFIRM[operation](context.ui, allowed, refused);
    if (!choice) {
      return [];
    }
    const request = { operation, ...choice };
    const title = allowed.length === 1 ? words.sending(instanceLabel(allowed[0] as Instance)) : words.working(allowed.length);
    const { results, stoppedWaiting } = await context.ui.progress(title, async (progress) => {
      // One API for the whole command: a switch of account in between must not send the rest with other credentials.
      const api = context.api();
      const sent: Sent[] = [];
      const unsent: PowerResult[] = [];
      for (const instance of allowed) {
        if (progress.token.isCancellationRequested) {
          unsent.push({ instance, kind: 'notSent' });
          continue;
        }
        if (allowed.length > 1) {
          progress.report(words.sending(instanceLabel(instance)));
        }
        const outcome = await sendOne(context, api, regionId, instance, request);
        if ('before' in outcome) {
          sent.push(outcome);
        } else {
          unsent.push(outcome);
        }
      }
      context.poller.kick();
      const followed = await followAll(context, regionId, operation, sent, progress);
      const all = [...followed.results, ...unsent];
      const inOrder = allowed.flatMap((instance) => all.filter((result) => result.instance.instanceId === instance.instanceId));
      return { results: inOrder, stoppedWaiting: followed.stoppedWaiting };
    });
    const leftAlone = refused.map((violation) => vscode.l10n.t('Left alone: {0}', failureDetail(violation) ?? violation.code));
    reportPower(context, results, { operation, stopCharging: choice.stopCharging, stoppedWaiting, leftAlone });
    return results;
  };
  return { id: COMMAND_IDS[operation], failure: words.failure, run };
}

/** "Start Instance", "Stop Instance…" and "Reboot Instance…" on instance rows. */
export const instanceCommands = (context: OperationContext): CommandDefinition[] =>
  (['start', 'stop', 'reboot'] as const).map((operation) => powerCommand(context, operation));
