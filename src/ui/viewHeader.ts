import * as vscode from 'vscode';

/**
 * The view's title, description and message: the endpoint in use when it is not Alibaba Cloud's (in the title, which
 * shows even when the view fills its container), and the filter. (A message would hide the view's welcome.)
 */
export class ViewHeader {
  private filter = '';
  private endpointHost: string | undefined;

  constructor(private readonly view: vscode.TreeView<unknown>) {}

  setFilter(text: string): void {
    this.filter = text;
    this.render();
  }

  setEndpointHost(host: string | undefined): void {
    this.endpointHost = host;
    this.render();
  }

  private render(): void {
    this.view.title = this.endpointHost ? vscode.l10n.t('Resources · endpoint {0}', this.endpointHost) : vscode.l10n.t('Resources');
    this.view.description = this.filter ? vscode.l10n.t('Filter: {0}', this.filter) : undefined;
    this.view.message = this.filter ? vscode.l10n.t('Showing only resources that match “{0}”.', this.filter) : undefined;
  }
}
