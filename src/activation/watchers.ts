import * as path from 'node:path';
import * as vscode from 'vscode';
import { cliConfigPath, sharedCredentialsPath } from '../cloud/credentialFiles';
import type { CredentialSource } from '../domain/credentialSource';
import { AutoRefresher } from '../store/autoRefresher';
import { setContextKey } from '../ui/contextKeys';
import type { Services } from './services';
import type { Views } from './views';

/** Whose activity the view shows: the credential source and the endpoint (never a secret, nor an AccessKey id). */
const accountKey = (source: CredentialSource, endpointHost: string | undefined): string =>
  JSON.stringify([source.kind, 'name' in source ? source.name : '', endpointHost ?? '']);

/** Watches a credentials file outside the workspace, so that `aliyun configure` in a terminal shows at once. */
function watchFile(file: string, changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(
    new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)),
  );
  return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
}

/**
 * What follows a change: of the connection (another account, endpoint or regions), of the view's visibility and
 * selection, of the credential files, and of the settings (each as `SETTING_EFFECTS` says); and the automatic refresh.
 */
export function watchChanges(services: Services, views: Views): vscode.Disposable[] {
  const { connection, store, types, activity, credentials, poller, settings, where, log, writeModes } = services;
  const { provider, treeView, header } = views;
  const applyGrouping = (): void => {
    const grouping = settings.networkGrouping();
    provider.setGrouping(grouping);
    setContextKey('groupedByNetwork', grouping === 'network');
  };
  applyGrouping();
  const applyReadOnly = (): void => writeModes.setReadOnly(settings.readOnly());
  applyReadOnly();
  const refresher = new AutoRefresher(
    store,
    () => settings.autoRefreshSeconds(),
    (error) => log.error('An automatic refresh failed; the rows show what was read before', error),
  );
  poller.setVisible(treeView.visible);
  refresher.setVisible(treeView.visible);
  return [
    refresher,
    connection.onDidChange((change) => {
      types.clear();
      activity.switchAccount(change.state === 'ready' ? accountKey(credentials.source(), change.endpointHost) : undefined);
      header.setEndpointHost(change.endpointHost);
      header.setBrokenFile(change.brokenFile);
      if (change.state === 'ready') {
        provider.connect(change.api, change.regionIds);
      } else {
        provider.showWelcome(change.api);
      }
    }),
    store.onDidRefuseCredentials((error) => connection.refused(error)),
    treeView.onDidChangeVisibility((event) => {
      poller.setVisible(event.visible);
      refresher.setVisible(event.visible);
    }),
    treeView.onDidChangeSelection((event) => provider.setSelection(event.selection)),
    provider.onDidLoad(() => poller.kick()),
    watchFile(cliConfigPath(where()), () => void connection.apply()),
    watchFile(sharedCredentialsPath(where()), () => void connection.apply()),
    settings.onDidChange((effects) => {
      if (effects.has('autoRefresh')) {
        refresher.restart();
      }
      if (effects.has('grouping')) {
        applyGrouping();
      }
      if (effects.has('readOnly')) {
        applyReadOnly();
      }
      if (effects.has('connection')) {
        connection.applySettings();
      }
    }),
  ];
}
