import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCredentialFiles } from '../../../src/cloud/credentialFiles';
import type * as LogModule from '../../../src/ui/log';
import { withFakeVscode } from '../../support/fakeVscode';

/** The log with its channel replaced by one that keeps the lines, so the test reads exactly what would be written. */
function capturingLog(): { log: LogModule.ExtensionLog; lines: string[] } {
  const lines: string[] = [];
  const keep = (line: string): void => {
    lines.push(line);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded while require('vscode') answers with the stand-in
  const { ExtensionLog } = withFakeVscode(() => require('../../../src/ui/log') as typeof LogModule);
  const log = new ExtensionLog({ info: keep, warn: keep, error: keep, show: () => undefined, dispose: () => undefined });
  return { log, lines };
}

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
});
