import * as assert from 'node:assert';
import { isLoopbackHost } from '../../emulator/loopback';

describe('emulator Host check (DNS rebinding)', () => {
  it('takes every loopback name and address, with or without a port', () => {
    for (const host of [
      '127.0.0.1',
      '127.0.0.1:8787',
      '127.255.255.254:1',
      'localhost',
      'LocalHost:80',
      '[::1]',
      '[::1]:8787',
      '[0:0:0:0:0:0:0:1]:8787',
      '127.1:8787',
      '0x7f.0.0.1',
    ]) {
      assert.ok(isLoopbackHost(host), host);
    }
  });

  it('refuses other hosts, names that merely contain a loopback address, and hosts with extra parts', () => {
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:8787',
      '127.0.0.1.nip.io',
      'localhost.evil.example',
      'localhost.',
      '10.0.0.1',
      '128.0.0.1',
      '0.0.0.0',
      '[::2]',
      '[::ffff:127.0.0.1]',
      'evil.example@127.0.0.1',
      '127.0.0.1/x',
      '127.0.0.1:99999',
      'localhost:port',
      ' 127.0.0.1',
    ]) {
      assert.ok(!isLoopbackHost(host), String(host));
    }
  });
});
