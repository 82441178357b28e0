import * as vscode from 'vscode';

export interface CredentialStatus {
  readonly label: string;
  readonly regionId?: string;
  /** The custom endpoint's host, when one is in use. */
  readonly endpointHost?: string | undefined;
  /** The credentials are missing or were refused. */
  readonly problem: boolean;
}

/** The status bar item that names the credentials in use and their region; a click switches profile. */
export class CredentialStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('alicloudEcs.credentials', vscode.StatusBarAlignment.Left, 0);

  constructor() {
    this.item.name = vscode.l10n.t('Alibaba Cloud Credentials');
    this.item.command = 'alicloudEcs.selectProfile';
  }

  show(status: CredentialStatus): void {
    const where = [status.regionId, status.endpointHost].filter(Boolean).join(' · ');
    this.item.text = `$(${status.problem ? 'warning' : 'cloud'}) ${status.label}${where ? ` · ${where}` : ''}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${vscode.l10n.t('Alibaba Cloud ECS')}**\n\n`);
    tooltip.appendText(vscode.l10n.t('Credentials: {0}', status.label));
    tooltip.appendMarkdown('\n\n');
    if (status.regionId) {
      tooltip.appendText(vscode.l10n.t('Default region: {0}', status.regionId));
      tooltip.appendMarkdown('\n\n');
    }
    tooltip.appendText(
      status.endpointHost
        ? vscode.l10n.t('Custom endpoint: {0} (not Alibaba Cloud’s public endpoints)', status.endpointHost)
        : vscode.l10n.t('Endpoint: Alibaba Cloud, per region'),
    );
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to select another profile')}`);
    this.item.tooltip = tooltip;
    this.item.backgroundColor = status.problem
      ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : status.endpointHost
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
