/** Every failure that reaches the extension from ECS or from the way there. */
export class EcsError extends Error {
  override readonly name = 'EcsError';

  constructor(
    /** The ECS error code (`InvalidEniId.NotFound`), or one of ours for failures before ECS answered (`NetworkError.DnsFailure`). */
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly httpStatus: number | undefined,
    /** The documentation link ECS sent with the error (`Recommend`), when it sent one. */
    readonly recommendUrl: string | undefined,
    readonly action: string,
    /** How long ECS asked us to wait before trying again (`x-acs-retry-after`), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** The request may have reached ECS and been carried out: the answer was lost, not refused. */
  get outcomeUnknown(): boolean {
    return this.code === 'RequestTimeout' || this.code === 'NetworkError.Reset' || this.code === 'InvalidResponse'
      || (this.httpStatus !== undefined && this.httpStatus >= 500 && this.code !== 'ServiceUnavailable');
  }
}

/**
 * True for an `EcsError` from either bundle: the SDK adapter is bundled apart from the extension,
 * so each has its own copy of the class and `instanceof` cannot be trusted across them.
 */
export function isEcsError(value: unknown): value is EcsError {
  return value instanceof Error && value.name === 'EcsError' && typeof (value as Partial<EcsError>).code === 'string';
}
