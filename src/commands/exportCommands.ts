import * as vscode from 'vscode';
import type { CredentialSource } from '../domain/credentialSource';
import { describeInstanceRequest, describeNetworkInterfaceRequest } from '../domain/export/ecsRequest';
import { terraformFor } from '../domain/export/terraform';
import type { UserInterface } from '../ui/userInterface';
import type { RowLookup } from '../explorer/rowLookup';
import type { CommandDefinition } from './commandBoundary';
import { copyCliCommand } from './kit/copyCliCommand';
import { resourceTarget } from './kit/resourceTarget';
import { selectedEnis } from './kit/selectedRows';

/** The aliyun CLI profile to name in a command: the one the extension uses, when it is a CLI profile. */
export const cliProfileOf = (source: CredentialSource): string | undefined => (source.kind === 'cliProfile' ? source.name : undefined);

/** Copy as aliyun CLI Command (the describe of the row's resource) and Copy as Terraform (ENIs) on resource rows. */
export function exportCommands(rows: RowLookup, ui: UserInterface, credentialSource: () => CredentialSource): CommandDefinition[] {
  return [
    {
      id: 'alicloudEcs.copyAsCli',
      failure: () => vscode.l10n.t("Couldn't copy the aliyun CLI command"),
      run: async (node: unknown) => {
        const target = resourceTarget(rows, node);
        if (!target) {
          return;
        }
        const request =
          target.kind === 'instance'
            ? describeInstanceRequest(target.regionId, target.id)
            : describeNetworkInterfaceRequest(target.regionId, target.id);
        await copyCliCommand(ui, request, { profile: cliProfileOf(credentialSource()), what: target.id });
      },
    },
    {
      id: 'alicloudEcs.copyAsTerraform',
      failure: () => vscode.l10n.t("Couldn't write the Terraform"),
      run: async (node: unknown, selection: unknown) => {
        const enis = selectedEnis(rows, node, selection).flatMap((row) => (row.networkInterface ? [row.networkInterface] : []));
        const managed = enis.filter((eni) => eni.type !== 'Primary');
        const primary = enis.filter((eni) => eni.type === 'Primary');
        if (managed.length > 0) {
          await ui.showText(terraformFor(managed), 'terraform');
        }
        if (primary.length > 0) {
          void ui.warn(
            vscode.l10n.t(
              'Left out of the Terraform: {0}. A primary network interface is created and released with its instance; manage it through the instance.',
              primary.map((eni) => eni.networkInterfaceName || eni.networkInterfaceId).join(', '),
            ),
          );
        }
      },
    },
  ];
}
