import type { EcsApi } from './ecsApi';
import type * as SdkModule from './sdkEcsApi';
import type { SdkEcsApiOptions } from './sdkEcsApi';

/**
 * Defers loading the SDK (and building its client) to the first call, so activation stays free of it; the options may
 * come late too (a secret read from storage). The bundler maps the require to the separately bundled `dist/ecsSdk.js`.
 */
export class LazyEcsApi implements EcsApi {
  private api: Promise<EcsApi> | undefined;

  constructor(private readonly options: SdkEcsApiOptions | (() => Promise<SdkEcsApiOptions>)) {}

  async describeRegions(): ReturnType<EcsApi['describeRegions']> {
    return (await this.load()).describeRegions();
  }

  async listInstances(...args: Parameters<EcsApi['listInstances']>): ReturnType<EcsApi['listInstances']> {
    return (await this.load()).listInstances(...args);
  }

  async listNetworkInterfaces(...args: Parameters<EcsApi['listNetworkInterfaces']>): ReturnType<EcsApi['listNetworkInterfaces']> {
    return (await this.load()).listNetworkInterfaces(...args);
  }

  async getInstances(...args: Parameters<EcsApi['getInstances']>): ReturnType<EcsApi['getInstances']> {
    return (await this.load()).getInstances(...args);
  }

  async getNetworkInterfaces(...args: Parameters<EcsApi['getNetworkInterfaces']>): ReturnType<EcsApi['getNetworkInterfaces']> {
    return (await this.load()).getNetworkInterfaces(...args);
  }

  async describeInstanceTypes(...args: Parameters<EcsApi['describeInstanceTypes']>): ReturnType<EcsApi['describeInstanceTypes']> {
    return (await this.load()).describeInstanceTypes(...args);
  }

  async attachNetworkInterface(...args: Parameters<EcsApi['attachNetworkInterface']>): ReturnType<EcsApi['attachNetworkInterface']> {
    return (await this.load()).attachNetworkInterface(...args);
  }

  async detachNetworkInterface(...args: Parameters<EcsApi['detachNetworkInterface']>): ReturnType<EcsApi['detachNetworkInterface']> {
    return (await this.load()).detachNetworkInterface(...args);
  }

  async startInstance(...args: Parameters<EcsApi['startInstance']>): ReturnType<EcsApi['startInstance']> {
    return (await this.load()).startInstance(...args);
  }

  async stopInstance(...args: Parameters<EcsApi['stopInstance']>): ReturnType<EcsApi['stopInstance']> {
    return (await this.load()).stopInstance(...args);
  }

  async rebootInstance(...args: Parameters<EcsApi['rebootInstance']>): ReturnType<EcsApi['rebootInstance']> {
    return (await this.load()).rebootInstance(...args);
  }

  async listVSwitches(...args: Parameters<EcsApi['listVSwitches']>): ReturnType<EcsApi['listVSwitches']> {
    return (await this.load()).listVSwitches(...args);
  }

  async listSecurityGroups(...args: Parameters<EcsApi['listSecurityGroups']>): ReturnType<EcsApi['listSecurityGroups']> {
    return (await this.load()).listSecurityGroups(...args);
  }

  async createNetworkInterface(...args: Parameters<EcsApi['createNetworkInterface']>): ReturnType<EcsApi['createNetworkInterface']> {
    return (await this.load()).createNetworkInterface(...args);
  }

  async deleteNetworkInterface(...args: Parameters<EcsApi['deleteNetworkInterface']>): ReturnType<EcsApi['deleteNetworkInterface']> {
    return (await this.load()).deleteNetworkInterface(...args);
  }

  async modifyNetworkInterfaceAttribute(
    ...args: Parameters<EcsApi['modifyNetworkInterfaceAttribute']>
  ): ReturnType<EcsApi['modifyNetworkInterfaceAttribute']> {
    return (await this.load()).modifyNetworkInterfaceAttribute(...args);
  }

  async tagNetworkInterfaces(...args: Parameters<EcsApi['tagNetworkInterfaces']>): ReturnType<EcsApi['tagNetworkInterfaces']> {
    return (await this.load()).tagNetworkInterfaces(...args);
  }

  async untagNetworkInterfaces(...args: Parameters<EcsApi['untagNetworkInterfaces']>): ReturnType<EcsApi['untagNetworkInterfaces']> {
    return (await this.load()).untagNetworkInterfaces(...args);
  }

  async assignPrivateIpAddresses(...args: Parameters<EcsApi['assignPrivateIpAddresses']>): ReturnType<EcsApi['assignPrivateIpAddresses']> {
    return (await this.load()).assignPrivateIpAddresses(...args);
  }

  async unassignPrivateIpAddresses(
    ...args: Parameters<EcsApi['unassignPrivateIpAddresses']>
  ): ReturnType<EcsApi['unassignPrivateIpAddresses']> {
    return (await this.load()).unassignPrivateIpAddresses(...args);
  }

  async assignIpv6Addresses(...args: Parameters<EcsApi['assignIpv6Addresses']>): ReturnType<EcsApi['assignIpv6Addresses']> {
    return (await this.load()).assignIpv6Addresses(...args);
  }

  async unassignIpv6Addresses(...args: Parameters<EcsApi['unassignIpv6Addresses']>): ReturnType<EcsApi['unassignIpv6Addresses']> {
    return (await this.load()).unassignIpv6Addresses(...args);
  }

  async describeSecurityGroupRules(
    ...args: Parameters<EcsApi['describeSecurityGroupRules']>
  ): ReturnType<EcsApi['describeSecurityGroupRules']> {
    return (await this.load()).describeSecurityGroupRules(...args);
  }

  async describeCloudAssistantStatus(
    ...args: Parameters<EcsApi['describeCloudAssistantStatus']>
  ): ReturnType<EcsApi['describeCloudAssistantStatus']> {
    return (await this.load()).describeCloudAssistantStatus(...args);
  }

  async installCloudAssistant(...args: Parameters<EcsApi['installCloudAssistant']>): ReturnType<EcsApi['installCloudAssistant']> {
    return (await this.load()).installCloudAssistant(...args);
  }

  async runCommand(...args: Parameters<EcsApi['runCommand']>): ReturnType<EcsApi['runCommand']> {
    return (await this.load()).runCommand(...args);
  }

  async describeInvocationResults(
    ...args: Parameters<EcsApi['describeInvocationResults']>
  ): ReturnType<EcsApi['describeInvocationResults']> {
    return (await this.load()).describeInvocationResults(...args);
  }

  async stopInvocation(...args: Parameters<EcsApi['stopInvocation']>): ReturnType<EcsApi['stopInvocation']> {
    return (await this.load()).stopInvocation(...args);
  }

  async startTerminalSession(...args: Parameters<EcsApi['startTerminalSession']>): ReturnType<EcsApi['startTerminalSession']> {
    return (await this.load()).startTerminalSession(...args);
  }

  private load(): Promise<EcsApi> {
    this.api ??= (async () => {
      const options = typeof this.options === 'function' ? await this.options() : this.options;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('./sdkEcsApi') as typeof SdkModule;
      return sdk.createSdkEcsApi(options);
    })();
    // A failure to get the options (no stored key) is not kept: the next call asks again.
    this.api.catch(() => {
      this.api = undefined;
    });
    return this.api;
  }
}
