import type { Text } from './text';

/** A failure to explain: an error ECS (or the way there) answered with, or a rule the extension checked first. */
export interface Failure {
  readonly code: string;
  /** The detail: ECS's message (with what it filled into its `%s`), or the rule's reason. */
  readonly message: string;
  /** The message as a template and its values, when the extension wrote it (so it can be shown translated). */
  readonly text?: Text | undefined;
  readonly requestId?: string | undefined;
  readonly recommendUrl?: string | undefined;
  readonly action?: string | undefined;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null
    && typeof (value as Failure).code === 'string' && typeof (value as Failure).message === 'string';
}
