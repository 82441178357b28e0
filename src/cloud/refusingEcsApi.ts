import type { EcsApi } from './ecsApi';
import type { EcsError } from './ecsError';

/**
 * The API of an account that cannot be used (no credentials, a broken file, an unusable endpoint): every call is
 * refused with the reason, and nothing is sent. A command run from the palette then explains instead of using the
 * credentials of before.
 */
export function refusingEcsApi(reason: EcsError): EcsApi {
  const refuse = (): Promise<never> => Promise.reject(reason);
  return {
    describeRegions: refuse,
    listInstances: refuse,
    listNetworkInterfaces: refuse,
    getInstances: refuse,
    getNetworkInterfaces: refuse,
    describeInstanceTypes: refuse,
    attachNetworkInterface: refuse,
    detachNetworkInterface: refuse,
    startInstance: refuse,
    stopInstance: refuse,
    rebootInstance: refuse,
    listVSwitches: refuse,
    listSecurityGroups: refuse,
    createNetworkInterface: refuse,
    deleteNetworkInterface: refuse,
    modifyNetworkInterfaceAttribute: refuse,
    tagNetworkInterfaces: refuse,
    untagNetworkInterfaces: refuse,
    assignPrivateIpAddresses: refuse,
    unassignPrivateIpAddresses: refuse,
    assignIpv6Addresses: refuse,
    unassignIpv6Addresses: refuse,
    describeSecurityGroupRules: refuse,
    describeCloudAssistantStatus: refuse,
    installCloudAssistant: refuse,
    runCommand: refuse,
    describeInvocationResults: refuse,
    stopInvocation: refuse,
    startTerminalSession: refuse,
  };
}
