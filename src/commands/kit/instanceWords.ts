import * as vscode from 'vscode';
import type { InstanceOperation } from '../../domain/instanceRules';

/** What Start, Stop and Reboot say, each in its own words (l10n needs every message as a literal). */
export interface OperationWords {
  /** Leads the notification when the command fails as a whole. */
  readonly failure: () => string;
  /** Leads the explanation of a refusal: "Can't stop web-1 (i-…)". */
  readonly cannot: (labels: string) => string;
  /** The progress notification's title. */
  readonly working: (count: number) => string;
  /** The progress line while the request for one instance is sent. */
  readonly sending: (label: string) => string;
}

export const WORDS: Readonly<Record<InstanceOperation, OperationWords>> = {
  start: {
    failure: () => vscode.l10n.t("Couldn't start the instance"),
    cannot: (labels) => vscode.l10n.t("Can't start {0}", labels),
    working: (count) => vscode.l10n.t('Starting {0} instances', count),
    sending: (label) => vscode.l10n.t('Starting {0}…', label),
  },
  stop: {
    failure: () => vscode.l10n.t("Couldn't stop the instance"),
    cannot: (labels) => vscode.l10n.t("Can't stop {0}", labels),
    working: (count) => vscode.l10n.t('Stopping {0} instances', count),
    sending: (label) => vscode.l10n.t('Stopping {0}…', label),
  },
  reboot: {
    failure: () => vscode.l10n.t("Couldn't reboot the instance"),
    cannot: (labels) => vscode.l10n.t("Can't reboot {0}", labels),
    working: (count) => vscode.l10n.t('Rebooting {0} instances', count),
    sending: (label) => vscode.l10n.t('Rebooting {0}…', label),
  },
};
