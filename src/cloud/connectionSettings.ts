import { clampSetting } from '../domain/settingValues';
import { readsChinese } from '../domain/text';
import type { ConnectionSettings } from './ecsApi';

export const DEFAULT_TIMEOUT_SECONDS = 30;
export const TIMEOUT_SECONDS_RANGE = { min: 1, max: 600 } as const;

/** An endpoint as the extension uses it, or why the setting cannot be used. */
export type Endpoint =
  | { readonly kind: 'public' }
  | { readonly kind: 'custom'; readonly url: string; readonly host: string }
  | { readonly kind: 'unusable'; readonly problem: string };

const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** A DNS name or an IPv4 address, or an IPv6 address in brackets; nothing else may become the host of signed calls. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/i;

export const isLoopbackHost = (hostname: string): boolean => LOOPBACK_HOSTS.test(hostname);

/**
 * Reads the endpoint setting in one place: `https://host[:port]`, `http://` only for a loopback host (the emulator),
 * or `host[:port]` as Alibaba Cloud documents endpoints (https, or http for a loopback host). Anything else is
 * unusable, with the reason; nothing here throws.
 */
export function parseEndpoint(setting: unknown): Endpoint {
  const raw = typeof setting === 'string' ? setting.trim() : '';
  if (setting !== undefined && setting !== null && typeof setting !== 'string') {
    return { kind: 'unusable', problem: 'The endpoint setting must be text, such as ecs.cn-hangzhou.aliyuncs.com.' };
  }
  if (!raw) {
    return { kind: 'public' };
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `scheme-less://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return {
      kind: 'unusable',
      problem: `"${raw}" is not an endpoint. Use a host such as ecs.cn-hangzhou.aliyuncs.com, or https://host:port.`,
    };
  }
  if (url.pathname.replace(/^\/$/, '') || url.search || url.hash || url.username || url.password || !HOST.test(url.hostname)) {
    return {
      kind: 'unusable',
      problem: `The endpoint must be only a host and port, such as ecs.cn-hangzhou.aliyuncs.com or 127.0.0.1:8787.`,
    };
  }
  const loopback = isLoopbackHost(url.hostname);
  const scheme = url.protocol === 'scheme-less:' ? (loopback ? 'http' : 'https') : url.protocol.slice(0, -1).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return { kind: 'unusable', problem: `The endpoint must use https:// (or http:// on this machine), not ${scheme}://.` };
  }
  if (scheme === 'http' && !loopback) {
    return {
      kind: 'unusable',
      problem: `The endpoint ${url.host} would be reached over plain http, which exposes every signed request. Use https://${url.host}.`,
    };
  }
  return { kind: 'custom', url: `${scheme}://${url.host}`, host: url.host };
}

/** The values of the endpoint setting by where they were written (VS Code's `inspect`). */
export interface EndpointValues {
  readonly user?: unknown;
  readonly workspace?: unknown;
}

/**
 * Which endpoint value to use. A value from the workspace (a cloned repository's `.vscode/settings.json`) could send
 * every signed call to someone else's host, so it is used only once the user has agreed to that value for this
 * workspace; until then the user's own value (or Alibaba Cloud) is used, and `ask` names the value to ask about.
 */
export function endpointChoice(
  values: EndpointValues,
  agreed: (value: string) => boolean,
): { readonly use: unknown; readonly ask?: string } {
  // A workspace value that is not text is ignored: it must not make the extension unusable either.
  if (typeof values.workspace !== 'string') {
    return { use: values.user };
  }
  const fromWorkspace = values.workspace.trim();
  if (fromWorkspace === (typeof values.user === 'string' ? values.user.trim() : '')) {
    return { use: values.workspace };
  }
  // An empty value too: it would send the calls meant for the user's own endpoint to Alibaba Cloud's public ones.
  if (agreed(fromWorkspace)) {
    return { use: fromWorkspace };
  }
  return { use: values.user, ask: fromWorkspace };
}

/** VS Code's display language as ECS's AcceptLanguage: Chinese for any zh-* display language, else English. */
export function acceptLanguageFor(displayLanguage: string): 'en-US' | 'zh-CN' {
  return readsChinese(displayLanguage) ? 'zh-CN' : 'en-US';
}

/** The settings as the SDK adapter takes them; an unusable endpoint is carried along and refused at the first call. */
export function connectionSettings(endpoint: Endpoint, timeoutSeconds: unknown, displayLanguage = 'en'): ConnectionSettings {
  const seconds = clampSetting(timeoutSeconds, TIMEOUT_SECONDS_RANGE, DEFAULT_TIMEOUT_SECONDS);
  return {
    endpoint: endpoint.kind === 'custom' ? endpoint.url : undefined,
    ...(endpoint.kind === 'unusable' ? { endpointProblem: endpoint.problem } : {}),
    timeoutMs: Math.round(seconds * 1000),
    acceptLanguage: acceptLanguageFor(displayLanguage),
  };
}
