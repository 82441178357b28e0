import Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { EcsError } from '../../src/cloud/ecsError';
import { createSdkEcsApi, type SdkCredentials } from '../../src/cloud/sdkEcsApi';
import type { EcsEmulator } from '../emulator/server';

export const DEMO_KEYS: SdkCredentials = { accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret' };

/** The real adapter on the real SDK, pointed at the emulator over loopback. */
export function adapterFor(emulator: EcsEmulator, credentials: SdkCredentials | 'standard chain' = DEMO_KEYS): EcsApi {
  return createSdkEcsApi({
    endpoint: emulator.url, timeoutMs: 10_000, credentials: credentials === 'standard chain' ? undefined : credentials,
  });
}

/** A bare SDK client, for requests the adapter never makes. */
export function sdkClientFor(emulator: EcsEmulator, credentials: SdkCredentials = DEMO_KEYS): Ecs {
  return new Ecs(new $OpenApiUtil.Config({
    endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http', regionId: 'cn-hangzhou', ...credentials,
  }));
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
