import { isEcsError } from '../../cloud/ecsError';
import type { Failure } from '../../domain/failure';

/** Whatever a step threw, as a failure with a code (a library's or the system's text stays in `message`, for the log). */
export const failureOf = (error: unknown): Failure => (isEcsError(error) ? error : { code: 'UnknownError', message: String(error) });
