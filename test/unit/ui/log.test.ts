import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCredentialFiles } from '../../../src/cloud/credentialFiles';
import type * as LogModule from '../../../src/ui/log';
import { withFakeVscode } from '../../support/fakeVscode';

/** The log with its channel replaced by one that keeps the lines, so the test reads exactly what would be written. */
function capturingLog(): { log: LogModule.ExtensionLog; lines: string[]; levels: string[]; shown: boolean[]; disposed: number[] } {
  const lines: string[] = [];
  const levels: string[] = [];
  const shown: boolean[] = [];
  const disposed: number[] = [];
  const keep =
    (level: string) =>
    (line: string): void => {
      lines.push(line);
      levels.push(level);
    };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded while require('vscode') answers with the stand-in
  const { ExtensionLog } = withFakeVscode(() => require('../../../src/ui/log') as typeof LogModule);
  const log = new ExtensionLog({
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
    show: (preserveFocus?: unknown) => {
      shown.push(preserveFocus === true);
    },
    dispose: () => disposed.push(1),
  });
  return { log, lines, levels, shown, disposed };
}

const call = {
  action: 'AttachNetworkInterface',
  regionId: 'cn-hangzhou',
  resourceIds: ['eni-1', 'i-1'],
  attempt: 1,
  durationMs: 42,
  requestId: 'REQ-1',
  outcome: 'ok',
};

describe('the extension log', () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-log-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('writes nothing of a corrupt credentials file that a library quoted whole in its error', async () => {
    const secrets = ['Zk8vQm2secretValue', 'CAISstsTokenValue77', 'oauthRefreshValue42', 'oauthAccessValue43', 'unquotedSecret9000'];
    const file = `{"profiles": [{"name": "w", "mode": "OAuth", "access_key_secret": "${secrets[0]}", "sts_token": "${secrets[1]}",
      "oauth_refresh_token": "${secrets[2]}", "oauth_access_token": "${secrets[3]}", "other": ${secrets[4]}, },]}`;
    fs.mkdirSync(path.join(home, '.aliyun'));
    fs.writeFileSync(path.join(home, '.aliyun', 'config.json'), file);
    const { log, lines } = capturingLog();
    log.neverWrite(...(await readCredentialFiles({ env: {}, home })).secrets);
    log.error('Select Regions failed', new Error(`Unexpected token in JSON: ${file}`));
    log.onCall({
      action: 'DescribeRegions',
      regionId: undefined,
      resourceIds: [],
      attempt: 1,
      durationMs: 3,
      requestId: undefined,
      outcome: 'InvalidCredentialProfile',
      message: file,
    });
    const written = lines.join('\n');
    assert.ok(written.includes('Select Regions failed'), 'the line itself is written');
    for (const secret of secrets) {
      assert.ok(!written.includes(secret), `${secret} reached the log: ${written}`);
    }
  });

  it('writes nothing of a secret typed at sign-in, in any form', () => {
    const { log, lines } = capturingLog();
    log.neverWrite('typed-secret-value-123');
    log.info('calling with typed-secret-value-123');
    log.error('failed', 'AccessKeySecret=typed-secret-value-123');
    assert.ok(!lines.join('\n').includes('typed-secret-value-123'));
    assert.equal(log.redact('x typed-secret-value-123 y'), 'x [redacted] y');
  });

  it('writes each call on one line: the action, where, how long, which attempt, the request id and the outcome', () => {
    const { log, lines, levels } = capturingLog();
    log.onCall(call);
    log.onCall({ ...call, regionId: undefined, resourceIds: [], requestId: undefined, attempt: 2 });
    log.onCall({ ...call, resourceIds: [] });
    assert.deepEqual(lines, [
      'AttachNetworkInterface cn-hangzhou eni-1,i-1 · 42 ms · attempt 1 · request REQ-1 · ok',
      'AttachNetworkInterface · 42 ms · attempt 2 · ok',
      'AttachNetworkInterface cn-hangzhou · 42 ms · attempt 1 · request REQ-1 · ok',
    ]);
    assert.deepEqual(levels, ['info', 'info', 'info']);
  });

  it('writes a call that will be sent again as a warning, and one that failed for good as an error, with the message', () => {
    const { log, lines, levels } = capturingLog();
    log.onCall({ ...call, outcome: 'Throttling.User', message: 'slow down', retryInMs: 800 });
    log.onCall({ ...call, outcome: 'Throttling.User', retryInMs: 0 });
    log.onCall({ ...call, outcome: 'Forbidden.RAM', message: 'no' });
    log.onCall({ ...call, outcome: 'Forbidden.RAM' });
    assert.deepEqual(lines, [
      'AttachNetworkInterface cn-hangzhou eni-1,i-1 · 42 ms · attempt 1 · request REQ-1 · Throttling.User: slow down (retrying in 800 ms)',
      'AttachNetworkInterface cn-hangzhou eni-1,i-1 · 42 ms · attempt 1 · request REQ-1 · Throttling.User:  (retrying in 0 ms)',
      'AttachNetworkInterface cn-hangzhou eni-1,i-1 · 42 ms · attempt 1 · request REQ-1 · Forbidden.RAM: no',
      'AttachNetworkInterface cn-hangzhou eni-1,i-1 · 42 ms · attempt 1 · request REQ-1 · Forbidden.RAM: ',
    ]);
    assert.deepEqual(levels, ['warn', 'warn', 'error', 'error']);
  });

  it('writes an error with its name, message and stack, a thrown value as text, and no detail for none', () => {
    const { log, lines, levels } = capturingLog();
    const error = new TypeError('bad value');
    error.stack = 'TypeError: bad value\n    at here';
    log.error('It failed', error);
    const noStack = new RangeError('too far');
    noStack.stack = undefined;
    log.error('It failed', noStack);
    log.error('It failed', 42);
    log.error('It failed');
    log.info('Just so');
    assert.deepEqual(lines, [
      'It failed\nTypeError: bad value\nTypeError: bad value\n    at here',
      'It failed\nRangeError: too far',
      'It failed\n42',
      'It failed',
      'Just so',
    ]);
    assert.deepEqual(levels, ['error', 'error', 'error', 'error', 'info']);
  });

  it('writes a thrown value that throws when looked at as such, instead of throwing itself', () => {
    const { log, lines } = capturingLog();
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('read me');
        },
        getPrototypeOf: () => {
          throw new Error('read me');
        },
      },
    );
    log.error('It failed', hostile);
    assert.deepEqual(lines, ['It failed\nA value that cannot be read was thrown.']);
  });

  it('shows the channel keeping the focus where it is, and disposes of it', () => {
    const { log, shown, disposed } = capturingLog();
    log.show();
    log.dispose();
    assert.deepEqual(shown, [true]);
    assert.deepEqual(disposed, [1]);
  });
});
