/** Pages of the ECS console for a resource, in its region. */
const CONSOLE = 'https://ecs.console.aliyun.com';

export const instanceConsoleUrl = (regionId: string, instanceId: string): string =>
  `${CONSOLE}/server/${encodeURIComponent(instanceId)}/detail?regionId=${encodeURIComponent(regionId)}`;

export const networkInterfaceConsoleUrl = (regionId: string, networkInterfaceId: string): string =>
  `${CONSOLE}/networkInterfaces/region/${encodeURIComponent(regionId)}/detail/${encodeURIComponent(networkInterfaceId)}`;
