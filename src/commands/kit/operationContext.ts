import type { ActivityLog } from '../../activity/activityLog';
import type { EcsApi } from '../../cloud/ecsApi';
import type { SessionOpener } from '../../cloud/lazySession';
import type { InstanceTypeCache } from '../../cloud/instanceTypeCache';
import type { ResourceStore } from '../../store/resourceStore';
import type { TransitionPoller } from '../../explorer/transitionPoller';
import type { Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { Remedy } from '../../ui/errorNotifier';
import type { ExtensionLog } from '../../ui/log';
import type { UserInterface } from '../../ui/userInterface';
import type { RowLookup } from '../../explorer/rowLookup';

/** What the attach and detach commands work with. */
export interface OperationContext {
  readonly api: () => EcsApi;
  /** The account's resources as the extension knows them; fresh reads go through it so the tree follows. */
  readonly store: ResourceStore;
  /** Shows and selects an ENI's row. */
  readonly reveal: (regionId: string, networkInterfaceId: string) => Promise<void>;
  readonly types: InstanceTypeCache;
  readonly ui: UserInterface;
  /** Which row of the views a command was run on. */
  readonly rows: RowLookup;
  readonly log: ExtensionLog;
  readonly poller: TransitionPoller;
  /** The record of every write, where a multi-step change is one entry with its steps. */
  readonly activity: ActivityLog;
  /** How long to follow an attach or detach before saying it is still under way. */
  readonly settleTimeoutMs: () => number;
  /** Opens a Session Manager terminal session (the WebSocket client, loaded at the first terminal). */
  readonly openSession: SessionOpener;
  /** The fix-it for a refused attach, when there is one: the flows' plans, reached here so that no tier below imports them. */
  readonly remedyFor: (regionId: string, eni: NetworkInterface, instance: Instance, violation: Violation<string>) => Remedy | undefined;
}
