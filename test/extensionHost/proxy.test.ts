import * as assert from 'node:assert';
import * as dns from 'node:dns/promises';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/explorer/nodes/treeNode';
import { makeTestTls, PROXIED_HOST, type RunningProxy, startSquid } from '../support/testProxy';
import { item, labels, nodeAt, useEmulator } from './harness';
import { recordingSession } from './session';

/** VS Code's own proxy setting, as a user behind a company proxy sets it. */
const setProxy = (url: string | undefined): Thenable<void> =>
  vscode.workspace.getConfiguration('http').update('proxy', url, vscode.ConfigurationTarget.Global);

/**
 * Through a real forward proxy (Debian's squid), as most company networks require: the endpoint is a name only the
 * proxy resolves (to the emulator, over https with a certificate of the test's authority), so every call that
 * succeeds went through it.
 */
describe('through a real proxy: VS Code http.proxy, squid, an endpoint only the proxy can resolve', () => {
  const session = recordingSession();
  let squid: RunningProxy | undefined;
  const tls = (): ReturnType<typeof makeTestTls> => makeTestTls(process.env.ALICLOUD_ECS_TEST_TLS_DIR ?? '');

  afterEach(async () => {
    await setProxy(undefined);
    await squid?.stop();
    squid = undefined;
  });

  /** The first row of the tree: with DescribeRegions refused, the error of the whole view. */
  const firstRow = async (): Promise<vscode.TreeItem> => item((await session.api.treeDataProvider.getChildren())[0] as TreeNode);

  it('loads the tree through the proxy, every call a tunnel to the name only the proxy knows', async function () {
    if (process.env.ALICLOUD_ECS_TEST_TLS_TRUSTED !== '1') {
      // The launcher adds the test's authority to the system's store only as root (CI is); VS Code trusts no other.
      this.skip();
    }
    await assert.rejects(dns.lookup(PROXIED_HOST), 'nothing but the proxy resolves the name');
    squid = await startSquid();
    await setProxy(squid.url);
    session.emulator = await useEmulator({ tls: { ...tls(), hostName: PROXIED_HOST } });
    assert.ok((await labels(session.api, await nodeAt(session.api, 'China (Hangzhou)', 'Instances'))).includes('web-1'));
    assert.ok((await labels(session.api, await nodeAt(session.api, 'China (Hangzhou)', 'Network Interfaces'))).includes('spare-k'));
    assert.ok(session.emulator.totalCalls() > 0);
    const tunnels = squid.accessLog().filter((line) => line.includes(`CONNECT ${PROXIED_HOST}:${session.emulator?.port ?? 0}`));
    assert.ok(tunnels.length > 0, `squid logged no tunnel to the emulator: ${squid.accessLog().join('\n')}`);
    assert.ok(tunnels.every((line) => line.includes('TCP_TUNNEL/200')));
  });

  it('explains a proxy that asks for credentials (407) as NetworkError.Proxy, naming what to set', async () => {
    squid = await startSquid({ requireAuthentication: true });
    await setProxy(squid.url);
    session.emulator = await useEmulator({ tls: { ...tls(), hostName: PROXIED_HOST } });
    const error = await firstRow();
    assert.strictEqual(error.label, "Couldn't load: NetworkError.Proxy");
    assert.match(String(error.tooltip), /http\.proxy/, 'the row says what to set');
    assert.ok(squid.accessLog().some((line) => line.includes('TCP_DENIED/407')));
    assert.strictEqual(session.emulator.totalCalls(), 0, 'nothing reached the endpoint');
  });

  it('explains a proxy that is down as NetworkError.Proxy', async () => {
    const stopped = await startSquid();
    const url = stopped.url;
    await stopped.stop();
    await setProxy(url);
    session.emulator = await useEmulator({ tls: { ...tls(), hostName: PROXIED_HOST } });
    const error = await firstRow();
    assert.strictEqual(error.label, "Couldn't load: NetworkError.Proxy");
    assert.strictEqual(session.emulator.totalCalls(), 0);
  });
});
