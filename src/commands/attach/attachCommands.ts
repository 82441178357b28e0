import * as vscode from 'vscode';
import { isInstanceId } from '../../domain/ids';
import type { NetworkInterface } from '../../domain/networkInterface';
import { automationResult, type InvalidRequest, isInvalidRequest, parseAttachRequest } from '../kit/automationRequests';
import type { CommandDefinition } from '../commandBoundary';
import { attachSeveral, attachWithProgress } from './attachFlows';
import type { AttachOutcome } from '../operations/attachOperation';
import { attachableEniCandidates, ENI_ID_INPUT, pickFromList, pickInstance, pickNetworkInterface } from '../kit/attachPickers';
import { invalidRequestFailure } from '../kit/invalidRequest';
import { consentToRequestedAttach } from '../kit/requestedWrite';
import { eniLabel } from '../kit/labels';
import { pickRegion } from '../kit/pickRegion';
import { selectedEnis } from '../kit/selectedRows';
import { createAndAttach } from './createAndAttachCommand';
import type { OperationContext } from '../kit/operationContext';
import { CommandFailure, commandFailure } from '../kit/commandFailure';

/** Attach to Instance (from ENI rows and a drop) and Attach Network Interface (from an instance, the palette, automation). */
export function attachCommands(context: OperationContext): CommandDefinition[] {
  const fromEni = async (node: unknown, selection?: unknown): Promise<void> => {
    const nodes = selectedEnis(context.rows, node, selection);
    const [first] = nodes;
    if (!first) {
      return;
    }
    if (nodes.some((n) => n.regionId !== first.regionId)) {
      void context.ui.warn(vscode.l10n.t('Select network interfaces of one region to attach them together.'));
      return;
    }
    const resources = await context.store.regionData(first.regionId).catch((error: unknown) => {
      throw new CommandFailure(error, { what: vscode.l10n.t("Couldn't list the instances of {0}", first.regionId) });
    });
    const enis = nodes.map((n) => n.networkInterface).filter((e): e is NetworkInterface => e !== undefined);
    const instanceId = await pickInstance(context, resources, enis);
    if (instanceId) {
      await attachSeveral(
        context,
        first.regionId,
        enis.map((e) => e.networkInterfaceId),
        instanceId,
      );
    }
  };

  const fromInstanceOrPalette = async (node?: unknown): Promise<AttachOutcome | InvalidRequest | undefined> => {
    const row = context.rows.instance(node);
    if (typeof node === 'object' && node !== null && !row) {
      const request = parseAttachRequest(node);
      if (isInvalidRequest(request)) {
        throw invalidRequestFailure('alicloudEcs.attachNetworkInterface', request);
      }
      if (!(await consentToRequestedAttach(context, request.regionId, request.networkInterfaceId, request.instanceId))) {
        return { kind: 'cancelled' };
      }
      return attachWithProgress(context, request.regionId, request.networkInterfaceId, request.instanceId, { requested: true });
    }
    const instance = row?.instance;
    const regionId = instance && row ? row.regionId : await pickRegion(context, vscode.l10n.t('Attach Network Interface: Region'));
    if (!regionId) {
      return undefined;
    }
    try {
      const resources = await context.store.regionData(regionId);
      if (instance) {
        const eniId = await pickNetworkInterface(context, resources, instance, () => createAndAttach(context, regionId, instance));
        return eniId ? await attachWithProgress(context, regionId, eniId, instance.instanceId) : undefined;
      }
      const eniId = await pickFromList(
        context,
        attachableEniCandidates(resources),
        {
          title: vscode.l10n.t('Attach Network Interface: Network Interface'),
          placeholder: vscode.l10n.t('Choose a network interface in {0}, or type its id', regionId),
          typedId: ENI_ID_INPUT,
        },
        (eni) => eni.networkInterfaceId,
        (eni) => vscode.l10n.t("Can't attach {0}", eniLabel(eni)),
      );
      if (!eniId) {
        return undefined;
      }
      const eni = resources.networkInterfaces.get(eniId);
      const instanceId = eni
        ? await pickInstance(context, resources, [eni])
        : await context.ui.input({
            title: vscode.l10n.t('Attach {0} to Instance', eniId),
            prompt: vscode.l10n.t('Instance id'),
            validateInput: (text) =>
              isInstanceId(text.trim()) ? undefined : vscode.l10n.t('Instance ids look like {0}.', 'i-bp1h4adlltjc1d48goaq'),
          });
      return instanceId ? await attachWithProgress(context, regionId, eniId, instanceId.trim()) : undefined;
    } catch (error) {
      throw commandFailure(error, { what: vscode.l10n.t("Couldn't list the resources of {0}", regionId) });
    }
  };

  return [
    { id: 'alicloudEcs.attachToInstance', failure: () => vscode.l10n.t("Couldn't attach the network interface"), run: fromEni },
    {
      id: 'alicloudEcs.attachNetworkInterface',
      failure: () => vscode.l10n.t("Couldn't attach the network interface"),
      run: async (argument?: unknown) => automationResult(await fromInstanceOrPalette(argument)),
    },
  ];
}
