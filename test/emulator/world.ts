import { EmulatorClock } from './clock';
import { TerminalSessions } from './guest/terminalSessions';
import type { EmAccount } from './model';

/** How long each asynchronous change takes, in milliseconds of the emulator's clock. */
export interface TransitionDelays {
  attachMs: number;
  detachMs: number;
  startMs: number;
  stopMs: number;
  rebootMs: number;
  deleteMs: number;
  pendingMs: number;
  /** From RunCommand to the agent starting the script. */
  deliveryMs: number;
}

export const DEFAULT_DELAYS: TransitionDelays = {
  attachMs: 2000,
  detachMs: 2000,
  startMs: 3000,
  stopMs: 3000,
  rebootMs: 3000,
  deleteMs: 1000,
  pendingMs: 5000,
  deliveryMs: 500,
};

interface Transition {
  readonly dueAt: number;
  readonly sequence: number;
  readonly apply: () => void;
}

/** The accounts, the clock and the changes still under way. Changes settle when a request looks, never on a timer. */
export class World {
  readonly clock = new EmulatorClock();
  /** Session Manager's sessions (StartTerminalSession), which the server's WebSocket side connects. */
  readonly sessions = new TerminalSessions();
  readonly delays: TransitionDelays;
  private transitions: Transition[] = [];
  private sequence = 0;
  /** ENI ids whose next attach fails after its delay; '*' makes the next attach of any ENI fail. */
  private readonly attachFailures: string[] = [];

  constructor(
    readonly accounts: Map<string, EmAccount>,
    delays: Partial<TransitionDelays> = {},
  ) {
    this.delays = { ...DEFAULT_DELAYS, ...delays };
  }

  schedule(delayMs: number, apply: () => void): void {
    this.sequence += 1;
    this.transitions.push({ dueAt: this.clock.now() + delayMs, sequence: this.sequence, apply });
  }

  /** Applies every change whose time has come, oldest first. */
  settle(): void {
    const now = this.clock.now();
    const due = this.transitions.filter((t) => t.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt || a.sequence - b.sequence);
    if (due.length === 0) {
      return;
    }
    this.transitions = this.transitions.filter((t) => t.dueAt > now);
    due.forEach((t) => t.apply());
  }

  pendingTransitions(): number {
    return this.transitions.length;
  }

  failNextAttach(networkInterfaceId = '*'): void {
    this.attachFailures.push(networkInterfaceId);
  }

  takeAttachFailure(networkInterfaceId: string): boolean {
    const index = this.attachFailures.findIndex((id) => id === networkInterfaceId || id === '*');
    if (index < 0) {
      return false;
    }
    this.attachFailures.splice(index, 1);
    return true;
  }
}
