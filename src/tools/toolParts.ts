import type * as AllCommands from '../commands/allCommands';
import type { OperationContext } from '../commands/kit/operationContext';
import type { Failure } from '../domain/failure';

/** What the tools work with: the operations' context, the agents' plans (loaded with the commands), the mode. */
export interface ToolParts {
  readonly operations: OperationContext;
  readonly plans: () => typeof AllCommands.agentPlans;
  readonly readOnly: () => boolean;
  readonly failureOf: (error: unknown) => Failure;
}
