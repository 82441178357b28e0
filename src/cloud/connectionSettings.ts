import { readsChinese } from '../domain/text';
import type { ConnectionSettings } from './ecsApi';

export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Checks the endpoint setting; returns an explanation when it cannot be used, else undefined. */
export function endpointProblem(endpoint: string | undefined): string | undefined {
  if (!endpoint) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `"${endpoint}" is not a URL. Use a scheme and host, such as http://127.0.0.1:8787.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `The endpoint must start with http:// or https://, not ${url.protocol}//.`;
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return `The endpoint must be only a scheme and host (and port), such as http://127.0.0.1:8787.`;
  }
  return undefined;
}

/** VS Code's display language as ECS's AcceptLanguage: Chinese for any zh-* display language, else English. */
export function acceptLanguageFor(displayLanguage: string): 'en-US' | 'zh-CN' {
  return readsChinese(displayLanguage) ? 'zh-CN' : 'en-US';
}

export function connectionSettings(endpoint: string | undefined, timeoutSeconds: number | undefined, displayLanguage = 'en'): ConnectionSettings {
  const seconds = timeoutSeconds !== undefined && Number.isFinite(timeoutSeconds) && timeoutSeconds > 0
    ? timeoutSeconds
    : DEFAULT_TIMEOUT_SECONDS;
  return { endpoint: endpoint?.trim() || undefined, timeoutMs: Math.round(seconds * 1000), acceptLanguage: acceptLanguageFor(displayLanguage) };
}
