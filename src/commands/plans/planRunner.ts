/**
 * A plan is a short list of steps the user confirmed once ("Reboot legacy-erp, wait for Running, attach spare-k"),
 * carried out in order. No VS Code here: the runner is tested in plain Node.
 */

export interface PlanProgress {
  report(message: string): void;
  readonly token: { readonly isCancellationRequested: boolean };
}

export interface PlanStep<P extends PlanProgress = PlanProgress> {
  /** What the step does, as the progress notification and the final message name it. */
  readonly title: string;
  /** Carries the step out, reporting through the plan's progress; throws (a failure with a code) when it did not happen. */
  readonly run: (progress: P) => Promise<void>;
}

export interface Plan<P extends PlanProgress = PlanProgress> {
  readonly title: string;
  readonly steps: ReadonlyArray<PlanStep<P>>;
  /** Steps that run whatever happened before them (start again an instance the plan stopped); each is tried once. */
  readonly cleanup?: ReadonlyArray<PlanStep<P>>;
  /** Reads the resources again and says in words what state they are in now. */
  readonly describeState: () => Promise<string>;
}

export interface PlanResult {
  readonly kind: 'done' | 'failed' | 'cancelled';
  /** The titles of the steps carried out, in order (cleanup steps that worked included). */
  readonly done: readonly string[];
  /** The titles of the steps never started. */
  readonly notDone: readonly string[];
  /** The step that failed, and what it threw. */
  readonly failed?: { readonly title: string; readonly error: unknown };
  /** Cleanup steps that failed too: the final message must say so. */
  readonly cleanupFailed: ReadonlyArray<{ readonly title: string; readonly error: unknown }>;
  /** The resources' state after everything, in words; what the user is told last. */
  readonly state: string;
}

/**
 * Runs the steps one after another, reporting each; stops at the first failure, or before the next step once the user
 * cancelled (a step under way is not interrupted). Then runs every cleanup step, and reads the state of everything.
 */
export async function runPlan<P extends PlanProgress>(
  plan: Plan<P>,
  progress: P,
  unknownState: (error: unknown) => string,
): Promise<PlanResult> {
  const done: string[] = [];
  const cleanupSteps = plan.cleanup ?? [];
  const total = plan.steps.length + cleanupSteps.length;
  let failed: PlanResult['failed'];
  let cancelled = false;
  let next = 0;
  for (; next < plan.steps.length; next += 1) {
    const step = plan.steps[next] as PlanStep<P>;
    if (progress.token.isCancellationRequested) {
      cancelled = true;
      break;
    }
    progress.report(`${next + 1}/${total} · ${step.title}`);
    try {
      await step.run(progress);
      done.push(step.title);
    } catch (error) {
      failed = { title: step.title, error };
      next += 1;
      break;
    }
  }
  const notDone = plan.steps.slice(next).map((step) => step.title);
  const cleanupFailed: Array<{ title: string; error: unknown }> = [];
  for (const [index, step] of cleanupSteps.entries()) {
    progress.report(`${plan.steps.length + index + 1}/${total} · ${step.title}`);
    try {
      await step.run(progress);
      done.push(step.title);
    } catch (error) {
      cleanupFailed.push({ title: step.title, error });
    }
  }
  const state = await plan.describeState().catch(unknownState);
  return { kind: failed ? 'failed' : cancelled ? 'cancelled' : 'done', done, notDone, ...(failed ? { failed } : {}), cleanupFailed, state };
}
