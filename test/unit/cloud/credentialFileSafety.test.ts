import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_CREDENTIAL_FILE_BYTES, readBoundedFile } from '../../../src/cloud/boundedFileRead';
import { brokenFileFor, type CredentialEnvironment, readCredentialFiles } from '../../../src/cloud/credentialFiles';
import { secretValuesIn } from '../../../src/domain/secretValues';

/** A CLI config that a trailing comma breaks, holding every kind of secret the aliyun CLI writes. */
const CORRUPT_CONFIG = `{
  "current": "work",
  "profiles": [
    { "name": "work", "mode": "StsToken", "access_key_id": "LTAI5tCorruptKeyId01",
      "access_key_secret": "corrupt-secret-value-0123456789", "sts_token": "CAIS-corrupt-sts-token-abcdef",
      "oauth_refresh_token": "oauth-refresh-token-value-xyz", "oauth_access_token": "oauth-access-token-value-xyz",
      "region_id": "cn-hangzhou", },
  ]
}`;
const CORRUPT_SECRETS = [
  'corrupt-secret-value-0123456789',
  'CAIS-corrupt-sts-token-abcdef',
  'oauth-refresh-token-value-xyz',
  'oauth-access-token-value-xyz',
];

describe('reading credential files safely', () => {
  let home: string;
  const at = (env: NodeJS.ProcessEnv = {}): CredentialEnvironment => ({ env, home });
  const configPath = (): string => path.join(home, '.aliyun', 'config.json');

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-safety-'));
    fs.mkdirSync(path.join(home, '.aliyun'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('names where a corrupt config goes wrong by line and column, and keeps nothing of its text', async () => {
    fs.writeFileSync(configPath(), CORRUPT_CONFIG);
    const files = await readCredentialFiles(at({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }));
    assert.deepEqual(files.cli, { kind: 'broken', path: configPath(), reason: 'notJson', position: { line: 7, column: 35 } });
    for (const secret of CORRUPT_SECRETS) {
      assert.ok(files.secrets.includes(secret), `${secret} is known for redaction`);
    }
    assert.ok(
      !files.secrets.includes('cn-hangzhou') && !files.secrets.includes('LTAI5tCorruptKeyId01'),
      'settings and ids are not secrets',
    );
  });

  it('keeps nothing of a secret written without quotes, the case where the parser quotes it', async () => {
    fs.writeFileSync(configPath(), '{"profiles": [{"name": "a", "access_key_secret": unquotedSecretValue99}]}');
    const files = await readCredentialFiles(at());
    assert.deepEqual(files.cli, { kind: 'broken', path: configPath(), reason: 'notJson', position: { line: 1, column: 50 } });
    assert.ok(files.secrets.includes('unquotedSecretValue99'));
    assert.ok(!JSON.stringify(files.cli).includes('unquoted'));
  });

  it('lets the chain pass a broken CLI config only when an earlier step of the chain answers', async () => {
    fs.writeFileSync(configPath(), CORRUPT_CONFIG);
    const chain = { kind: 'chain' } as const;
    assert.equal(brokenFileFor(chain, at(), await readCredentialFiles(at()))?.reason, 'notJson');
    const environment = at({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'a', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'environment-secret-1' });
    const withEnvironment = await readCredentialFiles(environment);
    assert.equal(brokenFileFor(chain, environment, withEnvironment), undefined);
    assert.ok(withEnvironment.secrets.includes('environment-secret-1'));
    const disabled = at({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' });
    assert.equal(brokenFileFor(chain, disabled, await readCredentialFiles(disabled)), undefined);
    assert.equal(brokenFileFor({ kind: 'cliProfile', name: 'work' }, at(), await readCredentialFiles(at()))?.reason, 'notJson');
    assert.equal(brokenFileFor({ kind: 'accessKey' }, at(), await readCredentialFiles(at())), undefined);
  });

  it('does not wait on a FIFO in place of the config', async function () {
    execFileSync('mkfifo', [configPath()]);
    const files = await readCredentialFiles(at());
    assert.deepEqual(files.cli, { kind: 'broken', path: configPath(), reason: 'notAFile' });
  });

  it('does not read a link to an endless device, nor a file over the cap', async () => {
    fs.symlinkSync('/dev/zero', configPath());
    assert.deepEqual((await readCredentialFiles(at())).cli, { kind: 'broken', path: configPath(), reason: 'notAFile' });
    fs.rmSync(configPath());
    fs.writeFileSync(configPath(), Buffer.alloc(MAX_CREDENTIAL_FILE_BYTES + 1, 0x20));
    assert.deepEqual((await readCredentialFiles(at())).cli, { kind: 'broken', path: configPath(), reason: 'tooLarge' });
    assert.deepEqual(await readBoundedFile(path.join(home, 'absent')), { kind: 'absent' });
  });

  it('says a folder in place of the file is not a file, and an unreadable one is unreadable', async () => {
    fs.mkdirSync(configPath());
    assert.equal((await readCredentialFiles(at())).cli.kind === 'broken' && (await readCredentialFiles(at())).cli.kind, 'broken');
    fs.rmdirSync(configPath());
    fs.writeFileSync(configPath(), '{}');
    fs.chmodSync(configPath(), 0o000);
    const asRoot = process.getuid?.() === 0;
    const read = await readBoundedFile(configPath());
    assert.deepEqual(read, asRoot ? { kind: 'text', text: '{}' } : { kind: 'refused', reason: 'unreadable', code: 'EACCES' });
  });
});

describe('finding secret values in a credentials file', () => {
  it("passes a 1 MiB run of word characters in one sweep (a quadratic search would exceed this test's time limit)", () => {
    assert.deepEqual(secretValuesIn('a'.repeat(1 << 20)), []);
    assert.deepEqual(secretValuesIn(`{"k": "${'a'.repeat(1 << 20)}`), []);
    assert.deepEqual(secretValuesIn(`${'k'.repeat(200)} ${'a.'.repeat(1 << 18)}`), []);
  });
});

describe('which broken file stops the standard chain', () => {
  it('is not the shared credentials file when a usable CLI profile comes first', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-chain-'));
    try {
      fs.mkdirSync(path.join(home, '.aliyun'));
      fs.writeFileSync(path.join(home, '.aliyun', 'config.json'), JSON.stringify({ current: 'w', profiles: [{ name: 'w', mode: 'AK' }] }));
      fs.mkdirSync(path.join(home, '.alibabacloud'));
      fs.mkdirSync(path.join(home, '.alibabacloud', 'credentials'));
      const where = { env: {}, home };
      const files = await readCredentialFiles(where);
      assert.equal(files.shared.kind, 'broken');
      assert.equal(brokenFileFor({ kind: 'chain' }, where, files), undefined);
      assert.equal(brokenFileFor({ kind: 'sharedProfile', name: 'default' }, where, files)?.reason, 'notAFile');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
