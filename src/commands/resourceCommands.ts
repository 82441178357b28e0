import * as vscode from 'vscode';
import { instanceConsoleUrl, networkInterfaceConsoleUrl } from '../domain/consoleLinks';
import type { ReadOnlyDocuments } from '../ui/readOnlyDocuments';
import { privateIpOf, resourceTarget } from './resourceTarget';

/** Copy ID, Copy Private IP, Open in Console and Show Properties on instance and ENI rows. */
export function registerResourceCommands(documents: ReadOnlyDocuments): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('alicloudEcs.copyId', async (node: unknown) => {
      const target = resourceTarget(node);
      if (target) {
        await vscode.env.clipboard.writeText(target.id);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', target.id), 3000);
      }
    }),
    vscode.commands.registerCommand('alicloudEcs.copyPrivateIp', async (node: unknown) => {
      const target = resourceTarget(node);
      const ip = target ? privateIpOf(target) : '';
      if (ip) {
        await vscode.env.clipboard.writeText(ip);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', ip), 3000);
      }
    }),
    vscode.commands.registerCommand('alicloudEcs.openInConsole', async (node: unknown) => {
      const target = resourceTarget(node);
      if (target) {
        const url = target.kind === 'instance'
          ? instanceConsoleUrl(target.regionId, target.id)
          : networkInterfaceConsoleUrl(target.regionId, target.id);
        await vscode.env.openExternal(vscode.Uri.parse(url));
      }
    }),
    vscode.commands.registerCommand('alicloudEcs.showProperties', async (node: unknown) => {
      const target = resourceTarget(node);
      if (target) {
        const properties = target.kind === 'instance' ? target.instance.properties : target.networkInterface.properties;
        await documents.show(`/${target.regionId}/${target.id}.json`, `${JSON.stringify(properties, null, 2)}\n`);
      }
    }),
  ];
}
