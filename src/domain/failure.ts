import type { Text } from './text';

/** A failure to explain: an error ECS (or the way there) answered with, or a rule the extension checked first. */
export interface Failure {
  readonly code: string;
  /** The whole story, for the log only: ECS's message, a rule's reason, or a library's own words (which may quote a file). */
  readonly message: string;
  /**
   * What may be shown to the user besides the code's meaning: ECS's own message, or ours. Absent when the text came
   * from a library or the system: such text goes only to the log.
   */
  readonly detail?: string | undefined;
  /** The message as a template and its values, when the extension wrote it (so it can be shown translated). */
  readonly text?: Text | undefined;
  readonly requestId?: string | undefined;
  readonly recommendUrl?: string | undefined;
  readonly action?: string | undefined;
}

export function isFailure(value: unknown): value is Failure {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Failure).code === 'string' &&
    typeof (value as Failure).message === 'string'
  );
}
