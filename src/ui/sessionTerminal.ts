import * as vscode from 'vscode';
import type { SessionEnd, SessionEvents, TerminalSession } from '../cloud/lazySession';

/** Starts a session for the terminal (the command's checks, StartTerminalSession, the connection), or says in our words why not. */
export type SessionStarter = (events: SessionEvents) => Promise<{ readonly session: TerminalSession } | { readonly refused: string }>;

const MAX_PENDING = 64 * 1024;

/** Why a session ended, told in the terminal; undefined for an end the user chose (exit, closing the terminal). */
export function endText(end: SessionEnd): string | undefined {
  switch (end.kind) {
    case 'exit':
    case 'closedHere':
      return undefined;
    case 'idle':
      return vscode.l10n.t('Cloud Assistant closed the session after three minutes without input.');
    case 'expired':
      return vscode.l10n.t('The session was refused (HTTP {0}): its address is valid for ten minutes and connects once.', end.status);
    case 'bandwidth':
      return vscode.l10n.t('The session sent more than its bandwidth allows, and Cloud Assistant closed it.');
    case 'lost':
      return vscode.l10n.t('The connection to the session was lost.');
  }
}

/**
 * The terminal's end of a Cloud Assistant session (a `Pseudoterminal`): keystrokes go to the instance as typed (Ctrl-C
 * included), what the instance prints comes back decoded as UTF-8 across frames, the size follows the panel. When the
 * session ends for a reason the user did not choose, the terminal says why, and Enter (or `reconnect`) opens a new one.
 */
export class SessionTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private session: TerminalSession | undefined;
  private state: 'idle' | 'connecting' | 'open' | 'ended' = 'idle';
  private size: vscode.TerminalDimensions | undefined;
  /** Typed while the session was being opened: sent once it is (the last 64 KB of it at most). */
  private readonly pending: string[] = [];
  /** The terminal was closed: nothing opens in it any more. */
  private disposed = false;

  constructor(
    private readonly label: string,
    private readonly start: SessionStarter,
    /** Told when a session ended for a reason the user did not choose, with a way to open a new one. */
    private readonly onLost: (text: string, reconnect: () => void) => void,
  ) {}

  open(dimensions: vscode.TerminalDimensions | undefined): void {
    this.size = dimensions;
    void this.connect();
  }

  /** Opens a new session in this terminal, when the last one ended. */
  reconnect(): void {
    if (this.state === 'ended' && !this.disposed) {
      void this.connect();
    }
  }

  private async connect(): Promise<void> {
    this.state = 'connecting';
    this.written.fire(`\x1b[2m${vscode.l10n.t('Connecting to {0} through Cloud Assistant…', this.label)}\x1b[0m\r\n`);
    const decoder = new TextDecoder('utf-8');
    const started = await this.start({
      output: (data) => this.written.fire(decoder.decode(data, { stream: true })),
      ended: (end) => this.ended(end),
    });
    if ('refused' in started) {
      this.state = 'ended';
      this.pending.length = 0;
      this.written.fire(
        `\r\n\x1b[33m${started.refused}\x1b[0m\r\n${vscode.l10n.t('Press Enter to try again, or close the terminal.')}\r\n`,
      );
      return;
    }
    const { session } = started;
    if (this.state !== 'connecting' || this.disposed) {
      // Closed (or ended) while it was opening.
      session.close();
      return;
    }
    this.session = session;
    this.state = 'open';
    if (this.size) {
      session.resize(this.size.columns, this.size.rows);
    }
    this.pending.splice(0).forEach((text) => session.input(text));
  }

  private ended(end: SessionEnd): void {
    this.state = 'ended';
    this.session = undefined;
    const text = endText(end);
    if (text === undefined) {
      this.closed.fire();
      return;
    }
    this.written.fire(`\r\n\x1b[33m${text}\x1b[0m\r\n${vscode.l10n.t('Press Enter to reconnect, or close the terminal.')}\r\n`);
    this.onLost(text, () => this.reconnect());
  }

  handleInput(data: string): void {
    if (this.state === 'ended') {
      if (data === '\r') {
        this.reconnect();
      }
      return;
    }
    if (this.session) {
      this.session.input(data);
    } else if (this.pending.reduce((total, text) => total + text.length, 0) + data.length <= MAX_PENDING) {
      this.pending.push(data);
    }
  }

  setDimensions(dimensions: vscode.TerminalDimensions): void {
    this.size = dimensions;
    this.session?.resize(dimensions.columns, dimensions.rows);
  }

  close(): void {
    this.disposed = true;
    this.session?.close();
    this.state = 'ended';
    this.written.dispose();
    this.closed.dispose();
  }
}
