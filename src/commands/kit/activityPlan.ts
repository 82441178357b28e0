import type { ActivityLog } from '../../activity/activityLog';
import type { PlanResult } from './planRunner';

/**
 * Runs a plan as one entry of the Activity view, its writes as the entry's steps: done only when every step and every
 * cleanup step worked, failed when any failed (a cleanup step too), else cancelled.
 */
export function recordPlan(
  activity: ActivityLog,
  title: string,
  resourceIds: readonly string[],
  run: () => Promise<PlanResult>,
): Promise<PlanResult> {
  return activity.plan(title, resourceIds, run, (result) => ({
    status: result.kind === 'done' ? 'succeeded' : result.kind,
    error: result.failed?.error ?? result.cleanupFailed[0]?.error,
  }));
}
