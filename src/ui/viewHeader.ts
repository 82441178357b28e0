import * as vscode from 'vscode';

/** The view's description and message: which endpoint is in use (when not Alibaba Cloud's), the filter, a problem. */
export class ViewHeader {
  private filter = '';
  private endpointHost: string | undefined;
  private problem: string | undefined;

  constructor(private readonly view: vscode.TreeView<unknown>) {}

  setFilter(text: string): void {
    this.filter = text;
    this.render();
  }

  setEndpoint(endpoint: string | undefined): void {
    this.endpointHost = endpoint ? hostOf(endpoint) : undefined;
    this.render();
  }

  setProblem(text: string | undefined): void {
    this.problem = text;
    this.render();
  }

  private render(): void {
    const parts = [
      this.endpointHost ? vscode.l10n.t('Endpoint {0}', this.endpointHost) : undefined,
      this.filter ? vscode.l10n.t('Filter: {0}', this.filter) : undefined,
    ].filter((part): part is string => part !== undefined);
    this.view.description = parts.length > 0 ? parts.join(' · ') : undefined;
    this.view.message = this.problem
      ?? (this.filter ? vscode.l10n.t('Showing only resources that match “{0}”.', this.filter) : undefined);
  }
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host || endpoint;
  } catch {
    return endpoint;
  }
}
