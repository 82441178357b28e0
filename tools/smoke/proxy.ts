import http from 'node:http';
import https from 'node:https';
import * as net from 'node:net';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

/**
 * Sends the kit's requests through the proxy `HTTPS_PROXY` (or `HTTP_PROXY` for plain http) names, except to the hosts
 * `NO_PROXY` lists, as the aliyun CLI and curl read them. The SDK's transport takes no proxy of its own, so the kit
 * routes Node's requests here, as VS Code does for the extension. Loopback (the emulator) never goes through a proxy.
 * Returns a description of what is in use, for the kit's first line.
 */
export function honourProxyEnvironment(): string {
  const agents = new Map<string, HttpsProxyAgent<string>>();
  const agentFor = (url: string): HttpsProxyAgent<string> | undefined => {
    if (isLoopback(new URL(url).hostname)) {
      return undefined;
    }
    const proxy = getProxyForUrl(url);
    if (!proxy) {
      return undefined;
    }
    let agent = agents.get(proxy);
    if (!agent) {
      agent = new HttpsProxyAgent(proxy);
      agents.set(proxy, agent);
    }
    return agent;
  };
  for (const [module, scheme] of [
    [https, 'https:'],
    [http, 'http:'],
  ] as const) {
    const original = module.request.bind(module) as (
      options: http.RequestOptions,
      callback?: (res: http.IncomingMessage) => void,
    ) => http.ClientRequest;
    const patched = (options: http.RequestOptions, callback?: (res: http.IncomingMessage) => void): http.ClientRequest => {
      const host = options.hostname ?? options.host ?? 'localhost';
      const url = `${scheme}//${net.isIPv6(host) ? `[${host}]` : host}${options.port ? `:${String(options.port)}` : ''}${options.path ?? '/'}`;
      const agent = agentFor(url);
      return original(agent ? { ...options, agent } : options, callback);
    };
    (module as { request: unknown }).request = patched;
  }
  // What an Alibaba Cloud endpoint would go through (proxy-from-env also reads npm's and ALL_PROXY).
  return getProxyForUrl('https://ecs.aliyuncs.com/')
    ? 'through the proxy of HTTPS_PROXY (except the hosts of NO_PROXY)'
    : 'directly (no proxy set)';
}

/** This machine by name or address (127.0.0.0/8, ::1): the emulator, reached directly. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || (net.isIPv4(host) && host.startsWith('127.'));
}
