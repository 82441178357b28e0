import { randomBytes } from 'node:crypto';
import type { EmAccount, EmInstance } from '../model';

/** A session StartTerminalSession opened: its address is valid for ten minutes, and a session connects once. */
export interface EmTerminalSession {
  readonly sessionId: string;
  readonly token: string;
  readonly account: EmAccount;
  readonly instance: EmInstance;
  readonly createdAt: number;
  state: 'waiting' | 'connected' | 'ended';
  /** The terminal's size as the client last sent it. */
  size?: { readonly columns: number; readonly rows: number };
  /** Frames the client sent (keystrokes, sizes, its close). */
  framesFromClient: number;
}

/** How long the address of a session may be used (StartTerminalSession's reference). */
export const SESSION_URL_VALID_MS = 10 * 60 * 1000;
/** Sessions one instance may have connected, and one region (StartTerminalSession's reference). */
export const SESSIONS_PER_INSTANCE = 20;
export const SESSIONS_PER_REGION = 100;

let opened = 0;

/** The sessions of every account, by id. */
export class TerminalSessions {
  private readonly sessions = new Map<string, EmTerminalSession>();
  /** `ws://127.0.0.1:<port>` or `wss://…`: where the emulator answers sessions; set when it listens. */
  baseUrl = '';

  open(account: EmAccount, instance: EmInstance, now: number): EmTerminalSession {
    opened += 1;
    const session: EmTerminalSession = {
      sessionId: `s-em${now.toString(36)}${opened.toString(36)}`,
      token: randomBytes(24).toString('hex'),
      account,
      instance,
      createdAt: now,
      state: 'waiting',
      framesFromClient: 0,
    };
    this.sessions.set(session.sessionId, session);
    return session;
  }

  get(sessionId: string): EmTerminalSession | undefined {
    return this.sessions.get(sessionId);
  }

  /** Sessions not ended (waiting or connected) that `matches`. */
  live(matches: (session: EmTerminalSession) => boolean): number {
    return [...this.sessions.values()].filter((session) => session.state !== 'ended' && matches(session)).length;
  }

  all(): EmTerminalSession[] {
    return [...this.sessions.values()];
  }
}
