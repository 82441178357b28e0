/**
 * The extension's settings (`alicloudEcs.*`) as values: each one's range or parser, and what a change of it affects.
 * Every value read from a workspace is untrusted: anything out of shape is the default.
 */

/** A number setting within its range: below or above is clamped, anything that is not a finite number is the default. */
export function clampSetting(value: unknown, range: { readonly min: number; readonly max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallback;
  }
  return Math.min(range.max, Math.max(range.min, value));
}

/** `alicloudEcs.attachTimeoutSeconds`: how long an attach or detach is followed before saying it is still under way. */
export const ATTACH_TIMEOUT_SECONDS = { default: 120, min: 5, max: 3600 } as const;

/** `alicloudEcs.commandTimeoutSeconds`: how long Cloud Assistant lets a script run on each instance (RunCommand's Timeout). */
export const COMMAND_TIMEOUT_SECONDS = { default: 60, min: 10, max: 86400 } as const;

/** `alicloudEcs.autoRefreshSeconds`: 0 turns it off; other values are held to this range. */
export const AUTO_REFRESH_SECONDS = { default: 60, min: 15, max: 3600 } as const;

/** The setting as a number of seconds: 0 (off), or within the range; anything else is the default. */
export function autoRefreshSeconds(value: unknown): number {
  if (value === 0) {
    return 0;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return AUTO_REFRESH_SECONDS.default;
  }
  return Math.min(AUTO_REFRESH_SECONDS.max, Math.max(AUTO_REFRESH_SECONDS.min, Math.round(value)));
}

/** `alicloudEcs.networkInterfaceGrouping`: ENIs listed flat, or under their VPC and vSwitch. */
export type NetworkGrouping = 'flat' | 'network';

export const networkGrouping = (value: unknown): NetworkGrouping => (value === 'network' ? 'network' : 'flat');

/**
 * What a change of each setting affects: the connection (built again), the automatic refresh (restarted), the
 * grouping of the view (redrawn), or nothing at once (`read when used`: the value is read each time it is needed).
 */
export const SETTING_EFFECTS = {
  endpoint: 'connection',
  requestTimeoutSeconds: 'connection',
  regions: 'connection',
  attachTimeoutSeconds: 'readWhenUsed',
  commandTimeoutSeconds: 'readWhenUsed',
  autoRefreshSeconds: 'autoRefresh',
  stuckAfterMinutes: 'readWhenUsed',
  consoleSite: 'readWhenUsed',
  networkInterfaceGrouping: 'grouping',
  readOnly: 'readOnly',
  askTwiceWhenTagged: 'readWhenUsed',
} as const;

export type SettingName = keyof typeof SETTING_EFFECTS;
export type SettingEffect = Exclude<(typeof SETTING_EFFECTS)[SettingName], 'readWhenUsed'>;
