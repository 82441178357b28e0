import type * as http from 'node:http';
import { EmulatorError } from './errors';

const HOST_CHARACTERS = /^[A-Za-z0-9.\-[\]:]+$/;

/**
 * True when a Host header names this machine: 127.0.0.0/8, localhost or [::1], with any port. A web page that
 * rebinds its own name to 127.0.0.1 still sends its own name as Host, so checking it stops DNS rebinding.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined || !HOST_CHARACTERS.test(host)) {
    return false;
  }
  let hostname: string;
  try {
    // The URL parser normalises the forms an address can take (127.1, 0x7f.0.0.1, [0::1], LOCALHOST).
    hostname = new URL(`http://${host}/`).hostname;
  } catch {
    return false;
  }
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * True when a browser sent the request for a web page of another site: it names the page's `Origin`, or says the
 * request crossed sites (`Sec-Fetch-Site`). A page's simple GET or form POST needs no preflight, so without this a
 * page signing with the published emulator key could carry out writes. The SDK and the CLI send neither header.
 */
export function isFromAWebPage(headers: http.IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  return headers.origin !== undefined || site === 'cross-site' || site === 'same-site';
}

export function forbiddenWebPage(): EmulatorError {
  return new EmulatorError(
    'Forbidden.CrossSite',
    403,
    'The ECS emulator answers only programs on this machine; this request came from a web page (it carried Origin or Sec-Fetch-Site).',
  );
}

/**
 * ECS has no such check (it is reached by name); the emulator's own code, `Forbidden.Host`, follows ECS's
 * `Forbidden.*` family for a request refused before it is looked at, with 403 as those codes have.
 */
export function forbiddenHost(host: string | undefined): EmulatorError {
  const named = host === undefined ? 'no Host header' : `Host ${JSON.stringify(host.slice(0, 100))}`;
  return new EmulatorError(
    'Forbidden.Host',
    403,
    `The ECS emulator answers only requests addressed to a loopback host (127.0.0.1, localhost or [::1]); this one had ${named}.`,
  );
}
