/** One finished attempt of an API call, as the log records it. Holds no credentials by construction. */
export interface CallRecord {
  readonly action: string;
  readonly regionId: string | undefined;
  /** The ids the call was about: instances, ENIs, vSwitches, security groups. */
  readonly resourceIds: readonly string[];
  readonly durationMs: number;
  readonly attempt: number;
  readonly requestId: string | undefined;
  /** 'ok', or the error code. */
  readonly outcome: string;
  readonly message?: string;
  /** Set when the call will be sent again after this many milliseconds. */
  readonly retryInMs?: number;
}

export interface CallObserver {
  onCall(record: CallRecord): void;
}
