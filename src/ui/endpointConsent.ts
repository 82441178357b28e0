import * as vscode from 'vscode';

const AGREED_KEY = 'alicloudEcs.agreedWorkspaceEndpoints';

/**
 * The user's word on endpoints that a workspace's settings name: a cloned repository must not be able to send signed
 * calls elsewhere unseen. An agreement is kept per workspace and per value; each value is asked about once a session.
 */
export class EndpointConsent {
  private readonly asked = new Set<string>();

  constructor(private readonly workspaceState: vscode.Memento) {}

  agreed(value: string): boolean {
    const list = this.workspaceState.get<unknown>(AGREED_KEY);
    return Array.isArray(list) && list.includes(value);
  }

  /**
   * Asks in a modal whether to use the workspace's endpoint: `host`, or Alibaba Cloud's public endpoints when the
   * workspace empties the setting. Resolves true when the user agreed just now.
   */
  async ask(value: string, host: string | undefined): Promise<boolean> {
    if (this.asked.has(value)) {
      return false;
    }
    this.asked.add(value);
    const use = host ? vscode.l10n.t('Use {0} in This Workspace', host) : vscode.l10n.t('Use Alibaba Cloud in This Workspace');
    const choice = await vscode.window.showWarningMessage(
      host
        ? vscode.l10n.t('This workspace’s settings send Alibaba Cloud ECS requests to {0} instead of Alibaba Cloud.', host)
        : vscode.l10n.t(
            'This workspace’s settings send Alibaba Cloud ECS requests to Alibaba Cloud’s public endpoints instead of your own endpoint.',
          ),
      {
        modal: true,
        detail: vscode.l10n.t(
          'Every request carries your AccessKey ID, a security token if you use one, and a signature. Agree only if you trust this workspace and that host. Until then the extension uses your own endpoint setting.',
        ),
      },
      use,
    );
    if (choice !== use) {
      return false;
    }
    const list = this.workspaceState.get<unknown>(AGREED_KEY);
    await this.workspaceState.update(AGREED_KEY, [...(Array.isArray(list) ? list : []), value]);
    return true;
  }
}
