import WebSocket from 'ws';
import { decodeFrame, encodeFrame, MessageType, readStatus, sizePayload } from './sessionFrames';

/** Why a session ended, in the words the terminal tells the user. */
export type SessionEnd =
  /** The shell exited (`exit`, Ctrl-D). */
  | { readonly kind: 'exit' }
  /** Nothing came from here for three minutes, and Cloud Assistant closed it. */
  | { readonly kind: 'idle' }
  /** The session's address is no longer valid (ten minutes after it was made), or was refused. */
  | { readonly kind: 'expired'; readonly status: number }
  /** More output than the session's bandwidth allows for too long. */
  | { readonly kind: 'bandwidth' }
  /** Closed here (the terminal was closed). */
  | { readonly kind: 'closedHere' }
  /** The connection dropped, or Cloud Assistant ended the session for another reason (its token, as sent). */
  | { readonly kind: 'lost'; readonly reason: string };

export interface SessionEvents {
  output(data: Uint8Array): void;
  ended(end: SessionEnd): void;
}

export interface TerminalSession {
  input(data: string): void;
  resize(columns: number, rows: number): void;
  close(): void;
}

export interface SessionOptions {
  /** Without input, the size is sent again this often: Cloud Assistant closes a session that hears nothing for 180 s. */
  readonly keepaliveMs?: number;
  readonly connectTimeoutMs?: number;
}

const KEEPALIVE_MS = 60_000;
/** Keystrokes held until the shell first prints: at most this many characters. */
const MAX_HELD = 64 * 1024;
const REASONS: Readonly<Record<string, SessionEnd['kind']>> = {
  Exit: 'exit',
  Timeout: 'idle',
  AgentTimeout: 'idle',
  FlowExceedLimit: 'bandwidth',
};

/**
 * A terminal session over the WebSocket address StartTerminalSession answered. Keystrokes typed before the shell first
 * prints are held and sent then (the agent drops input that comes before its terminal exists), and so is the size.
 */
export function openSession(url: string, token: string, events: SessionEvents, options: SessionOptions = {}): TerminalSession {
  let socket: WebSocket;
  try {
    socket = new WebSocket(url, { headers: { 'x-acs-session-token': token }, handshakeTimeout: options.connectTimeoutMs ?? 15_000 });
  } catch {
    // The library's error quotes the address, which holds the token: our own words instead.
    throw new Error('The session address is not a WebSocket address.');
  }
  socket.binaryType = 'nodebuffer';
  let sequence = 0;
  let ready = false;
  let ended = false;
  let size: { columns: number; rows: number } | undefined;
  const held: string[] = [];
  const end = (how: SessionEnd): void => {
    if (!ended) {
      ended = true;
      clearInterval(keepalive);
      events.ended(how);
    }
  };
  const send = (type: number, payload: Uint8Array): void => {
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(encodeFrame(type, sequence, payload));
      sequence += 1;
      lastSent = Date.now();
    }
  };
  let lastSent = Date.now();
  const keepaliveMs = options.keepaliveMs ?? KEEPALIVE_MS;
  const keepalive = setInterval(
    () => {
      if (ready && size && Date.now() - lastSent >= keepaliveMs) {
        send(MessageType.resize, sizePayload(size.columns, size.rows));
      }
    },
    Math.max(250, Math.floor(keepaliveMs / 4)),
  );
  socket.on('message', (data: Buffer) => {
    const frame = decodeFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (!frame) {
      return;
    }
    if (frame.type === MessageType.output) {
      if (!ready) {
        ready = true;
        if (size) {
          send(MessageType.resize, sizePayload(size.columns, size.rows));
        }
        held.splice(0).forEach((text) => send(MessageType.input, new TextEncoder().encode(text)));
      }
      events.output(frame.payload);
    } else if (frame.type === MessageType.status) {
      const status = readStatus(frame.payload);
      if (status.kind !== 'other') {
        const kind = REASONS[status.reason] ?? 'lost';
        end(kind === 'lost' ? { kind, reason: status.reason } : ({ kind } as SessionEnd));
        socket.close();
      }
    }
  });
  socket.on('unexpected-response', (_request, response) => {
    end({ kind: 'expired', status: response.statusCode ?? 0 });
    socket.terminate();
  });
  socket.on('error', () => end({ kind: 'lost', reason: 'connection' }));
  socket.on('close', () => end({ kind: 'lost', reason: 'closed' }));
  return {
    input(text) {
      if (ready) {
        send(MessageType.input, new TextEncoder().encode(text));
      } else if (held.reduce((total, one) => total + one.length, 0) + text.length <= MAX_HELD) {
        held.push(text);
      }
    },
    resize(columns, rows) {
      size = { columns, rows };
      if (ready) {
        send(MessageType.resize, sizePayload(columns, rows));
      }
    },
    close() {
      if (!ended) {
        send(MessageType.close, new TextEncoder().encode('1'));
        end({ kind: 'closedHere' });
        socket.close();
      }
    },
  };
}
