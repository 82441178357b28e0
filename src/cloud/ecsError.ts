/** Every failure that reaches the extension from ECS or from the way there. */
export class EcsError extends Error {
  override readonly name = 'EcsError';

  constructor(
    /** The ECS error code (`InvalidEniId.NotFound`), or one of ours for failures before ECS answered (`NetworkError`). */
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly httpStatus: number | undefined,
    /** The documentation link ECS sent with the error (`Recommend`), when it sent one. */
    readonly recommendUrl: string | undefined,
    readonly action: string,
  ) {
    super(message);
  }
}
