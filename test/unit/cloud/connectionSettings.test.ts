import * as assert from 'node:assert';
import { acceptLanguageFor, connectionSettings, DEFAULT_TIMEOUT_SECONDS, endpointProblem } from '../../../src/cloud/connectionSettings';

describe('connection settings', () => {
  it('accepts a scheme and host, with or without a port', () => {
    assert.strictEqual(endpointProblem('http://127.0.0.1:8787'), undefined);
    assert.strictEqual(endpointProblem('https://ecs-vpc.cn-hangzhou.aliyuncs.com'), undefined);
    assert.strictEqual(endpointProblem(''), undefined);
  });

  it('explains an endpoint it cannot use', () => {
    assert.match(endpointProblem('127.0.0.1:8787') ?? '', /scheme and host/);
    assert.match(endpointProblem('not a url') ?? '', /not a URL/);
    assert.match(endpointProblem('http://127.0.0.1:8787/api') ?? '', /only a scheme and host/);
    assert.match(endpointProblem('ftp://example.com') ?? '', /http:\/\//);
  });

  it('turns the timeout into milliseconds and falls back on nonsense', () => {
    assert.deepStrictEqual(connectionSettings(' http://127.0.0.1:1 ', 12),
      { endpoint: 'http://127.0.0.1:1', timeoutMs: 12_000, acceptLanguage: 'en-US' });
    assert.strictEqual(connectionSettings(undefined, -4).timeoutMs, DEFAULT_TIMEOUT_SECONDS * 1000);
    assert.strictEqual(connectionSettings('', undefined).endpoint, undefined);
  });

  it('asks ECS for region names in Chinese when VS Code shows Chinese, else in English', () => {
    assert.strictEqual(acceptLanguageFor('zh-cn'), 'zh-CN');
    assert.strictEqual(acceptLanguageFor('zh-tw'), 'zh-CN');
    assert.strictEqual(acceptLanguageFor('en'), 'en-US');
    assert.strictEqual(acceptLanguageFor('ja'), 'en-US');
    assert.strictEqual(connectionSettings(undefined, undefined, 'zh-cn').acceptLanguage, 'zh-CN');
  });
});
