import * as assert from 'node:assert';
import { decodeFrame, encodeFrame, MessageType, readSize, readStatus, sizePayload, statusPayload } from '../../../src/cloud/sessionFrames';

describe('the frames of a Session Manager session', () => {
  it('writes the client’s 30-byte header, little-endian, with empty ids, and reads it back', () => {
    const frame = encodeFrame(MessageType.input, 7, new TextEncoder().encode('ls\r'), 1_700_000_000_123);
    assert.strictEqual(frame.length, 33);
    assert.deepStrictEqual([...frame.subarray(0, 10)], [0, 0, 0, 0, 0x31, 0x2e, 0x30, 0x31, 0, 0], 'type 0, "1.01", no ids');
    const view = new DataView(frame.buffer);
    assert.deepStrictEqual(
      [view.getBigUint64(10, true), view.getBigInt64(18, true), view.getUint32(26, true)],
      [1_700_000_000_123n, 7n, 3],
    );
    const read = decodeFrame(frame);
    assert.deepStrictEqual(
      read && { type: read.type, sequence: read.sequence, createdAt: read.createdAt, payload: new TextDecoder().decode(read.payload) },
      { type: 0, sequence: 7n, createdAt: 1_700_000_000_123n, payload: 'ls\r' },
    );
  });

  it('reads a frame whose server filled in the ids: the header grows by their length', () => {
    const sessionId = new TextEncoder().encode('s-abc');
    const instanceId = new TextEncoder().encode('i-bp1');
    const payload = new TextEncoder().encode('你好');
    const frame = new Uint8Array(30 + sessionId.length + instanceId.length + payload.length);
    const view = new DataView(frame.buffer);
    view.setUint32(0, MessageType.output, true);
    frame.set(new TextEncoder().encode('1.01'), 4);
    frame[8] = sessionId.length;
    frame.set(sessionId, 9);
    frame[9 + sessionId.length] = instanceId.length;
    frame.set(instanceId, 10 + sessionId.length);
    const at = 10 + sessionId.length + instanceId.length;
    view.setBigUint64(at, 5n, true);
    view.setBigInt64(at + 8, 1n, true);
    view.setUint32(at + 16, payload.length, true);
    frame.set(payload, at + 20);
    const read = decodeFrame(frame);
    assert.deepStrictEqual([read?.type, read?.sequence, new TextDecoder().decode(read?.payload)], [MessageType.output, 1n, '你好']);
  });

  it('refuses what is too short or made at time 0, as the client does', () => {
    assert.strictEqual(decodeFrame(new Uint8Array(29)), undefined);
    const zero = encodeFrame(MessageType.output, 0, new Uint8Array(0));
    new DataView(zero.buffer).setBigUint64(10, 0n, true);
    assert.strictEqual(decodeFrame(zero), undefined);
    const lyingLength = new Uint8Array(30);
    lyingLength[8] = 200;
    assert.strictEqual(decodeFrame(lyingLength), undefined);
  });

  it('sends the size as rows then columns, and reads a status’s code and reason', () => {
    assert.deepStrictEqual([...sizePayload(120, 40)], [40, 0, 120, 0]);
    assert.deepStrictEqual(readSize(sizePayload(0, 99_999)), { rows: 32767, columns: 1 });
    assert.deepStrictEqual(readStatus(statusPayload(5, 'Exit')), { kind: 'closed', reason: 'Exit' });
    assert.deepStrictEqual(readStatus(statusPayload(2, 'no agent')), { kind: 'connectFailed', reason: 'no agent' });
    assert.deepStrictEqual(readStatus(new Uint8Array([7, 0, 64])), { kind: 'other', code: 7 });
  });
});
