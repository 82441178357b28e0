import * as vscode from 'vscode';
import type { Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import { mayStopCharging, productionTag } from '../../domain/instanceRules';
import { failureDetail } from '../../ui/localized';
import type { UserInterface } from '../../ui/userInterface';
import { instanceLabel } from './labels';

/** How the user chose to stop or reboot. */
export interface PowerChoice {
  readonly force: boolean;
  /** Stop only: economical mode, sent for the instances that may have it (the others are stopped in standard mode). */
  readonly stopCharging: boolean;
}

/** The lines every question shares: the instances named (when several), the production ones said so. */
function about(instances: readonly Instance[]): string[] {
  const production = instances.flatMap((instance) => {
    const tag = productionTag(instance);
    return tag ? [vscode.l10n.t('{0} is tagged {1}.', instanceLabel(instance), `${tag.key}=${tag.value}`)] : [];
  });
  return [...(instances.length > 1 ? instances.map(instanceLabel) : []), ...production];
}

const leftAloneLines = (refused: ReadonlyArray<Violation<string>>): string[] =>
  refused.map((violation) => vscode.l10n.t('Left alone: {0}', failureDetail(violation) ?? violation.code));

/**
 * Asks first (modal), naming the instances: Stop (standard mode, CPU and memory kept and charged), Stop and Stop
 * Charging where economical mode applies (https://www.alibabacloud.com/help/doc-detail/25501.html, `StoppedMode`), or
 * Force Stop (`ForceStop`). Undefined when the user did not choose.
 */
export async function confirmStop(
  ui: UserInterface,
  instances: readonly Instance[],
  refused: ReadonlyArray<Violation<string>>,
): Promise<PowerChoice | undefined> {
  const stop = vscode.l10n.t('Stop');
  const stopCharging = vscode.l10n.t('Stop and Stop Charging');
  const force = vscode.l10n.t('Force Stop');
  const economical = instances.filter(mayStopCharging);
  const standardOnly = instances.filter((instance) => !mayStopCharging(instance));
  const question =
    instances.length === 1
      ? vscode.l10n.t('Stop {0}?', instanceLabel(instances[0] as Instance))
      : vscode.l10n.t('Stop these {0} instances?', instances.length);
  const detail = [
    ...about(instances),
    vscode.l10n.t('What runs on the instance stops until it is started again.'),
    vscode.l10n.t('Stop keeps its CPU and memory, which are still charged for.'),
    ...(economical.length > 0
      ? [
          vscode.l10n.t(
            'Stop and Stop Charging (economical mode) releases its CPU and memory, which are then no longer charged for; a later start may fail if the zone has none left, and a public IP address that is not an EIP may change.',
          ),
        ]
      : []),
    ...(economical.length > 0 && standardOnly.length > 0
      ? [
          vscode.l10n.t(
            'Economical mode is only for pay-as-you-go instances in a VPC: {0} keep charging either way.',
            standardOnly.map(instanceLabel).join(', '),
          ),
        ]
      : []),
    vscode.l10n.t('Force Stop is like cutting the power: data not yet written to disk may be lost.'),
    ...leftAloneLines(refused),
  ].join('\n');
  const actions = economical.length > 0 ? [stop, stopCharging, force] : [stop, force];
  const choice = await ui.ask(question, detail, ...actions);
  if (choice === stop || choice === stopCharging || choice === force) {
    return { force: choice === force, stopCharging: choice === stopCharging };
  }
  return undefined;
}

/** Asks first (modal), naming the instances: Reboot, or Force Reboot (`ForceStop`). Undefined when the user did not choose. */
export async function confirmReboot(
  ui: UserInterface,
  instances: readonly Instance[],
  refused: ReadonlyArray<Violation<string>>,
): Promise<PowerChoice | undefined> {
  const reboot = vscode.l10n.t('Reboot');
  const force = vscode.l10n.t('Force Reboot');
  const question =
    instances.length === 1
      ? vscode.l10n.t('Reboot {0}?', instanceLabel(instances[0] as Instance))
      : vscode.l10n.t('Reboot these {0} instances?', instances.length);
  const detail = [
    ...about(instances),
    vscode.l10n.t('What runs on the instance is interrupted while it restarts.'),
    vscode.l10n.t('Force Reboot is like cutting the power: data not yet written to disk may be lost.'),
    ...leftAloneLines(refused),
  ].join('\n');
  const choice = await ui.ask(question, detail, reboot, force);
  return choice === reboot || choice === force ? { force: choice === force, stopCharging: false } : undefined;
}
