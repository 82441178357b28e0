import * as assert from 'node:assert/strict';
import {
  acceptLanguageFor,
  connectionSettings,
  DEFAULT_TIMEOUT_SECONDS,
  endpointChoice,
  parseEndpoint,
} from '../../../src/cloud/connectionSettings';
import { clampSetting } from '../../../src/domain/settingValues';

const custom = (url: string, host: string) => ({ kind: 'custom', url, host });

describe('connection settings', () => {
  it('takes an endpoint as Alibaba Cloud documents it, host[:port], and as a URL', () => {
    assert.deepEqual(parseEndpoint(''), { kind: 'public' });
    assert.deepEqual(parseEndpoint(undefined), { kind: 'public' });
    assert.deepEqual(
      parseEndpoint('ecs-vpc.cn-hangzhou.aliyuncs.com'),
      custom('https://ecs-vpc.cn-hangzhou.aliyuncs.com', 'ecs-vpc.cn-hangzhou.aliyuncs.com'),
    );
    assert.deepEqual(parseEndpoint(' ecs.example.com:8443 '), custom('https://ecs.example.com:8443', 'ecs.example.com:8443'));
    assert.deepEqual(parseEndpoint('127.0.0.1:8787'), custom('http://127.0.0.1:8787', '127.0.0.1:8787'));
    assert.deepEqual(parseEndpoint('localhost:8787'), custom('http://localhost:8787', 'localhost:8787'));
    assert.deepEqual(parseEndpoint('http://127.0.0.1:8787'), custom('http://127.0.0.1:8787', '127.0.0.1:8787'));
    assert.deepEqual(parseEndpoint('http://[::1]:8787/'), custom('http://[::1]:8787', '[::1]:8787'));
    assert.deepEqual(parseEndpoint('HTTPS://ECS.example.com'), custom('https://ecs.example.com', 'ecs.example.com'));
  });

  it('refuses plain http to any host but this machine, and anything that is not only a host', () => {
    const problem = (value: unknown): string => {
      const parsed = parseEndpoint(value);
      assert.equal(parsed.kind, 'unusable', `${String(value)} is refused`);
      return parsed.kind === 'unusable' ? parsed.problem : '';
    };
    assert.match(problem('http://ecs.example.com'), /plain http/);
    assert.match(problem('http://10.0.0.1:8787'), /plain http/);
    assert.match(problem('http://127.0.0.1.evil.example'), /plain http/);
    assert.match(problem('ftp://example.com'), /https:\/\//);
    assert.match(problem('https://127.0.0.1:8787/api'), /only a host/);
    assert.match(problem('https://user:pw@ecs.example.com'), /only a host/);
    assert.match(problem('https://ecs.example.com?x=1'), /only a host/);
    assert.match(problem('x@host#'), /only a host|not an endpoint/);
    assert.match(problem('not a url'), /not an endpoint|only a host/);
    assert.match(problem(42), /must be text/);
  });

  it('clamps number settings into their range and ignores what is not a number', () => {
    const range = { min: 1, max: 600 };
    assert.equal(clampSetting(0.001, range, 30), 1);
    assert.equal(clampSetting(-4, range, 30), 1);
    assert.equal(clampSetting(1e9, range, 30), 600);
    assert.equal(clampSetting(12, range, 30), 12);
    assert.equal(clampSetting('12', range, 30), 30);
    assert.equal(clampSetting(Number.NaN, range, 30), 30);
    assert.equal(connectionSettings({ kind: 'public' }, 0.001).timeoutMs, 1000);
    assert.equal(connectionSettings({ kind: 'public' }, undefined).timeoutMs, DEFAULT_TIMEOUT_SECONDS * 1000);
  });

  it('uses an endpoint from the workspace only once the user agreed to that value', () => {
    const none = (): boolean => false;
    assert.deepEqual(endpointChoice({ user: 'https://mine.example.com' }, none), { use: 'https://mine.example.com' });
    assert.deepEqual(endpointChoice({ workspace: 'evil.example.com' }, none), { use: undefined, ask: 'evil.example.com' });
    assert.deepEqual(endpointChoice({ user: 'mine.example.com', workspace: 'evil.example.com' }, none), {
      use: 'mine.example.com',
      ask: 'evil.example.com',
    });
    assert.deepEqual(
      endpointChoice({ workspace: 'evil.example.com' }, (value) => value === 'evil.example.com'),
      { use: 'evil.example.com' },
    );
    assert.deepEqual(endpointChoice({ user: 'same.example.com', workspace: ' same.example.com ' }, none), { use: ' same.example.com ' });
    assert.deepEqual(
      endpointChoice({ user: 'mine.example.com', workspace: '' }, none),
      { use: 'mine.example.com', ask: '' },
      'back to Alibaba Cloud, away from the user’s own endpoint, is asked about like any other',
    );
    assert.deepEqual(
      endpointChoice({ user: 'mine.example.com', workspace: '' }, (value) => value === ''),
      { use: '' },
    );
  });

  it('carries an unusable endpoint to the adapter, which refuses every call with it', () => {
    const settings = connectionSettings({ kind: 'unusable', problem: 'no' }, 10);
    assert.equal(settings.endpoint, undefined);
    assert.equal(settings.endpointProblem, 'no');
  });

  it('asks ECS for region names in Chinese when VS Code shows Chinese, else in English', () => {
    assert.equal(acceptLanguageFor('zh-cn'), 'zh-CN');
    assert.equal(acceptLanguageFor('zh-tw'), 'zh-CN');
    assert.equal(acceptLanguageFor('en'), 'en-US');
    assert.equal(acceptLanguageFor('ja'), 'en-US');
    assert.equal(connectionSettings({ kind: 'public' }, undefined, 'zh-cn').acceptLanguage, 'zh-CN');
  });
});

describe('connection settings, at their edges', () => {
  const kind = (value: unknown): string => parseEndpoint(value).kind;

  it('takes a null setting for no setting', () => {
    assert.deepEqual(parseEndpoint(null), { kind: 'public' });
  });

  it('knows this machine only by its exact names and addresses', () => {
    assert.deepEqual(parseEndpoint('127.0.0.10:8787'), custom('http://127.0.0.10:8787', '127.0.0.10:8787'));
    assert.deepEqual(parseEndpoint('http://127.100.200.1:8787'), custom('http://127.100.200.1:8787', '127.100.200.1:8787'));
    assert.equal(kind('http://notlocalhost:8787'), 'unusable');
    assert.equal(kind('http://evil-127.0.0.1.example.com'), 'unusable');
    assert.deepEqual(parseEndpoint('notlocalhost:8787'), custom('https://notlocalhost:8787', 'notlocalhost:8787'));
  });

  it('takes a host of one-letter labels, and no host with a character a DNS name cannot have', () => {
    assert.deepEqual(parseEndpoint('x.example.com'), custom('https://x.example.com', 'x.example.com'));
    assert.deepEqual(parseEndpoint('a'), custom('https://a', 'a'));
    assert.equal(kind('https://ecs_1.example.com'), 'unusable');
    assert.equal(kind('ecs.example_1.com'), 'unusable');
  });

  it('reads a "://" after the host as a path, not as a scheme', () => {
    const endpoint = parseEndpoint('ecs.example.com/a://b');
    assert.equal(endpoint.kind, 'unusable');
    assert.match(endpoint.kind === 'unusable' ? endpoint.problem : '', /^The endpoint must be only a host and port/);
  });

  it('gives the adapter the endpoint URL, or none, and the problem only of an unusable one', () => {
    assert.deepEqual(connectionSettings({ kind: 'custom', url: 'https://ecs.example.com', host: 'ecs.example.com' }, 10), {
      endpoint: 'https://ecs.example.com',
      timeoutMs: 10_000,
      acceptLanguage: 'en-US',
    });
    assert.deepEqual(connectionSettings({ kind: 'public' }, 10), { endpoint: undefined, timeoutMs: 10_000, acceptLanguage: 'en-US' });
    assert.deepEqual(connectionSettings({ kind: 'unusable', problem: 'no' }, 10), {
      endpoint: undefined,
      endpointProblem: 'no',
      timeoutMs: 10_000,
      acceptLanguage: 'en-US',
    });
  });

  it("compares the workspace's endpoint with the user's trimmed", () => {
    const none = (): boolean => false;
    assert.deepEqual(endpointChoice({ user: ' same.example.com ', workspace: 'same.example.com' }, none), { use: 'same.example.com' });
    assert.deepEqual(endpointChoice({ workspace: '  ' }, none), { use: '  ' });
  });

  it('ignores a workspace value that is not text: it neither breaks the extension nor replaces the user’s value', () => {
    const none = (): boolean => false;
    for (const workspace of [42, true, null, {}, ['evil.example.com']]) {
      assert.deepEqual(
        endpointChoice({ user: 'mine.example.com', workspace }, none),
        { use: 'mine.example.com' },
        JSON.stringify(workspace),
      );
      assert.deepEqual(endpointChoice({ workspace }, none), { use: undefined }, JSON.stringify(workspace));
    }
  });
});
