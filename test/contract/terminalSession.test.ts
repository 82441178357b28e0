import * as assert from 'node:assert';
import WebSocket from 'ws';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { openSession, type SessionEnd, type TerminalSession } from '../../src/cloud/sessionClient';
import { decodeFrame, encodeFrame, MessageType } from '../../src/cloud/sessionFrames';
import { demoAccount, secondAccount } from '../emulator/demoData';
import { BATCH_WORKER, LEGACY_ERP, WEB_1 } from '../emulator/demoIds';
import { newGuest } from '../emulator/guest/guest';
import { type EmulatorOptions, EcsEmulator } from '../emulator/server';
import { adapterFor, answerOf, DEMO_KEYS, ONE_ATTEMPT } from './helpers';

const REGION = 'cn-hangzhou';

/** Looks again every 20 ms until `done` holds: for the emulator's side of a session, which tells no events; the test's timeout bounds it. */
async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A session through the real adapter and the session client, with what it printed and how it ended. */
class Terminal {
  text = '';
  end: SessionEnd | undefined;
  readonly session: TerminalSession;
  private readonly waiting: Array<{ readonly done: () => boolean; readonly resolve: () => void }> = [];

  constructor(url: string, token: string, keepaliveMs?: number) {
    const decoder = new TextDecoder('utf-8');
    this.session = openSession(
      url,
      token,
      {
        output: (data) => {
          this.text += decoder.decode(data, { stream: true });
          this.check();
        },
        ended: (end) => {
          this.end = end;
          this.check();
        },
      },
      keepaliveMs === undefined ? {} : { keepaliveMs },
    );
  }

