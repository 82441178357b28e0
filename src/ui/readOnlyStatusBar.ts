import * as vscode from 'vscode';

/** Says, while read-only mode is on, that nothing will be changed in ECS; a click opens the setting. */
export class ReadOnlyStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('alicloudEcs.readOnly', vscode.StatusBarAlignment.Left, -1);

  constructor() {
    this.item.name = vscode.l10n.t('Alibaba Cloud ECS Read-Only Mode');
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

  show(on: boolean): void {
    if (on) {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
