import { AsyncLocalStorage } from 'node:async_hooks';
import * as vscode from 'vscode';
import type { WriteStart } from '../../activity/activityLog';
import type { WriteGate } from '../../activity/writeGate';
import type { EcsRequest } from '../../domain/export/ecsRequest';
import type { Failure } from '../../domain/failure';
import type { Tag } from '../../domain/instance';
import { isInstanceId, isNetworkInterfaceId } from '../../domain/ids';
import { requestTags, type TagCondition, tagsAskedAbout } from '../../domain/safetyPolicy';
import type { ResourceStore } from '../../store/resourceStore';
import type { UserInterface } from '../../ui/userInterface';
import { eniLabel, instanceLabel } from './labels';

/** A write the policy did not let out: nothing was sent. */
export class WriteRefused implements Failure {
  readonly message: string;

  constructor(
    readonly code: 'ReadOnlyMode' | 'SafetyPolicy.Declined' | 'DryRun',
    readonly action: string,
  ) {
    this.message = `${action} was not sent: ${code}.`;
  }
}

/**
 * The resources one request of the user's (one command, one drop, one tool call) was allowed to touch after the
 * safety policy asked: the later writes of the same request on them (the start after a stop) do not ask again.
 */
const approvedInThisRequest = sharedStorage();

/**
 * One storage for the whole extension host: this module is bundled both into the extension and into the lazily loaded
 * commands, and a request opened by one copy must be seen by the gate of the other.
 */
function sharedStorage(): AsyncLocalStorage<Set<string>> {
  const key = Symbol.for('alicloudEcs.approvedInThisRequest');
  const holder = globalThis as Record<symbol, AsyncLocalStorage<Set<string>> | undefined>;
  holder[key] ??= new AsyncLocalStorage<Set<string>>();
  return holder[key];
}

/** Runs `work` as one request of the user's: what the safety policy is told yes to inside it holds until it ends. */
export function asOneRequest<T>(work: () => T): T {
  return approvedInThisRequest.run(new Set(), work);
}

export interface WritePolicyParts {
  readonly readOnly: () => boolean;
  /** Dry run: each write is shown (`showDryRun`) instead of being sent. */
  readonly dryRun: () => boolean;
  readonly showDryRun: (request: EcsRequest) => Promise<void>;
  readonly askTwiceWhenTagged: () => readonly TagCondition[];
  readonly store: ResourceStore;
  readonly ui: UserInterface;
}

/** A resource a write touches, by name, and the tags it carries. */
interface Touched {
  readonly id: string;
  readonly label: string;
  readonly tags: readonly Tag[];
}

/** The instances and ENIs a write names, as the store knows them, read from ECS when it does not. */
async function touchedBy(store: ResourceStore, write: WriteStart): Promise<Touched[]> {
  const { regionId } = write.request;
  const instanceIds = write.resourceIds.filter(isInstanceId);
  const eniIds = write.resourceIds.filter(isNetworkInterfaceId);
  const known = store.region(regionId);
  const missingInstances = instanceIds.filter((id) => !known.instances.get(id));
  const missingEnis = eniIds.filter((id) => !known.networkInterfaces.get(id));
  const fresh =
    missingInstances.length + missingEnis.length > 0
      ? await store.readFresh(regionId, missingInstances, missingEnis)
      : { instances: [], networkInterfaces: [] };
  const instances = instanceIds.flatMap((id) => {
    const instance = known.instances.get(id) ?? fresh.instances.find((i) => i.instanceId === id);
    return instance ? [{ id, label: instanceLabel(instance), tags: instance.tags }] : [];
  });
  const enis = eniIds.flatMap((id) => {
    const eni = known.networkInterfaces.get(id) ?? fresh.networkInterfaces.find((e) => e.networkInterfaceId === id);
    return eni ? [{ id, label: eniLabel(eni), tags: eni.tags }] : [];
  });
  return [...instances, ...enis];
}

/**
 * The gate every write passes, whoever asked for it: shown instead of sent in a dry run; refused in read-only mode; asked about once more when it touches
 * (or gives) a tag the safety policy names, unless the same request was already told yes for that resource.
 */
export function writePolicyGate(parts: WritePolicyParts): WriteGate {
  return async (write) => {
    const { action } = write.request;
    if (parts.dryRun()) {
      await parts.showDryRun(write.request);
      throw new WriteRefused('DryRun', action);
    }
    if (parts.readOnly()) {
      throw new WriteRefused('ReadOnlyMode', action);
    }
    const conditions = parts.askTwiceWhenTagged();
    if (conditions.length === 0) {
      return;
    }
    const approved = approvedInThisRequest.getStore();
    const reasons = [
      ...tagsAskedAbout(conditions, requestTags(write.request)).map((tag) =>
        vscode.l10n.t('The request gives the tag {0}={1}.', tag.key, tag.value),
      ),
      ...(await touchedBy(parts.store, write))
        .filter((touched) => !approved?.has(touched.id))
        .flatMap((touched) =>
          tagsAskedAbout(conditions, touched.tags).map((tag) => vscode.l10n.t('{0} is tagged {1}={2}.', touched.label, tag.key, tag.value)),
        ),
    ];
    if (reasons.length === 0) {
      return;
    }
    const send = vscode.l10n.t('Send {0}', action);
    const answer = await parts.ui.ask(
      vscode.l10n.t('Your safety policy asks again: send {0} in {1}?', action, write.request.regionId),
      [
        ...reasons,
        vscode.l10n.t(
          'alicloudEcs.askTwiceWhenTagged names these tags; it asks whatever started the change (a command, a drop, another extension or an agent).',
        ),
      ].join('\n'),
      send,
    );
    if (answer !== send) {
      throw new WriteRefused('SafetyPolicy.Declined', action);
    }
    for (const id of write.resourceIds) {
      approved?.add(id);
    }
  };
}
