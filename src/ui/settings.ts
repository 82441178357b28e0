import * as vscode from 'vscode';
import { consoleSiteFor, type ConsoleSite } from '../domain/consoleLinks';
import { parseTagConditions, type TagCondition } from '../domain/safetyPolicy';
import { STUCK_AFTER_MINUTES } from '../domain/resourceStatus';
import {
  ATTACH_TIMEOUT_SECONDS,
  COMMAND_TIMEOUT_SECONDS,
  autoRefreshSeconds,
  clampSetting,
  type NetworkGrouping,
  networkGrouping,
  SETTING_EFFECTS,
  type SettingEffect,
  type SettingName,
} from '../domain/settingValues';

const SECTION = 'alicloudEcs';

/** The extension's settings, each read through its range or parser, what a change affects, and the two it writes. */
export class Settings {
  /** The section itself, for the connection's own reading (the endpoint by scope, the regions, the timeout). */
  readonly section = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration(SECTION);

  stuckAfterMinutes(): number {
    return clampSetting(this.section().get<unknown>('stuckAfterMinutes'), STUCK_AFTER_MINUTES, STUCK_AFTER_MINUTES.default);
  }

  attachTimeoutMs(): number {
    return clampSetting(this.section().get<unknown>('attachTimeoutSeconds'), ATTACH_TIMEOUT_SECONDS, ATTACH_TIMEOUT_SECONDS.default) * 1000;
  }

  /** Whole seconds: RunCommand's Timeout is an integer. */
  commandTimeoutSeconds(): number {
    return Math.round(
      clampSetting(this.section().get<unknown>('commandTimeoutSeconds'), COMMAND_TIMEOUT_SECONDS, COMMAND_TIMEOUT_SECONDS.default),
    );
  }

  autoRefreshSeconds(): number {
    return autoRefreshSeconds(this.section().get<unknown>('autoRefreshSeconds'));
  }

  networkGrouping(): NetworkGrouping {
    return networkGrouping(this.section().get<unknown>('networkInterfaceGrouping'));
  }

  consoleSite(): ConsoleSite {
    return consoleSiteFor({ setting: this.section().get<unknown>('consoleSite'), displayLanguage: vscode.env.language });
  }

  /**
   * Read-only mode: from the user's or the machine's settings only. A workspace cannot turn it on or off (the manifest
   * gives it machine scope, and a workspace value is not read here either).
   */
  readOnly(): boolean {
    const values = this.section().inspect<unknown>('readOnly');
    return (values?.globalValue ?? values?.defaultValue) === true;
  }

  /** The safety policy's tag conditions: every level's together, so that a workspace can add a condition, never drop one. */
  askTwiceWhenTagged(): TagCondition[] {
    const values = this.section().inspect<unknown>('askTwiceWhenTagged');
    return [values?.globalValue, values?.workspaceValue, values?.workspaceFolderValue].flatMap(parseTagConditions);
  }

  /** Calls `listener` once per configuration change with what it affects (nothing for a change of ours read when used). */
  onDidChange(listener: (effects: ReadonlySet<SettingEffect>) => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((event) => {
      const effects = new Set<SettingEffect>();
      for (const [name, effect] of Object.entries(SETTING_EFFECTS) as Array<[SettingName, (typeof SETTING_EFFECTS)[SettingName]]>) {
        if (effect !== 'readWhenUsed' && event.affectsConfiguration(`${SECTION}.${name}`)) {
          effects.add(effect);
        }
      }
      if (effects.size > 0) {
        listener(effects);
      }
    });
  }

  /** Select Regions…: the user's choice, for every workspace. */
  writeRegions(regionIds: readonly string[]): Thenable<void> {
    return this.section().update('regions', regionIds, vscode.ConfigurationTarget.Global);
  }

  /** Group by Network / List Flat in the view's title. */
  writeNetworkGrouping(grouping: NetworkGrouping): Thenable<void> {
    return this.section().update('networkInterfaceGrouping', grouping, vscode.ConfigurationTarget.Global);
  }
}
