import { isEcsError } from '../../cloud/ecsError';
import { type Failure, isFailure } from '../../domain/failure';

/**
 * Whatever a step threw, as a failure with a code: ECS's errors, and our own failures (a rule, the write gate) as they
 * are; anything else is unknown (a library's or the system's text stays in `message`, for the log).
 */
export const failureOf = (error: unknown): Failure =>
  isEcsError(error) || isFailure(error) ? error : { code: 'UnknownError', message: String(error) };
