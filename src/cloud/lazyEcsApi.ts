import type { EcsApi } from './ecsApi';
import type * as SdkModule from './sdkEcsApi';
import type { SdkEcsApiOptions } from './sdkEcsApi';

/**
 * Defers loading the SDK (and building its client) to the first call, so activation stays free of it.
 * The bundler maps this require to the separately bundled `dist/ecsSdk.js`.
 */
export class LazyEcsApi implements EcsApi {
  private api: EcsApi | undefined;

  constructor(private readonly options: SdkEcsApiOptions) {}

  async describeRegions(): ReturnType<EcsApi['describeRegions']> {
    return this.load().describeRegions();
  }

  async listInstances(regionId: string): ReturnType<EcsApi['listInstances']> {
    return this.load().listInstances(regionId);
  }

  async listNetworkInterfaces(regionId: string): ReturnType<EcsApi['listNetworkInterfaces']> {
    return this.load().listNetworkInterfaces(regionId);
  }

  private load(): EcsApi {
    if (!this.api) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('./sdkEcsApi') as typeof SdkModule;
      this.api = sdk.createSdkEcsApi(this.options);
    }
    return this.api;
  }
}
