import type { FailureContext } from '../../ui/errorNotifier';

// A registered symbol: the commands' bundle and the boundary's each carry their own copy of this module.
const MARK = Symbol.for('alicloudEcs.commandFailure');

/**
 * A command's failure, thrown to the boundary, which shows it: the cause (a failure with a code, or whatever was
 * caught), what failed and what can be done about it, and what the command answers its caller (automation).
 */
export class CommandFailure extends Error {
  readonly [MARK] = true;

  constructor(
    readonly reason: unknown,
    readonly shown: FailureContext,
    readonly answer?: unknown,
  ) {
    super(shown.what);
    this.name = 'CommandFailure';
  }
}

export const isCommandFailure = (value: unknown): value is CommandFailure =>
  typeof value === 'object' && value !== null && (value as { readonly [MARK]?: unknown })[MARK] === true;

/** What a catch throws on: a failure a step already described goes on as it is, anything else as `shown` says. */
export function commandFailure(error: unknown, shown: FailureContext, answer?: unknown): CommandFailure {
  return isCommandFailure(error) ? error : new CommandFailure(error, shown, answer);
}
