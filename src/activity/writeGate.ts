import type { WriteStart } from './activityLog';

/**
 * Asked before every write leaves the extension, whoever started it (a command, a drop, another extension, an agent's
 * tool): it resolves to let the write go, and rejects (with a failure that has a code) to refuse it. Nothing is sent or
 * recorded for a refused write.
 */
export type WriteGate = (write: WriteStart) => Promise<void>;
