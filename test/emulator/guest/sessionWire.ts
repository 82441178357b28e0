/**
 * The emulator's own reading and writing of Session Manager frames, apart from the extension's codec
 * (`src/cloud/sessionFrames.ts`) so that a mistake in one is caught by the other. As the server relays them: integers
 * little-endian; the type (u32) at 0, "1.01" at 4, then a session id and an instance id each after its length (u8) —
 * this side fills both in, as a server may, and the client must read past them — the time (u64), the sequence (i64),
 * the payload's length (u32), the payload.
 */

export const FRAME = { input: 0, output: 1, size: 2, close: 3, status: 5 } as const;

export function writeFrame(type: number, sequence: number, payload: Uint8Array, sessionId: string, instanceId: string): Buffer {
  const session = Buffer.from(sessionId, 'ascii');
  const instance = Buffer.from(instanceId, 'ascii');
  const head = Buffer.alloc(30 + session.length + instance.length);
  head.writeUInt32LE(type, 0);
  head.write('1.01', 4, 'ascii');
  head.writeUInt8(session.length, 8);
  session.copy(head, 9);
  head.writeUInt8(instance.length, 9 + session.length);
  instance.copy(head, 10 + session.length);
  const at = 10 + session.length + instance.length;
  head.writeBigUInt64LE(BigInt(Date.now()), at);
  head.writeBigInt64LE(BigInt(sequence), at + 8);
  head.writeUInt32LE(payload.length, at + 16);
  return Buffer.concat([head, Buffer.from(payload)]);
}

/** A client's frame: its ids are empty, so its payload starts at 30. Undefined for what is not one. */
export function readFrame(data: Buffer): { readonly type: number; readonly payload: Buffer } | undefined {
  if (data.length < 30 || data.readUInt8(8) !== 0 || data.readUInt8(9) !== 0 || data.readBigUInt64LE(10) === 0n) {
    return undefined;
  }
  const length = data.readUInt32LE(26);
  return data.length === 30 + length ? { type: data.readUInt32LE(0), payload: data.subarray(30) } : undefined;
}
