/** Shown when neither the settings nor the credential profile name a region: the most used mainland and Asia regions. */
export const DEFAULT_REGION_IDS: readonly string[] = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'ap-southeast-1'];

const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;

export const isRegionId = (value: string): boolean => REGION_ID.test(value);
