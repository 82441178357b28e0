import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readBoundedFile } from '../../../src/cloud/boundedFileRead';

describe('readBoundedFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounded-read-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('reads a file of exactly the cap whole, and refuses one a byte over', async () => {
    assert.deepStrictEqual(await readBoundedFile(write('at', '0123456789'), 10), { kind: 'text', text: '0123456789' });
    assert.deepStrictEqual(await readBoundedFile(write('over', '0123456789A'), 10), { kind: 'refused', reason: 'tooLarge' });
    assert.deepStrictEqual(await readBoundedFile(write('under', 'ok'), 10), { kind: 'text', text: 'ok' });
    assert.deepStrictEqual(await readBoundedFile(write('empty', ''), 10), { kind: 'text', text: '' });
  });

  it('reads UTF-8 text', async () => {
    assert.deepStrictEqual(await readBoundedFile(write('zh', '{"name": "默认"}')), { kind: 'text', text: '{"name": "默认"}' });
  });

  it('calls a file under a path through a file absent, like a missing one', async () => {
    const file = write('plain', 'x');
    assert.deepStrictEqual(await readBoundedFile(path.join(file, 'config.json')), { kind: 'absent' });
    assert.deepStrictEqual(await readBoundedFile(path.join(dir, 'missing', 'config.json')), { kind: 'absent' });
  });

  it('calls a path the system will not open unreadable, with its code', async () => {
    const loop = path.join(dir, 'loop');
    fs.symlinkSync(loop, loop);
    assert.deepStrictEqual(await readBoundedFile(loop), { kind: 'refused', reason: 'unreadable', code: 'ELOOP' });
    assert.deepStrictEqual(await readBoundedFile(path.join(dir, 'n'.repeat(300))), {
      kind: 'refused',
      reason: 'unreadable',
      code: 'ENAMETOOLONG',
    });
  });

  it('says a folder is not a file', async () => {
    assert.deepStrictEqual(await readBoundedFile(dir), { kind: 'refused', reason: 'notAFile' });
  });

  it('refuses a file that turns out longer than its size said (as files under /proc do)', async function () {
    const status = '/proc/self/status';
    if (!fs.existsSync(status) || fs.statSync(status).size !== 0) {
      this.skip();
    }
    assert.deepStrictEqual(await readBoundedFile(status, 64), { kind: 'refused', reason: 'tooLarge' });
    const whole = await readBoundedFile(status);
    assert.strictEqual(whole.kind, 'text');
    assert.match(whole.kind === 'text' ? whole.text : '', /^Name:/);
  });

  it('calls a file the system will not read unreadable, with its code', async function () {
    // Linux: /proc/self/mem opens and looks like a file, but reading its first page fails with EIO.
    const mem = '/proc/self/mem';
    if (!fs.existsSync(mem)) {
      this.skip();
    }
    assert.deepStrictEqual(await readBoundedFile(mem), { kind: 'refused', reason: 'unreadable', code: 'EIO' });
  });

  it('closes every file it opens', async function () {
    const fds = '/proc/self/fd';
    if (!fs.existsSync(fds)) {
      this.skip();
    }
    const file = write('config', '{}');
    const before = fs.readdirSync(fds).length;
    for (let i = 0; i < 20; i++) {
      await readBoundedFile(file);
      await readBoundedFile(file, 1);
      await readBoundedFile(dir);
    }
    assert.ok(fs.readdirSync(fds).length < before + 5, `${fs.readdirSync(fds).length} descriptors open, ${before} before`);
  });
});
