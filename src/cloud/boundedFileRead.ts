import { constants, promises as fs } from 'node:fs';

/** Credential files are a few kilobytes; anything near this is not one. */
export const MAX_CREDENTIAL_FILE_BYTES = 1024 * 1024;

export type BoundedRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'text'; readonly text: string }
  /** `notAFile`: a FIFO, a device, a socket or a folder; `tooLarge`: over the cap; `unreadable`: the system refused. */
  | { readonly kind: 'refused'; readonly reason: 'notAFile' | 'tooLarge' | 'unreadable'; readonly code?: string };

/**
 * Reads a small regular file without ever blocking: opened non-blocking (a FIFO would otherwise wait for a writer),
 * checked to be a regular file of at most `maxBytes` (a link to /dev/zero never ends), then read asynchronously.
 */
export async function readBoundedFile(file: string, maxBytes = MAX_CREDENTIAL_FILE_BYTES): Promise<BoundedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { kind: 'absent' };
    }
    return { kind: 'refused', reason: 'unreadable', ...(code ? { code } : {}) };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      return { kind: 'refused', reason: 'notAFile' };
    }
    if (stat.size > maxBytes) {
      return { kind: 'refused', reason: 'tooLarge' };
    }
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      length += bytesRead;
      if (bytesRead === 0 || length > maxBytes) {
        break;
      }
    }
    return length > maxBytes ? { kind: 'refused', reason: 'tooLarge' } : { kind: 'text', text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'refused', reason: 'unreadable', ...(code ? { code } : {}) };
  } finally {
    await handle.close();
  }
}
