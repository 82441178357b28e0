import type { EcsApi } from '../../cloud/ecsApi';
import type { InstanceTypeCache } from '../../cloud/instanceTypeCache';
import type { ResourceTreeProvider } from '../../explorer/resourceTreeProvider';
import type { TransitionPoller } from '../../explorer/transitionPoller';
import type { ErrorNotifier } from '../../ui/errorNotifier';
import type { ExtensionLog } from '../../ui/log';

/** What the attach and detach commands work with. */
export interface OperationContext {
  readonly api: () => EcsApi;
  readonly provider: ResourceTreeProvider;
  /** Shows and selects an ENI's row. */
  readonly reveal: (regionId: string, networkInterfaceId: string) => Promise<void>;
  readonly types: InstanceTypeCache;
  readonly notifier: ErrorNotifier;
  readonly log: ExtensionLog;
  readonly poller: TransitionPoller;
  /** How long to follow an attach or detach before saying it is still under way. */
  readonly settleTimeoutMs: () => number;
}
