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

  async listInstances(...args: Parameters<EcsApi['listInstances']>): ReturnType<EcsApi['listInstances']> {
    return this.load().listInstances(...args);
  }

  async listNetworkInterfaces(...args: Parameters<EcsApi['listNetworkInterfaces']>): ReturnType<EcsApi['listNetworkInterfaces']> {
    return this.load().listNetworkInterfaces(...args);
  }

  async getInstances(...args: Parameters<EcsApi['getInstances']>): ReturnType<EcsApi['getInstances']> {
    return this.load().getInstances(...args);
  }

  async getNetworkInterfaces(...args: Parameters<EcsApi['getNetworkInterfaces']>): ReturnType<EcsApi['getNetworkInterfaces']> {
    return this.load().getNetworkInterfaces(...args);
  }

  async describeInstanceTypes(...args: Parameters<EcsApi['describeInstanceTypes']>): ReturnType<EcsApi['describeInstanceTypes']> {
    return this.load().describeInstanceTypes(...args);
  }

  async attachNetworkInterface(...args: Parameters<EcsApi['attachNetworkInterface']>): ReturnType<EcsApi['attachNetworkInterface']> {
    return this.load().attachNetworkInterface(...args);
  }

  async detachNetworkInterface(...args: Parameters<EcsApi['detachNetworkInterface']>): ReturnType<EcsApi['detachNetworkInterface']> {
    return this.load().detachNetworkInterface(...args);
  }

  async startInstance(...args: Parameters<EcsApi['startInstance']>): ReturnType<EcsApi['startInstance']> {
    return this.load().startInstance(...args);
  }

  async stopInstance(...args: Parameters<EcsApi['stopInstance']>): ReturnType<EcsApi['stopInstance']> {
    return this.load().stopInstance(...args);
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
