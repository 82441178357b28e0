/**
 * A plan is a short list of steps the user confirmed once ("Reboot legacy-erp, wait for Running, attach spare-k"),
 * carried out in order, and cleanup steps that undo what must not stay undone. No VS Code here: the runner is tested
 * in plain Node.
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
  /**
   * For a cleanup step: whether, after this error, the step may run again (it reads before it writes, so a write that
   * went through is not sent twice). A cleanup step without it is tried once.
   */
  readonly mayRunAgainAfter?: (error: unknown) => boolean;
}

export interface Plan<P extends PlanProgress = PlanProgress> {
  readonly title: string;
  readonly steps: ReadonlyArray<PlanStep<P>>;
  /** Steps that run whatever happened before them (start again an instance the plan stopped), each tried until it works. */
  readonly cleanup?: ReadonlyArray<PlanStep<P>>;
  /** Reads the resources again and says in words what state they are in now. */
  readonly describeState: () => Promise<string>;
}

/**
 * Thrown by a step that ended because the user cancelled: before its write (nothing changed), or after ECS accepted it
 * (the change goes on in ECS; the plan says it is under way, never that it failed).
 */
export class StepCancelled extends Error {
  override readonly name = 'StepCancelled';

  constructor(readonly afterWrite: boolean) {
    super(afterWrite ? 'Cancelled after the write was accepted.' : 'Cancelled before the write.');
  }
}

export interface PlanResult {
  /** Failed when a step or a cleanup step failed; cancelled when the user stopped it between steps and cleanup worked. */
  readonly kind: 'done' | 'failed' | 'cancelled';
  /** The titles of the steps carried out, in order (cleanup steps that worked included). */
  readonly done: readonly string[];
  /** The titles of the steps never started, or cancelled before their write. */
  readonly notDone: readonly string[];
  /** Steps the user cancelled after ECS accepted their write: the change goes on in ECS. */
  readonly underWay: readonly string[];
  /** The step that failed, and what it threw. */
  readonly failed?: { readonly title: string; readonly error: unknown };
  /** Cleanup steps that failed for good: the final message must say so. */
  readonly cleanupFailed: ReadonlyArray<{ readonly title: string; readonly error: unknown }>;
  /** The resources' state after everything, in words; what the user is told last. */
  readonly state: string;
}

/** How long, and on what back-off, a cleanup step is tried again; the sleep is not cancellable, like cleanup itself. */
export interface CleanupPatience {
  readonly patienceMs: number;
  readonly delays: () => Iterable<number>;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

/** Doubling from 2 s up to 30 s: a service that is unavailable is asked about ten times in its first three minutes. */
export function* cleanupDelays(firstMs = 2000, maxMs = 30_000): Generator<number> {
  for (let delay = firstMs; ; delay = Math.min(maxMs, delay * 2)) {
    yield delay;
  }
}

export const DEFAULT_CLEANUP_PATIENCE: CleanupPatience = {
  patienceMs: 10 * 60 * 1000,
  delays: () => cleanupDelays(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** Runs one cleanup step until it works, it throws what it may not run again after, or the patience is spent. */
async function runCleanupStep<P extends PlanProgress>(step: PlanStep<P>, progress: P, patience: CleanupPatience): Promise<unknown> {
  const deadline = patience.now() + patience.patienceMs;
  const delays = patience.delays()[Symbol.iterator]();
  for (;;) {
    try {
      await step.run(progress);
      return undefined;
    } catch (error) {
      const next = delays.next();
      if (next.done || !step.mayRunAgainAfter?.(error) || patience.now() + next.value > deadline) {
        return error ?? new Error(`${step.title} failed`);
      }
      await patience.sleep(next.value);
    }
  }
}

/**
 * Runs the steps one after another, reporting each; stops at the first failure, or before the next step once the user
 * cancelled (a step under way is not interrupted). Then runs every cleanup step, each whatever the one before it did,
 * and reads the state of everything.
 */
export async function runPlan<P extends PlanProgress>(
  plan: Plan<P>,
  progress: P,
  unknownState: (error: unknown) => string,
  patience: CleanupPatience = DEFAULT_CLEANUP_PATIENCE,
): Promise<PlanResult> {
  const done: string[] = [];
  const underWay: string[] = [];
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
      if (error instanceof StepCancelled) {
        cancelled = true;
        if (error.afterWrite) {
          underWay.push(step.title);
          next += 1;
        }
        break;
      }
      failed = { title: step.title, error };
      next += 1;
      break;
    }
  }
  const notDone = plan.steps.slice(next).map((step) => step.title);
  const cleanupFailed: Array<{ title: string; error: unknown }> = [];
  for (const [index, step] of cleanupSteps.entries()) {
    progress.report(`${plan.steps.length + index + 1}/${total} · ${step.title}`);
    const error = await runCleanupStep(step, progress, patience);
    if (error === undefined) {
      done.push(step.title);
    } else {
      cleanupFailed.push({ title: step.title, error });
    }
  }
  const state = await plan.describeState().catch(unknownState);
  const kind = failed || cleanupFailed.length > 0 ? 'failed' : cancelled ? 'cancelled' : 'done';
  return { kind, done, notDone, underWay, ...(failed ? { failed } : {}), cleanupFailed, state };
}
