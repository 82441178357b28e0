import * as vscode from 'vscode';
import { setContextKey } from './contextKeys';

/**
 * How writes are treated beside the normal: read-only mode (a setting) refuses them; dry run (switched for this window
 * only, never kept) shows each one instead of sending it. One status bar item says which is on; a click turns dry run
 * off or opens the read-only setting.
 */
export class WriteModes implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('alicloudEcs.writeMode', vscode.StatusBarAlignment.Left, -1);
  private readOnly = false;
  private dryRunOn = false;

  constructor() {
    this.item.name = vscode.l10n.t('Alibaba Cloud ECS Write Mode');
  }

  get dryRun(): boolean {
    return this.dryRunOn;
  }

  setReadOnly(on: boolean): void {
    this.readOnly = on;
    setContextKey('readOnly', on);
    this.show();
  }

  setDryRun(on: boolean): void {
    this.dryRunOn = on;
    setContextKey('dryRun', on);
    this.show();
  }

  private show(): void {
    if (this.dryRunOn) {
      this.item.text = `$(beaker) ${vscode.l10n.t('ECS dry run')}`;
      this.item.tooltip = vscode.l10n.t(
        'Dry run is on: each change to ECS is shown as the aliyun CLI command it would be, and not sent. Click to turn it off.',
      );
      this.item.accessibilityInformation = { label: vscode.l10n.t('Alibaba Cloud ECS dry run is on'), role: 'button' };
      this.item.command = 'alicloudEcs.toggleDryRun';
    } else if (this.readOnly) {
      this.item.text = `$(lock) ${vscode.l10n.t('ECS read-only')}`;
      this.item.tooltip = vscode.l10n.t(
        'Read-only mode is on (alicloudEcs.readOnly): every change to ECS is refused before it is sent. Click to open the setting.',
      );
      this.item.accessibilityInformation = { label: vscode.l10n.t('Alibaba Cloud ECS read-only mode is on'), role: 'button' };
      this.item.command = {
        title: vscode.l10n.t('Open Settings'),
        command: 'workbench.action.openSettings',
        arguments: ['alicloudEcs.readOnly'],
      };
    }
    if (this.dryRunOn || this.readOnly) {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
