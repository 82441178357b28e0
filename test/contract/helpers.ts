import Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { CredentialChoice, EcsApi, StaticCredentials } from '../../src/cloud/ecsApi';
import { EcsError, isEcsError } from '../../src/cloud/ecsError';
import { createSdkEcsApi, type SdkEcsApiOptions } from '../../src/cloud/sdkEcsApi';
import { EcsEmulator } from '../emulator/server';

export const DEMO_KEYS: StaticCredentials = { kind: 'accessKey', accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret' };

/** No automatic retries: for tests that look at one fault's own answer. */
export const ONE_ATTEMPT: Partial<SdkEcsApiOptions> = { retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 } };

/** The real adapter on the real SDK, pointed at the emulator over loopback. */
export function adapterFor(
  emulator: EcsEmulator,
  credentials: CredentialChoice = DEMO_KEYS,
  options: Partial<SdkEcsApiOptions> = {},
): EcsApi {
  return createSdkEcsApi({
    endpoint: emulator.url,
    timeoutMs: 10_000,
    credentials,
    sleep: async () => undefined,
    ...options,
  });
}

/**
 * For each test of the suite, a fresh demo emulator with its clock paused and the real adapter on it (no automatic
 * retries), handed to `use`; the emulator is closed after the test.
 */
export function pausedEmulatorPerTest(use: (started: { readonly emulator: EcsEmulator; readonly api: EcsApi }) => void): void {
  let emulator: EcsEmulator | undefined;
  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    use({ emulator, api: adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT) });
  });
  afterEach(async () => {
    await emulator?.close();
  });
}

/** A bare SDK client, for requests the adapter never makes. */
export function sdkClientFor(emulator: EcsEmulator, credentials: StaticCredentials = DEMO_KEYS): Ecs {
  const { accessKeyId, accessKeySecret, securityToken } = credentials;
  return new Ecs(
    new $OpenApiUtil.Config({
      endpoint: `127.0.0.1:${emulator.port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
      accessKeyId,
      accessKeySecret,
      securityToken,
    }),
  );
}

/** What ECS answers: undefined when it accepted, else its code. */
export async function answerOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (isEcsError(error)) {
      return error.code;
    }
    throw error;
  }
}

export async function ecsErrorOf(promise: Promise<unknown>): Promise<EcsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EcsError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

export interface RawAnswer {
  readonly statusCode: number;
  readonly body: Record<string, unknown>;
}

/** Sends any action with any query through the SDK's generic callApi: signed by the real SDK, shaped by the test. */
export async function callAction(
  emulator: EcsEmulator,
  action: string,
  query: Record<string, string>,
  config: Partial<ConstructorParameters<typeof $OpenApiUtil.Config>[0]> = {},
): Promise<RawAnswer> {
  const client = new Ecs(
    new $OpenApiUtil.Config({
      endpoint: `127.0.0.1:${emulator.port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
      ...DEMO_KEYS,
      ...config,
    }),
  );
  const params = new $OpenApiUtil.Params({
    action,
    version: '2014-05-26',
    protocol: 'HTTP',
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  const answer = (await client.callApi(params, new $OpenApiUtil.OpenApiRequest({ query }), {} as never)) as RawAnswer;
  return answer;
}

/** The error an SDK call was answered with: its code, HTTP status and the whole error body. */
export async function sdkErrorOf(
  promise: Promise<unknown>,
): Promise<{ code: string; statusCode: number; message: string; data: Record<string, unknown>; name: string; retryAfter?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; statusCode: number; message: string; data: Record<string, unknown>; name: string };
  }
  throw new Error('expected the call to fail');
}

/** Puts the environment back as it was, in place: assigning `process.env` a plain object would cut it off from the process. */
export function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env).filter((key) => !(key in saved))) {
    Reflect.deleteProperty(process.env, name);
  }
  Object.assign(process.env, saved);
}
