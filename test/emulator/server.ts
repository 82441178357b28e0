import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { WebSocketServer } from 'ws';
import { DEFAULT_TERMINAL_TIMINGS, GuestTerminal, type TerminalTimings } from './guest/guestTerminal';
import { SESSION_URL_VALID_MS } from './guest/terminalSessions';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { ACTIONS_BY_VERSION, type ActionHandler, ramActionOf } from './actions';
import { KeyStore, type StsToken } from './credentials';
import { demoAccount, secondAccount } from './demoData';
import { EmulatorError, errorForCode, errors } from './errors';
import { carriesOutAction, Faults, type OneShotFault } from './faults';
import { settleLoadedTransitions } from './lifecycle';
import { forbiddenHost, forbiddenWebPage, isFromAWebPage, isLoopbackHost } from './loopback';
import type { EmAccessKey, EmAccount } from './model';
import { Params } from './params';
import { headerText, type ParsedRequest, parseRequest } from './request';
import { RPC_COMMON_PARAMETERS, verifyV2 } from './signatureV2';
import { parseAuthorization, verifyV3 } from './signatureV3';
import { type TransitionDelays, World } from './world';

export const DEFAULT_ACCESS_KEYS: readonly EmAccessKey[] = [
  { accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret', account: 'demo' },
  { accessKeyId: 'emulator-ak-2', accessKeySecret: 'emulator-secret-2', account: 'second' },
];

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly accessKeys?: readonly EmAccessKey[];
  /** Account name → resources; the default is the demo account and a second one. */
  readonly accounts?: Readonly<Record<string, EmAccount>>;
  readonly delays?: Partial<TransitionDelays>;
  /** Seed of the latency jitter and the random error rate. */
  readonly seed?: number;
  /**
   * Serve https with this key and certificate, under `hostName` as well as loopback (a name that only a test's proxy
   * resolves to this machine), as an endpoint other than this machine's own would be reached.
   */
  readonly tls?: { readonly key: string; readonly cert: string; readonly hostName: string };
  /** How soon a session's shell first prints, and how long it waits for its client before it closes. */
  readonly terminal?: Partial<TerminalTimings>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_QUERY_LENGTH = 64 * 1024;
const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;
const HOST_ID = 'ecs.aliyuncs.com';

interface Outcome {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  readonly fault?: 'reset' | 'garbage';
  readonly delayMs: number;
}

/** What the action reads: a V2 request's parameters without the signature's common ones. */
const businessParams = (parsed: ParsedRequest): Array<[string, string]> =>
  parsed.kind === 'v2' ? parsed.params.filter(([key]) => !RPC_COMMON_PARAMETERS.includes(key)) : parsed.params;

/** An action of some API version the emulator answers. */
const isKnownAction = (action: string): boolean => [...ACTIONS_BY_VERSION.values()].some((actions) => actions.has(action));

/** A loopback stand-in for ECS (and VPC's DescribeVSwitches) that the unmodified SDK talks to over HTTP. */
export class EcsEmulator {
  readonly world: World;
  readonly keys: KeyStore;
  readonly faults: Faults;
  /** Calls that reached an action, by action, for tests and benchmarks that count round trips. */
  readonly callCounts = new Map<string, number>();
  /** The actions of the last 1,000 authenticated requests, in the order they arrived: what came after what. */
  readonly callOrder: string[] = [];
  /** The last answers sent (newest last): request id and error code, for tests that check what the user was shown. */
  readonly answers: Array<{ readonly requestId: string; readonly status: number; readonly code: string | undefined }> = [];
  /** The last 200 authenticated requests (newest last): the action and its own parameters, without the signature's. */
  readonly received: Array<{
    readonly action: string;
    readonly version: string;
    readonly params: ReadonlyArray<readonly [string, string]>;
  }> = [];
  private readonly nonces = new Map<string, number>();
  /** The sessions' WebSockets, upgraded from this server's requests. */
  private readonly sockets = new WebSocketServer({ noServer: true });

  private constructor(
    private readonly server: http.Server,
    private readonly options: EmulatorOptions,
  ) {
    const accounts = new Map(Object.entries(options.accounts ?? { demo: demoAccount(), second: secondAccount() }));
    this.world = new World(accounts, options.delays);
    this.keys = new KeyStore(options.accessKeys ?? DEFAULT_ACCESS_KEYS);
    this.faults = new Faults(options.seed);
    accounts.forEach((account) => settleLoadedTransitions(this.world, account));
  }

  static async start(options: EmulatorOptions = {}): Promise<EcsEmulator> {
    const server = options.tls
      ? https.createServer({ maxHeaderSize: 32 * 1024, key: options.tls.key, cert: options.tls.cert })
      : http.createServer({ maxHeaderSize: 32 * 1024 });
    const emulator = new EcsEmulator(server, options);
    server.on('request', (request, response) => emulator.handle(request, response));
    server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => emulator.upgrade(request, socket, head));
    server.on('clientError', (_error, socket) => emulator.refuseMalformed(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    emulator.world.sessions.baseUrl = options.tls ? `wss://${options.tls.hostName}:${emulator.port}` : `ws://127.0.0.1:${emulator.port}`;
    return emulator;
  }

  /** The name a TLS emulator was given, with its port, as a Host header carries it. */
  private isOwnName(host: string | undefined): boolean {
    const name = this.options.tls?.hostName;
    return name !== undefined && host !== undefined && host.toLowerCase() === `${name}:${this.port}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The value for the extension's `alicloudEcs.endpoint` setting. */
  get url(): string {
    const { tls } = this.options;
    return tls ? `https://${tls.hostName}:${this.port}` : `http://127.0.0.1:${this.port}`;
  }

  get accounts(): Map<string, EmAccount> {
    return this.world.accounts;
  }

  get accessKeys(): Map<string, EmAccessKey> {
    return this.keys.accessKeys;
  }

  account(name = 'demo'): EmAccount {
    const account = this.world.accounts.get(name);
    if (!account) {
      throw new Error(`no account ${name}`);
    }
    return account;
  }

  /** Replaces an account's resources with another data set; its transitional resources start settling. */
  loadAccount(name: string, account: EmAccount): void {
    this.world.accounts.set(name, account);
    settleLoadedTransitions(this.world, account);
  }

  issueStsToken(account = 'demo', ttlMs?: number): StsToken {
    return this.keys.issueStsToken(account, this.world.clock.now(), ttlMs);
  }

  /** The API versions the last requests for `action` were sent in, each once. */
  versionsOf(action: string): string[] {
    return [...new Set(this.received.filter((call) => call.action === action).map((call) => call.version))];
  }

  /** Requests of an action that reached it (signed and authorised), whatever was answered: writes sent, for tests. */
  calls(action: string): number {
    return this.callCounts.get(action) ?? 0;
  }

  totalCalls(): number {
    return [...this.callCounts.values()].reduce((sum, count) => sum + count, 0);
  }

  resetCallCounts(): void {
    this.callCounts.clear();
  }

  async close(): Promise<void> {
    this.sockets.clients.forEach((client) => client.terminate());
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * A session's WebSocket (the address StartTerminalSession answered): its id and token must match a session made in
   * the last ten minutes that has not connected yet; anything else is refused with 403 before the upgrade.
   */
  upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const session = this.world.sessions.get(url.searchParams.get('sessionId') ?? '');
    const usable =
      url.pathname === '/session' &&
      session !== undefined &&
      session.token === url.searchParams.get('token') &&
      session.state === 'waiting' &&
      this.world.clock.now() - session.createdAt <= SESSION_URL_VALID_MS;
    if (!usable || !session) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    session.state = 'connected';
    this.sockets.handleUpgrade(request, socket, head, (webSocket) => {
      new GuestTerminal(session, webSocket, { ...DEFAULT_TERMINAL_TIMINGS, ...this.options.terminal });
    });
  }

  /** A request Node could not even parse (a request line or headers beyond the limit): answered as the gateway would. */
  refuseMalformed(socket: Duplex): void {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const requestId = randomUUID().toUpperCase();
    const { body } = this.failure(
      new EmulatorError('InvalidParameter', 400, 'The request is larger than the gateway accepts.'),
      requestId,
      0,
    );
    const text = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json;charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(text)}\r\nx-acs-request-id: ${requestId}\r\nconnection: close\r\n\r\n${text}`,
    );
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      const requestId = randomUUID().toUpperCase();
      const outcome = this.process(request, Buffer.concat(chunks), size, requestId);
      this.answers.push({ requestId, status: outcome.status, code: typeof outcome.body.Code === 'string' ? outcome.body.Code : undefined });
      this.answers.splice(0, Math.max(0, this.answers.length - 200));
      const send = (): void => this.send(response, requestId, outcome);
      if (outcome.delayMs > 0) {
        setTimeout(send, outcome.delayMs);
      } else {
        send();
      }
    });
  }

  private process(request: http.IncomingMessage, body: Buffer, size: number, requestId: string): Outcome {
    let action: string | undefined;
    let delayMs = 0;
    try {
      if (!isLoopbackHost(request.headers.host) && !this.isOwnName(request.headers.host)) {
        throw forbiddenHost(request.headers.host);
      }
      if (isFromAWebPage(request.headers)) {
        throw forbiddenWebPage();
      }
      if (size > MAX_BODY_BYTES || (request.url?.length ?? 0) > MAX_QUERY_LENGTH) {
        throw new EmulatorError('InvalidParameter', 400, 'The request is larger than the gateway accepts.');
      }
      const parsed = parseRequest(request, body);
      action = parsed.action;
      const version = parsed.version ?? '';
      if (action === undefined || !isKnownAction(action)) {
        throw new EmulatorError('InvalidAction.NotFound', 404, 'Specified api is not found, please check your url and method.');
      }
      const handler = ACTIONS_BY_VERSION.get(version)?.get(action);
      if (!handler) {
        throw new EmulatorError('InvalidVersion', 400, 'Specified parameter Version is not valid.');
      }
      const account = this.authenticate(request, parsed, body, ramActionOf(version, action));
      this.callCounts.set(action, (this.callCounts.get(action) ?? 0) + 1);
      this.callOrder.push(action);
      this.callOrder.splice(0, Math.max(0, this.callOrder.length - 1000));
      this.received.push({ action, version, params: businessParams(parsed) });
      this.received.splice(0, Math.max(0, this.received.length - 200));
      delayMs = this.faults.latency();
      const fault = this.faults.take(action, parsed.params.find(([key]) => key === 'RegionId')?.[1], Date.now());
      if (fault?.kind === 'slow') {
        delayMs += fault.ms;
      } else if (fault && !carriesOutAction(fault)) {
        return this.faultAnswer(fault, action, requestId, delayMs);
      }
      const answer = this.runAction(handler, account, parsed, requestId, delayMs);
      // The action ran whatever it answered; a fault that strikes after it loses that answer.
      return fault === undefined || fault.kind === 'slow' ? answer : this.faultAnswer(fault, action, requestId, delayMs);
    } catch (error) {
      const failure = error instanceof EmulatorError ? error : errors.internalError();
      if (!(error instanceof EmulatorError)) {
        console.error(`ECS emulator: ${action ?? 'request'} failed unexpectedly:`, error);
      }
      return this.failure(failure, requestId, delayMs);
    }
  }

  /** The account of the request's key; `ramAction` is what its policy must allow (undefined: nothing to allow). */
  private authenticate(request: http.IncomingMessage, parsed: ParsedRequest, body: Buffer, ramAction: string | undefined): EmAccount {
    switch (parsed.kind) {
      case 'v3':
        return this.authenticateV3(request, parsed.pathname, parsed.query, body, ramAction);
      case 'v2':
        return this.authenticateV2(parsed.method, parsed.params, ramAction);
      case 'unsigned':
        throw errors.missingSignature();
    }
  }

  /** The action's own answer: its result, or the ECS error it refused with. */
  private runAction(handler: ActionHandler, account: EmAccount, parsed: ParsedRequest, requestId: string, delayMs: number): Outcome {
    this.world.settle();
    try {
      const result = handler({ account, params: new Params(businessParams(parsed)), world: this.world });
      return { status: 200, body: { RequestId: requestId, ...result }, delayMs };
    } catch (error) {
      if (error instanceof EmulatorError) {
        return this.failure(error, requestId, delayMs);
      }
      throw error;
    }
  }

  /** What an injected fault answers, in place of the action or of its answer. */
  private faultAnswer(fault: Exclude<OneShotFault, { kind: 'slow' }>, action: string, requestId: string, delayMs: number): Outcome {
    if (fault.kind === 'reset' || fault.kind === 'garbage') {
      return { status: 500, body: {}, fault: fault.kind, delayMs };
    }
    const retryAfter = fault.code.startsWith('Throttling') ? this.faults.retryAfterMs(action, Date.now()) : 0;
    return this.failure(errorForCode(fault.code), requestId, delayMs, retryAfter > 0 ? { 'x-acs-retry-after': String(retryAfter) } : {});
  }

  private failure(error: EmulatorError, requestId: string, delayMs: number, headers: Record<string, string> = {}): Outcome {
    return {
      status: error.httpStatus,
      delayMs,
      headers,
      body: {
        RequestId: requestId,
        HostId: HOST_ID,
        Code: error.code,
        Message: error.message,
        Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Ecs&requestId=${requestId}`,
      },
    };
  }

  private authenticateV3(
    request: http.IncomingMessage,
    pathname: string,
    query: Array<[string, string]>,
    body: Buffer,
    ramAction: string | undefined,
  ): EmAccount {
    const auth = parseAuthorization(headerText(request.headers.authorization));
    const now = this.world.clock.now();
    const key = this.keys.resolve(auth.accessKeyId, headerText(request.headers['x-acs-security-token']), now);
    const declared = headerText(request.headers['x-acs-accesskey-id']);
    if (declared !== undefined && declared !== auth.accessKeyId) {
      throw new EmulatorError('InvalidSecurityToken.MismatchWithAccessKey', 400, 'Specified SecurityToken mismatch with the AccessKey.');
    }
    verifyV3({ method: request.method ?? 'POST', pathname, query, headers: request.headers, body }, auth, key.secret);
    this.checkFreshness(headerText(request.headers['x-acs-date']) ?? '', headerText(request.headers['x-acs-signature-nonce']) ?? '');
    return this.accountFor(key.account, key.deniedRamActions, ramAction);
  }

  private authenticateV2(method: string, params: Array<[string, string]>, ramAction: string | undefined): EmAccount {
    const value = (name: string): string | undefined => params.find(([key]) => key === name)?.[1];
    const accessKeyId = value('AccessKeyId');
    if (!accessKeyId) {
      throw new EmulatorError('MissingAccessKeyId', 400, 'AccessKeyId is mandatory for this action.');
    }
    const key = this.keys.resolve(accessKeyId, value('SecurityToken'), this.world.clock.now());
    verifyV2(method, params, key.secret);
    this.checkFreshness(value('Timestamp') ?? '', value('SignatureNonce') ?? '');
    return this.accountFor(key.account, key.deniedRamActions, ramAction);
  }

  private accountFor(name: string, deniedRamActions: readonly string[], ramAction: string | undefined): EmAccount {
    if (ramAction !== undefined && deniedRamActions.includes(ramAction)) {
      throw errors.forbiddenRam();
    }
    const account = this.world.accounts.get(name);
    if (!account) {
      throw new EmulatorError('Forbidden.AccountNotFound', 403, 'The account of this AccessKey does not exist.');
    }
    return account;
  }

  /** Dates more than 15 minutes away from the emulator's clock, and nonces seen within 15 minutes, are refused. */
  private checkFreshness(date: string, nonce: string): void {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date)) {
      throw new EmulatorError('InvalidTimeStamp.Format', 400, 'Specified time stamp or date value is not well formatted.');
    }
    const now = this.world.clock.now();
    if (Math.abs(now - Date.parse(date)) > TIMESTAMP_WINDOW_MS) {
      throw new EmulatorError('InvalidTimeStamp.Expired', 400, 'Specified time stamp or date value is expired.');
    }
    // The clock only moves on, so the map holds nonces oldest first: prune up to the first one still fresh.
    for (const [seen, at] of this.nonces) {
      if (now - at <= TIMESTAMP_WINDOW_MS) {
        break;
      }
      this.nonces.delete(seen);
    }
    if (this.nonces.has(nonce)) {
      throw new EmulatorError('SignatureNonceUsed', 400, 'Specified signature nonce was used already.');
    }
    this.nonces.set(nonce, now);
  }

  private send(response: http.ServerResponse, requestId: string, outcome: Outcome): void {
    if (outcome.fault === 'reset') {
      response.socket?.destroy();
      return;
    }
    const text = outcome.fault === 'garbage' ? '<html>502 Bad Gateway</html>' : JSON.stringify(outcome.body);
    response.writeHead(outcome.fault === 'garbage' ? 502 : outcome.status, {
      'content-type': outcome.fault === 'garbage' ? 'text/html' : 'application/json;charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-acs-request-id': requestId,
      ...outcome.headers,
    });
    response.end(text);
  }
}
