import * as vscode from 'vscode';
import type { Tag } from '../../domain/instance';
import { checkTags, fitsTagText, formatTagText, parseTagText } from '../../domain/namingRules';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { NetworkInterfaceChange } from '../../domain/networkInterfaceChanges';
import { eniLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { askDescription, askName, askTagText } from '../kit/networkPickers';
import { freshTarget, notShown, readBack, sendOnce } from '../operations/eniChange';
import { CommandFailure } from '../kit/commandFailure';

function attributeCommand(
  context: OperationContext,
  id: string,
  failure: () => string,
  ask: (eni: NetworkInterface) => Thenable<string | undefined>,
  changeOf: (value: string) => NetworkInterfaceChange,
  current: (eni: NetworkInterface) => string,
): CommandDefinition {
  return {
    id,
    failure,
    run: async (node: unknown): Promise<boolean> => {
      const target = await freshTarget(context, node);
      const typed = target && (await ask(target.eni));
      if (!target || typed === undefined || typed.trim() === current(target.eni)) {
        return false;
      }
      const value = typed.trim();
      const { regionId, eni } = target;
      await context.ui
        .progress(
          vscode.l10n.t('Changing {0}', eniLabel(eni)),
          () =>
            sendOnce(context, `Change of ${eni.networkInterfaceId}`, () =>
              context.api().modifyNetworkInterfaceAttribute(regionId, eni.networkInterfaceId, changeOf(value)),
            ),
          false,
        )
        .then(undefined, async (error: unknown) => {
          // Refused: the row still shows what ECS has, and the boundary explains the refusal.
          await readBack(context, regionId, eni);
          throw error;
        });
      const now = await readBack(context, regionId, eni);
      if (!now || current(now) !== value) {
        void context.ui.warn(notShown(eni));
        return false;
      }
      context.ui.flash(vscode.l10n.t('Changed {0}', eni.networkInterfaceId));
      return true;
    },
  };
}

/**
 * Edit Tags: the tags the text can carry are edited as `key=value, …`; the others (a comma in them, say) are left as
 * they are. Dropped keys are untagged, new and changed ones tagged; each step is reported on its own.
 */
async function editTags(context: OperationContext, node: unknown): Promise<boolean> {
  const target = await freshTarget(context, node);
  if (!target) {
    return false;
  }
  const { regionId, eni } = target;
  const editable = eni.tags.filter(fitsTagText);
  const aside = eni.tags.filter((tag) => !fitsTagText(tag));
  const shown = formatTagText(editable);
  const typed = await askTagText(context, vscode.l10n.t('Edit Tags of {0}', eniLabel(eni)), shown);
  if (typed === undefined || typed.trim() === shown) {
    return false;
  }
  const wanted = parseTagText(typed);
  const whole = [...aside.filter((tag) => !wanted.some((w) => w.key === tag.key)), ...wanted];
  const [violation] = checkTags(whole, 'OperationDenied.QuotaExceed');
  if (violation) {
    throw new CommandFailure(violation, { what: vscode.l10n.t("Couldn't tag {0}", eni.networkInterfaceId) }, false);
  }
  const removed = editable.filter((tag) => !wanted.some((w) => w.key === tag.key)).map((tag) => tag.key);
  const added = wanted.filter((tag) => !eni.tags.some((t) => t.key === tag.key && t.value === tag.value));
  if (removed.length === 0 && added.length === 0) {
    return false;
  }
  const api = context.api();
  const id = eni.networkInterfaceId;
  let failedStep: { what: string; error: unknown } | undefined;
  await context.ui.progress(
    vscode.l10n.t('Changing {0}', eniLabel(eni)),
    async () => {
      if (removed.length > 0) {
        await sendOnce(context, `Untag ${id}`, () => api.untagNetworkInterfaces(regionId, [id], removed)).catch((error: unknown) => {
          failedStep = { what: vscode.l10n.t("Couldn't remove the tags {0} from {1}; nothing was changed", removed.join(', '), id), error };
        });
      }
      if (added.length > 0 && !failedStep) {
        await sendOnce(context, `Tag ${id}`, () => api.tagNetworkInterfaces(regionId, [id], added)).catch((error: unknown) => {
          failedStep = {
            what:
              removed.length > 0
                ? vscode.l10n.t("Removed the tags {0} from {1}, but couldn't add {2}", removed.join(', '), id, formatTagText(added))
                : vscode.l10n.t("Couldn't add the tags {0} to {1}", formatTagText(added), id),
            error,
          };
        });
      }
    },
    false,
  );
  const now = await readBack(context, regionId, eni);
  if (failedStep) {
    throw new CommandFailure(failedStep.error, { what: failedStep.what }, false);
  }
  const took = (tags: readonly Tag[]): boolean =>
    removed.every((key) => !tags.some((t) => t.key === key)) &&
    added.every((tag) => tags.some((t) => t.key === tag.key && t.value === tag.value));
  if (!now || !took(now.tags)) {
    void context.ui.warn(notShown(eni));
    return false;
  }
  context.ui.flash(vscode.l10n.t('Changed the tags of {0}', id));
  return true;
}

/** Rename, Edit Description and Edit Tags on an ENI row. */
export function editCommands(context: OperationContext): CommandDefinition[] {
  return [
    attributeCommand(
      context,
      'alicloudEcs.renameNetworkInterface',
      () => vscode.l10n.t("Couldn't rename the network interface"),
      (eni) => askName(context, vscode.l10n.t('Rename {0}', eniLabel(eni)), eni.networkInterfaceName, true),
      (name) => ({ name }),
      (eni) => eni.networkInterfaceName,
    ),
    attributeCommand(
      context,
      'alicloudEcs.editNetworkInterfaceDescription',
      () => vscode.l10n.t("Couldn't change the description"),
      (eni) => askDescription(context, vscode.l10n.t('Edit Description of {0}', eniLabel(eni)), descriptionOf(eni), true),
      (description) => ({ description }),
      descriptionOf,
    ),
    {
      id: 'alicloudEcs.editNetworkInterfaceTags',
      failure: () => vscode.l10n.t("Couldn't change the tags"),
      run: (node: unknown) => editTags(context, node),
    },
  ];
}

/** The description as DescribeNetworkInterfaces returned it (kept in the resource's properties). */
const descriptionOf = (eni: NetworkInterface): string => {
  const value = eni.properties.Description;
  return typeof value === 'string' ? value : '';
};
