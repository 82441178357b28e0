/**
 * The frames of Cloud Assistant's Session Manager as its client speaks them over the session's WebSocket: one message a
 * binary frame, integers little-endian, a 30-byte header when both ids are left empty (as the client leaves them) —
 * message type (u32), schema version (4 ASCII bytes, "1.01"), the lengths of a session id and an instance id (u8
 * each, here 0), the time it was made (u64, epoch milliseconds, never 0), a sequence number (i64) and the payload's
 * length (u32) — then the payload. Read from the protocol of Alibaba's open-source session client
 * (github.com/aliyun/aliyun_assist_client, agent/session/plugin/message); written here, not copied.
 */

export const MessageType = {
  /** Keystrokes, to the instance. */
  input: 0,
  /** What the terminal printed, from the instance. */
  output: 1,
  /** The terminal's size, to the instance: rows then columns, each an i16. */
  resize: 2,
  /** The client ends the session (payload "1"). */
  close: 3,
  /** Status: the first payload byte is a code (2 connect failed, 5 closed with a reason, 7 a send rate). */
  status: 5,
} as const;

export const StatusCode = { connectFailed: 2, closed: 5, sendRate: 7 } as const;

const SCHEMA_VERSION = '1.01';
const HEADER_BYTES = 30;

export interface SessionFrame {
  readonly type: number;
  readonly sequence: bigint;
  readonly createdAt: bigint;
  readonly payload: Uint8Array;
}

export function encodeFrame(type: number, sequence: number, payload: Uint8Array, now: number = Date.now()): Uint8Array {
  const frame = new Uint8Array(HEADER_BYTES + payload.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, type, true);
  frame.set(new TextEncoder().encode(SCHEMA_VERSION), 4);
  view.setUint8(8, 0);
  view.setUint8(9, 0);
  view.setBigUint64(10, BigInt(Math.max(1, Math.floor(now))), true);
  view.setBigInt64(18, BigInt(sequence), true);
  view.setUint32(26, payload.length, true);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

/**
 * A frame as the server sends it: the id lengths may be non-zero, and the payload runs to the end of the WebSocket
 * frame. Undefined for what is too short to be one, or made at time 0 (the client's own check).
 */
export function decodeFrame(data: Uint8Array): SessionFrame | undefined {
  if (data.length < HEADER_BYTES) {
    return undefined;
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const sessionIdLength = view.getUint8(8);
  const instanceIdAt = 9 + sessionIdLength;
  if (data.length < instanceIdAt + 1) {
    return undefined;
  }
  const idsLength = sessionIdLength + view.getUint8(instanceIdAt);
  const payloadAt = HEADER_BYTES + idsLength;
  if (data.length < payloadAt) {
    return undefined;
  }
  const createdAt = view.getBigUint64(10 + idsLength, true);
  if (createdAt === 0n) {
    return undefined;
  }
  return {
    type: view.getUint32(0, true),
    createdAt,
    sequence: view.getBigInt64(18 + idsLength, true),
    payload: data.subarray(payloadAt),
  };
}

/** The resize payload: rows, then columns, each a little-endian i16 (clamped to what it can hold). */
export function sizePayload(columns: number, rows: number): Uint8Array {
  const payload = new Uint8Array(4);
  const view = new DataView(payload.buffer);
  const clamp = (value: number): number => Math.max(1, Math.min(32767, Math.floor(value)));
  view.setInt16(0, clamp(rows), true);
  view.setInt16(2, clamp(columns), true);
  return payload;
}

export function readSize(payload: Uint8Array): { readonly columns: number; readonly rows: number } | undefined {
  if (payload.length < 4) {
    return undefined;
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  return { rows: view.getInt16(0, true), columns: view.getInt16(2, true) };
}

/** What a status frame says: the session was closed (with the reason token), could not connect, or something else. */
export type SessionStatus =
  | { readonly kind: 'closed'; readonly reason: string }
  | { readonly kind: 'connectFailed'; readonly reason: string }
  | { readonly kind: 'other'; readonly code: number };

export function readStatus(payload: Uint8Array): SessionStatus {
  const code = payload[0] ?? 0;
  const reason = new TextDecoder('utf-8', { fatal: false }).decode(payload.subarray(1));
  if (code === StatusCode.closed) {
    return { kind: 'closed', reason };
  }
  return code === StatusCode.connectFailed ? { kind: 'connectFailed', reason } : { kind: 'other', code };
}

export function statusPayload(code: number, text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const payload = new Uint8Array(1 + body.length);
  payload[0] = code;
  payload.set(body, 1);
  return payload;
}
