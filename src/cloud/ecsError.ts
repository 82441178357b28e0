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
    /** Words that may be shown (ECS's message, or ours); undefined when `message` is a library's text, for the log only. */
    readonly detail?: string,
  ) {
    super(message);
  }

  /**
   * The request may have reached ECS and been carried out: the answer was lost, not refused. Any 5xx counts, 503 too
   * (a proxy in front of ECS may send it after the write went through): reading back is cheap, a wrong "it failed" is not.
   */
  get outcomeUnknown(): boolean {
    return (
      this.code === 'RequestTimeout' ||
      this.code === 'NetworkError.Reset' ||
      this.code === 'InvalidResponse' ||
      (this.httpStatus !== undefined && this.httpStatus >= 500)
    );
  }
}

/**
 * True for an `EcsError` from either bundle: the SDK adapter is bundled apart from the extension,
 * so each has its own copy of the class and `instanceof` cannot be trusted across them.
 */
export function isEcsError(value: unknown): value is EcsError {
  return value instanceof Error && value.name === 'EcsError' && typeof (value as Partial<EcsError>).code === 'string';
}
