import type { WebSocket } from 'ws';
import { runScript } from './guestShell';
import { FRAME, readFrame, writeFrame } from './sessionWire';
import type { EmTerminalSession } from './terminalSessions';

/** Status code 5: the session closed, the reason after it. */
const CLOSED = 5;

export interface TerminalTimings {
  /** From the connection to the shell's first output (the agent starts its terminal after a second or two). */
  readonly startMs: number;
  /** Cloud Assistant closes a session that hears nothing from its client for this long (180 s). */
  readonly idleMs: number;
}

export const DEFAULT_TERMINAL_TIMINGS: TerminalTimings = { startMs: 300, idleMs: 180_000 };

/**
 * The instance's side of a session, as the agent runs it: a shell on a terminal that echoes what is typed, runs a line
 * on Enter through the guest's shell (its state is the guest's), takes Backspace, Ctrl-C (stops a running `sleep`)
 * and Ctrl-D, answers `stty size` from the size the client sent, and ends on `exit`, on an idle client, or when the
 * client closes. The frames are the client's (`src/cloud/sessionFrames.ts`), sent as the server relays them.
 */
export class GuestTerminal {
  private sequence = 0;
  private line = '';
  private readonly decoder = new TextDecoder('utf-8');
  private running: NodeJS.Timeout[] = [];
  private idle: NodeJS.Timeout | undefined;
  private readonly prompt: string;

  constructor(
    private readonly session: EmTerminalSession,
    private readonly socket: WebSocket,
    private readonly timings: TerminalTimings,
  ) {
    this.prompt = `ecs-assist-user@iZ${session.instance.instanceId.slice(2)}Z:~$ `;
    socket.on('message', (data: Buffer) => this.received(data));
    socket.on('close', () => this.end());
    this.touch();
    setTimeout(() => this.print(`Welcome to Alibaba Cloud Elastic Compute Service !\r\n\r\n${this.prompt}`), timings.startMs);
  }

  private print(text: string): void {
    if (this.socket.readyState === this.socket.OPEN && text !== '') {
      this.send(FRAME.output, Buffer.from(text, 'utf8'));
    }
  }

  private closeWith(reason: string): void {
    if (this.socket.readyState === this.socket.OPEN) {
      this.send(FRAME.status, Buffer.concat([Buffer.from([CLOSED]), Buffer.from(reason, 'ascii')]));
      this.socket.close();
    }
    this.end();
  }

  private send(type: number, payload: Buffer): void {
    this.socket.send(writeFrame(type, this.sequence, payload, this.session.sessionId, this.session.instance.instanceId));
    this.sequence += 1;
  }

  private end(): void {
    this.session.state = 'ended';
    this.running.forEach(clearTimeout);
    clearTimeout(this.idle);
  }

  private touch(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.closeWith('Timeout'), this.timings.idleMs);
  }

  private received(data: Buffer): void {
    const frame = readFrame(data);
    if (!frame) {
      return;
    }
    this.touch();
    this.session.framesFromClient += 1;
    if (frame.type === FRAME.input) {
      this.typed(this.decoder.decode(frame.payload, { stream: true }));
    } else if (frame.type === FRAME.size && frame.payload.length >= 4) {
      this.session.size = { rows: frame.payload.readInt16LE(0), columns: frame.payload.readInt16LE(2) };
    } else if (frame.type === FRAME.close) {
      this.end();
      this.socket.close();
    }
  }

  private typed(text: string): void {
    for (const char of text) {
      if (char === '\u0003') {
        this.running.forEach(clearTimeout);
        this.running = [];
        this.line = '';
        this.print(`^C\r\n${this.prompt}`);
      } else if (this.running.length > 0) {
        continue;
      } else if (char === '\r' || char === '\n') {
        this.print('\r\n');
        this.run(this.line);
        this.line = '';
      } else if (char === '\u007f' || char === '\b') {
        if (this.line.length > 0) {
          this.line = [...this.line].slice(0, -1).join('');
          this.print('\b \b');
        }
      } else if (char === '\u0004') {
        if (this.line === '') {
          this.print('logout\r\n');
          this.closeWith('Exit');
        }
      } else if (char >= ' ') {
        this.line += char;
        this.print(char);
      }
    }
  }

  private run(line: string): void {
    const command = line.trim();
    if (command === 'exit' || command === 'logout') {
      this.print('logout\r\n');
      this.closeWith('Exit');
      return;
    }
    if (command === 'stty size') {
      const size = this.session.size;
      this.print(`${size ? `${size.rows} ${size.columns}` : '24 80'}\r\n${this.prompt}`);
      return;
    }
    const result = runScript({ account: this.session.account, instance: this.session.instance }, line);
    const terminal = (text: string): string => text.replace(/\n/g, '\r\n');
    if (result.durationMs === 0) {
      this.print(terminal(result.chunks.map((chunk) => chunk.text).join('')) + this.prompt);
      return;
    }
    // A command that takes time (sleep) prints as it goes, and can be interrupted with Ctrl-C.
    for (const chunk of result.chunks) {
      this.running.push(setTimeout(() => this.print(terminal(chunk.text)), chunk.atMs));
    }
    this.running.push(
      setTimeout(() => {
        this.running = [];
        this.print(this.prompt);
      }, result.durationMs),
    );
  }
}