  private check(): void {
    for (const waiter of [...this.waiting]) {
      if (waiter.done()) {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /** Resolves when `done` holds (checked at each output and at the end); the test's timeout bounds the wait. */
  until(done: () => boolean): Promise<void> {
    return done() ? Promise.resolve() : new Promise((resolve) => this.waiting.push({ done, resolve }));
  }

  printed(pattern: RegExp): Promise<void> {
    return this.until(() => pattern.test(this.text));
  }
}

describe('contract: a Session Manager terminal, through the adapter and the session client', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;
  const start = async (options: EmulatorOptions = {}): Promise<void> => {
    emulator = await EcsEmulator.start({ terminal: { startMs: 50 }, ...options });
    api = adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT);
  };
  afterEach(async () => {
    await emulator.close();
  });
  const open = async (keepaliveMs?: number): Promise<Terminal> => {
    const started = await api.startTerminalSession(REGION, WEB_1);
    assert.match(started.webSocketUrl, /^ws:\/\/127\.0\.0\.1:\d+\/session\?sessionId=s-/);
    return new Terminal(started.webSocketUrl, started.securityToken, keepaliveMs);
  };
  const prompt = /ecs-assist-user@iZbp1h4adlltjc1d48goaqZ:~\$ $/;

  it('runs a shell: what is typed is echoed, Chinese output arrives whole, the size follows resize, exit ends it', async () => {
    await start();
    const terminal = await open();
    terminal.session.resize(120, 40);
    terminal.session.input("echo '你好，世界'\r");
    await terminal.printed(/你好，世界\r\n.*\$ $/s);
    assert.match(terminal.text, /^Welcome to Alibaba Cloud Elastic Compute Service !\r\n\r\necs-assist-user@/);
    assert.ok(terminal.text.includes("echo '你好，世界'\r\n你好，世界\r\n"), JSON.stringify(terminal.text));
    terminal.session.input('stty size\r');
    await terminal.printed(/40 120\r\n/);
    terminal.session.input('ip -br addr show dev eth0\r');
    await terminal.printed(/eth0 {13}UP {13}172\.16\.181\.225\/24 \r\n/);
    terminal.session.input('exit\r');
    await terminal.until(() => terminal.end !== undefined);
    assert.deepStrictEqual(terminal.end, { kind: 'exit' });
  });

  it('stops a running command on Ctrl-C, takes Backspace, and is closed by the client with a close frame', async () => {
    await start();
    const terminal = await open();
    await terminal.printed(prompt);
    terminal.session.input('sleep 600\r');
    await terminal.printed(/sleep 600\r\n$/);
    terminal.session.input('\u0003');
    await terminal.printed(/\^C\r\necs-assist-user@.*\$ $/);
    terminal.session.input('echo ab\u007fc\r');
    await terminal.printed(/\r\nac\r\n/);
    const [session] = emulator.world.sessions.all();
    terminal.session.close();
    assert.deepStrictEqual(terminal.end, { kind: 'closedHere' });
    await waitUntil(() => session?.state === 'ended');
  });

  it('is closed by Cloud Assistant when the client is silent, and kept open by the client’s keepalive', async () => {
    await start({ terminal: { startMs: 50, idleMs: 400 } });
    const silent = await open(60_000);
    await silent.until(() => silent.end !== undefined);
    assert.deepStrictEqual(silent.end, { kind: 'idle' });
    const kept = await open(100);
    kept.session.resize(80, 24);
    const session = emulator.world.sessions.all().at(-1);
    await waitUntil(() => (session?.framesFromClient ?? 0) >= 8 || kept.end !== undefined);
    assert.strictEqual(kept.end, undefined, 'eight keepalives later, still open');
    kept.session.close();
  });

  it('refuses an address used twice or older than ten minutes, and says so as the end of the session', async () => {
    await start();
    const started = await api.startTerminalSession(REGION, WEB_1);
    const first = new Terminal(started.webSocketUrl, started.securityToken);
    await first.printed(prompt);
    const second = new Terminal(started.webSocketUrl, started.securityToken);
    await second.until(() => second.end !== undefined);
    assert.deepStrictEqual(second.end, { kind: 'expired', status: 403 });
    first.session.close();
    const later = await api.startTerminalSession(REGION, WEB_1);
    emulator.world.clock.advance(10 * 60 * 1000 + 1);
    const late = new Terminal(later.webSocketUrl, later.securityToken);
    await late.until(() => late.end !== undefined);
    assert.deepStrictEqual(late.end, { kind: 'expired', status: 403 });
  });

  it('speaks the same frames to a plain WebSocket client', async () => {
    await start();
    const started = await api.startTerminalSession(REGION, WEB_1);
    const socket = new WebSocket(started.webSocketUrl);
    const outputs: string[] = [];
    await new Promise<void>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('message', (data: Buffer) => {
        const frame = decodeFrame(new Uint8Array(data));
        if (frame?.type === MessageType.output) {
          outputs.push(Buffer.from(frame.payload).toString('utf8'));
          if (outputs.join('').endsWith('$ ') && outputs.length === 1) {
            socket.send(encodeFrame(MessageType.input, 0, new TextEncoder().encode('hostname\r')));
          }
          if (outputs.join('').includes('iZbp1h4adlltjc1d48goaqZ\r\n')) {
            resolve();
          }
        }
      });
    });
    socket.close();
    assert.ok(outputs.join('').includes('hostname\r\niZbp1h4adlltjc1d48goaqZ\r\n'), JSON.stringify(outputs));
  });

  it('opens no session where ECS would not: a Stopped instance, no agent, an agent too old, past the quota', async () => {
    const demo = demoAccount();
    const web1 = demo.instances.get(WEB_1);
    assert.ok(web1);
    web1.guest = newGuest('alinux3', { agentVersion: '2.2.3.100' });
    await start({ accounts: { demo, second: secondAccount() } });
    assert.strictEqual(await answerOf(api.startTerminalSession(REGION, BATCH_WORKER)), 'InvalidInstance.NotMatch');
    assert.strictEqual(await answerOf(api.startTerminalSession(REGION, LEGACY_ERP)), 'InvalidInstance.NotMatch');
    assert.strictEqual(await answerOf(api.startTerminalSession(REGION, WEB_1)), 'InvalidInstance.NotMatch');
    const web2 = 'i-bp1b8kf3yu0o4q1jh2xa';
    for (let index = 0; index < 20; index += 1) {
      await api.startTerminalSession(REGION, web2);
    }
    assert.strictEqual(await answerOf(api.startTerminalSession(REGION, web2)), 'SessionCount.ExceedQuota');
  });
});
