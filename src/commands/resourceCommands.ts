import * as vscode from 'vscode';
import { type ConsoleSite, instanceConsoleUrl, networkInterfaceConsoleUrl } from '../domain/consoleLinks';
import type { ReadOnlyDocuments } from '../ui/readOnlyDocuments';
import type { UserInterface } from '../ui/userInterface';
import type { RowLookup } from '../explorer/rowLookup';
import type { CommandDefinition } from './commandBoundary';
import { addressesOfTarget, resourceTarget } from './kit/resourceTarget';
import { addressKindText } from '../ui/addressWords';

/** Copy ID, Copy Private IP, Open in Console and Show Properties on instance and ENI rows. */
export function resourceCommands(
  rows: RowLookup,
  documents: ReadOnlyDocuments,
  ui: UserInterface,
  consoleSite: () => ConsoleSite,
): CommandDefinition[] {
  const copy = async (text: string): Promise<void> => {
    await ui.copy(text);
    ui.flash(vscode.l10n.t('Copied {0}', text));
  };
  return [
    {
      id: 'alicloudEcs.copyId',
      failure: () => vscode.l10n.t("Couldn't copy the id"),
      run: async (node: unknown) => {
        const target = resourceTarget(rows, node);
        if (target) {
          await copy(target.id);
        }
      },
    },
    {
      id: 'alicloudEcs.copyPrivateIp',
      failure: () => vscode.l10n.t("Couldn't copy the private IP"),
      run: async (node: unknown) => {
        const target = resourceTarget(rows, node);
        const addresses = target ? addressesOfTarget(target) : [];
        const chosen =
          addresses.length > 1
            ? await ui.pick(
                addresses.map(({ address, kind }) => ({ label: address, description: addressKindText(kind) })),
                { title: vscode.l10n.t('Copy which address of {0}?', target?.id ?? ''), placeHolder: vscode.l10n.t('Addresses') },
              )
            : addresses.map(({ address }) => ({ label: address }))[0];
        if (chosen) {
          await copy(chosen.label);
        }
      },
    },
    {
      id: 'alicloudEcs.openInConsole',
      failure: () => vscode.l10n.t("Couldn't open the ECS console"),
      run: async (node: unknown) => {
        const target = resourceTarget(rows, node);
        if (target) {
          await ui.open(
            target.kind === 'instance'
              ? instanceConsoleUrl(target.regionId, target.id, consoleSite())
              : networkInterfaceConsoleUrl(target.regionId, target.id, consoleSite()),
          );
        }
      },
    },
    {
      id: 'alicloudEcs.showProperties',
      failure: () => vscode.l10n.t("Couldn't show the properties"),
      run: async (node: unknown) => {
        const target = resourceTarget(rows, node);
        if (target) {
          const properties = target.kind === 'instance' ? target.instance.properties : target.networkInterface.properties;
          await documents.show(`/${target.regionId}/${target.id}.json`, `${JSON.stringify(properties, null, 2)}\n`);
        }
      },
    },
  ];
}
