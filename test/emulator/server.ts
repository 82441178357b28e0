import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACTIONS } from './actions';
import { demoAccount, secondAccount } from './demoData';
import { EmulatorError } from './errors';
import type { EmAccessKey, EmAccount } from './model';
import { Params } from './params';
import { parseAuthorization, verifyV3 } from './signatureV3';

export const DEFAULT_ACCESS_KEYS: readonly EmAccessKey[] = [
  { accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret', account: 'demo' },
  { accessKeyId: 'emulator-ak-2', accessKeySecret: 'emulator-secret-2', account: 'second' },
];

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly accessKeys?: readonly EmAccessKey[];
  readonly accounts?: Readonly<Record<string, EmAccount>>;
}

const API_VERSION = '2014-05-26';
const MAX_BODY_BYTES = 1024 * 1024;
const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;
const HOST_ID = 'ecs.aliyuncs.com';

function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/** A loopback stand-in for ECS that the unmodified SDK talks to over HTTP. */
export class EcsEmulator {
  readonly accounts: Map<string, EmAccount>;
  readonly accessKeys: Map<string, EmAccessKey>;
  /** Calls answered, by action, for tests and benchmarks that count round trips. */
  readonly callCounts = new Map<string, number>();
  private readonly nonces = new Map<string, number>();

  private constructor(private readonly server: http.Server, options: EmulatorOptions) {
    this.accounts = new Map(Object.entries(options.accounts ?? { demo: demoAccount(), second: secondAccount() }));
    this.accessKeys = new Map((options.accessKeys ?? DEFAULT_ACCESS_KEYS).map((key) => [key.accessKeyId, { ...key }]));
  }

  static async start(options: EmulatorOptions = {}): Promise<EcsEmulator> {
    const server = http.createServer();
    const emulator = new EcsEmulator(server, options);
    server.on('request', (request, response) => emulator.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    return emulator;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The value for the extension's `alicloudEcs.endpoint` setting. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  totalCalls(): number {
    return [...this.callCounts.values()].reduce((sum, count) => sum + count, 0);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const requestId = newRequestId();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      try {
        if (size > MAX_BODY_BYTES) {
          throw new EmulatorError('InvalidParameter', 400, 'The request body is larger than 1 MB.');
        }
        const body = this.dispatch(request, Buffer.concat(chunks));
        this.send(response, 200, requestId, { RequestId: requestId, ...body });
      } catch (error) {
        const failure = error instanceof EmulatorError
          ? error
          : new EmulatorError('InternalError', 500,
            'The request processing has failed due to some unknown error, exception or failure.');
        this.send(response, failure.httpStatus, requestId, {
          RequestId: requestId,
          HostId: HOST_ID,
          Code: failure.code,
          Message: failure.message,
          Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(failure.code)}&product=Ecs&requestId=${requestId}`,
        });
      }
    });
  }

  private dispatch(request: http.IncomingMessage, body: Buffer): Record<string, unknown> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = [...url.searchParams.entries()];
    const action = request.headers['x-acs-action'];
    const handler = typeof action === 'string' ? ACTIONS.get(action) : undefined;
    if (!handler || typeof action !== 'string') {
      throw new EmulatorError('InvalidAction.NotFound', 404, 'Specified api is not found, please check your url and method.');
    }
    if (request.headers['x-acs-version'] !== API_VERSION) {
      throw new EmulatorError('InvalidVersion', 400, 'Specified parameter Version is not valid.');
    }
    const account = this.authenticate(request, url.pathname, query, body);
    this.callCounts.set(action, (this.callCounts.get(action) ?? 0) + 1);
    return handler({ account, params: new Params(query) });
  }

  private authenticate(
    request: http.IncomingMessage, pathname: string, query: Array<[string, string]>, body: Buffer,
  ): EmAccount {
    const auth = parseAuthorization(request.headers.authorization);
    const key = this.accessKeys.get(auth.accessKeyId);
    if (!key) {
      throw new EmulatorError('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.');
    }
    verifyV3({ method: request.method ?? 'POST', pathname, query, headers: request.headers, body }, auth, key.accessKeySecret);
    this.checkFreshness(String(request.headers['x-acs-date']), String(request.headers['x-acs-signature-nonce']));
    const account = this.accounts.get(key.account);
    if (!account) {
      throw new EmulatorError('Forbidden.AccountNotFound', 403, 'The account of this AccessKey does not exist.');
    }
    return account;
  }

  private checkFreshness(date: string, nonce: string): void {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date)) {
      throw new EmulatorError('InvalidTimeStamp.Format', 400, 'Specified time stamp or date value is not well formatted.');
    }
    const now = Date.now();
    if (Math.abs(now - Date.parse(date)) > TIMESTAMP_WINDOW_MS) {
      throw new EmulatorError('InvalidTimeStamp.Expired', 400, 'Specified time stamp or date value is expired.');
    }
    for (const [seen, at] of this.nonces) {
      if (now - at > TIMESTAMP_WINDOW_MS) {
        this.nonces.delete(seen);
      }
    }
    if (this.nonces.has(nonce)) {
      throw new EmulatorError('SignatureNonceUsed', 400, 'Specified signature nonce was used already.');
    }
    this.nonces.set(nonce, now);
  }

  private send(response: http.ServerResponse, status: number, requestId: string, body: Record<string, unknown>): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-acs-request-id': requestId,
      'access-control-allow-origin': '*',
    });
    response.end(text);
  }
}
