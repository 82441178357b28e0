import * as vscode from 'vscode';
import type { InstanceOperation } from '../../domain/instanceRules';
import { reportedStoppedMode } from '../../domain/instanceRules';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { PowerResult } from '../operations/instanceOperation';
import { WORDS } from '../kit/instanceWords';
import { CommandFailure } from '../kit/commandFailure';

/** What the summary needs besides the results: whether economical mode was asked, and whether the waiting was cut short. */
export interface ReportContext {
  readonly operation: InstanceOperation;
  readonly stopCharging: boolean;
  readonly stoppedWaiting: boolean;
  /** "Left alone: …" for the selected instances the rules refused before anything was sent. */
  readonly leftAlone: readonly string[];
}

/** Economical mode was asked for, and ECS stopped the instance in standard mode (as it does where the mode does not apply). */
const keptCharging = (result: PowerResult, how: ReportContext): boolean =>
  how.operation === 'stop' &&
  how.stopCharging &&
  result.kind === 'settled' &&
  result.now !== undefined &&
  reportedStoppedMode(result.now) === 'KeepCharging';

function line(result: PowerResult, how: ReportContext): string {
  const label = instanceLabel(result.instance);
  switch (result.kind) {
    case 'settled':
      return keptCharging(result, how)
        ? vscode.l10n.t('{0} is Stopped in standard mode and still charged for: ECS offers no economical mode for it.', label)
        : vscode.l10n.t('{0} is {1}.', label, result.now?.status ?? '');
    case 'stillChanging':
      return result.now
        ? vscode.l10n.t('{0} is still {1}; the tree follows it until it settles.', label, result.now.status)
        : vscode.l10n.t('{0} was sent the request; the tree follows it until it settles.', label);
    case 'notSent':
      return vscode.l10n.t('{0}: not sent (cancelled before it was sent).', label);
    case 'failed':
      return vscode.l10n.t('{0}: not done: {1}', label, result.reason);
  }
}

/**
 * Ends the command with one message naming each instance and its state. One instance that was not done is explained
 * at the boundary instead (its code, meaning and documentation).
 */
export function reportPower(context: OperationContext, results: readonly PowerResult[], how: ReportContext): void {
  const [only] = results;
  if (results.length === 1 && only?.kind === 'failed' && only.failure && how.leftAlone.length === 0) {
    throw new CommandFailure(only.failure, { what: WORDS[how.operation].cannot(instanceLabel(only.instance)) }, results);
  }
  const lines = [
    ...(how.stoppedWaiting ? [vscode.l10n.t('Stopped waiting; what was sent to ECS goes on.')] : []),
    ...results.map((result) => line(result, how)),
    ...how.leftAlone,
  ];
  const clean = results.every((r) => r.kind === 'settled' && !keptCharging(r, how)) && how.leftAlone.length === 0;
  if (clean) {
    void context.ui.inform(lines.join(' '));
  } else {
    void context.ui.warn(lines.join(' '));
  }
}
