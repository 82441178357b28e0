import type { Instance } from './instance';
import type { NetworkInterface } from './networkInterface';

/** How a status looks: the tree picks icon and colour from this, never from the raw status string. */
export type StatusLook = 'running' | 'stopped' | 'transitional' | 'available' | 'inUse' | 'unknown';

const TRANSITIONAL_INSTANCE = new Set(['Pending', 'Starting', 'Stopping']);
const TRANSITIONAL_ENI = new Set(['Attaching', 'Detaching', 'Deleting']);

export const isInstanceTransitional = (instance: Instance): boolean => TRANSITIONAL_INSTANCE.has(instance.status);
export const isNetworkInterfaceTransitional = (eni: NetworkInterface): boolean => TRANSITIONAL_ENI.has(eni.status);

export function instanceLook(instance: Instance): StatusLook {
  if (instance.status === 'Running') {
    return 'running';
  }
  if (instance.status === 'Stopped') {
    return 'stopped';
  }
  return isInstanceTransitional(instance) ? 'transitional' : 'unknown';
}

export function networkInterfaceLook(eni: NetworkInterface): StatusLook {
  if (eni.status === 'Available') {
    return 'available';
  }
  if (eni.status === 'InUse') {
    return 'inUse';
  }
  return isNetworkInterfaceTransitional(eni) ? 'transitional' : 'unknown';
}

/** `alicloudEcs.stuckAfterMinutes`: how long an ENI may attach or detach before the tree says it looks stuck. */
export const STUCK_AFTER_MINUTES = { default: 5, min: 1, max: 1440 } as const;

/**
 * Whether an ENI has been Attaching or Detaching for longer than it should (ECS takes seconds); `sinceMs` is when the
 * extension first saw it in that status.
 */
export function looksStuck(eni: NetworkInterface, sinceMs: number | undefined, nowMs: number, afterMinutes: number): boolean {
  return (eni.status === 'Attaching' || eni.status === 'Detaching') && sinceMs !== undefined && nowMs - sinceMs >= afterMinutes * 60_000;
}
