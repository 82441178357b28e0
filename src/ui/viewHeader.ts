import * as os from 'node:os';
import * as vscode from 'vscode';
import type { BrokenFile } from '../cloud/credentialFiles';
import { describeFilter, type FilterTerm } from '../domain/resourceFilter';

/** One term of the filter as the view's description says it: `status Available`, `env=prod`, “web”. */
function termText(term: FilterTerm): string {
  switch (term.kind) {
    case 'text':
      return `“${term.value}”`;
    case 'tag':
      return `${term.key}=${term.value}`;
    case 'status':
      return vscode.l10n.t('status {0}', term.value);
    case 'vpc':
      return vscode.l10n.t('VPC {0}', term.value);
    case 'vswitch':
      return vscode.l10n.t('vSwitch {0}', term.value);
    case 'sg':
      return vscode.l10n.t('security group {0}', term.value);
    case 'zone':
      return vscode.l10n.t('zone {0}', term.value);
  }
}

/** A path in the home folder as people write it, `~/.aliyun/config.json`: the title has little room. */
function shortPath(path: string): string {
  const home = os.homedir();
  return home && (path.startsWith(`${home}/`) || path.startsWith(`${home}\\`)) ? `~${path.slice(home.length)}` : path;
}

/** Where a credentials file goes wrong, never what it holds: its path, and the line and column when they are known. */
const brokenFilePlace = (file: BrokenFile): string =>
  file.position
    ? vscode.l10n.t('{0}: line {1}, column {2}', shortPath(file.path), file.position.line, file.position.column)
    : vscode.l10n.t('{0} cannot be used', shortPath(file.path));

/**
 * The view's title, description and message: the endpoint in use when it is not Alibaba Cloud's (in the title, which
 * shows even when the view fills its container), the filter, and a credentials file that cannot be read (in the
 * description, where it stays beside the welcome: a message would hide the welcome, a notification goes away).
 */
export class ViewHeader {
  private filter = '';
  private endpointHost: string | undefined;
  private brokenFile: BrokenFile | undefined;

  constructor(private readonly view: vscode.TreeView<unknown>) {}

  setFilter(text: string): void {
    this.filter = text;
    this.render();
  }

  setEndpointHost(host: string | undefined): void {
    this.endpointHost = host;
    this.render();
  }

  setBrokenFile(file: BrokenFile | undefined): void {
    this.brokenFile = file;
    this.render();
  }

  private render(): void {
    this.view.title = this.endpointHost ? vscode.l10n.t('Resources · endpoint {0}', this.endpointHost) : vscode.l10n.t('Resources');
    this.view.description = this.brokenFile
      ? brokenFilePlace(this.brokenFile)
      : this.filter
        ? vscode.l10n.t('Filter: {0}', describeFilter(this.filter).map(termText).join(' · '))
        : undefined;
    this.view.message = this.filter ? vscode.l10n.t('Showing only resources that match “{0}”.', this.filter) : undefined;
  }
}
