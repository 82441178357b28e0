import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { EmulatorError } from './errors';

/** RFC 3986 encoding as the V3 signature wants it: encodeURIComponent plus ! ' ( ) *. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function canonicalQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return [...params]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .map((v) => v.trim())
    .sort()
    .join(',');
}

export interface SignedRequest {
  readonly method: string;
  readonly pathname: string;
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface V3Authorization {
  readonly accessKeyId: string;
  readonly signedHeaders: string[];
  readonly signature: string;
}

const AUTHORIZATION = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/;

export function parseAuthorization(header: string | undefined): V3Authorization {
  const [, accessKeyId, signedHeaders, signature] = (header ? AUTHORIZATION.exec(header) : null) ?? [];
  if (!accessKeyId || !signedHeaders || !signature) {
    throw new EmulatorError('IncompleteSignature', 400, 'The request signature does not conform to Aliyun standards.');
  }
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}

export function canonicalRequest(request: SignedRequest, signedHeaders: readonly string[]): string {
  const canonicalUri = request.pathname.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~') || '/';
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${headerValue(request.headers, name)}\n`).join('');
  return [
    request.method,
    canonicalUri,
    canonicalQuery(request.query),
    canonicalHeaders,
    signedHeaders.join(';'),
    sha256Hex(request.body),
  ].join('\n');
}

/** Recomputes the ACS3-HMAC-SHA256 signature and throws `SignatureDoesNotMatch` when it differs. */
export function verifyV3(request: SignedRequest, auth: V3Authorization, secret: string): void {
  const mandatory = ['host', 'x-acs-action', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'];
  if (mandatory.some((name) => !auth.signedHeaders.includes(name))) {
    throw new EmulatorError('IncompleteSignature', 400, 'The request signature does not conform to Aliyun standards.');
  }
  const canonical = canonicalRequest(request, auth.signedHeaders);
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonical)}`;
  const expected = createHmac('sha256', secret).update(stringToSign).digest('hex');
  const given = Buffer.from(auth.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
    throw new EmulatorError(
      'SignatureDoesNotMatch',
      400,
      `Specified signature does not match our calculation. server string to sign is:${stringToSign}`,
    );
  }
}
