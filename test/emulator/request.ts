import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/**
 * How a request is signed. ECS takes RPC calls signed either way:
 * - V3 (https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature): an
 *   `Authorization: ACS3-…` header; the action and version travel as `x-acs-action` and `x-acs-version` headers.
 * - V2 (https://www.alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism): `Signature` and the other common
 *   parameters in the query (GET) or in an `application/x-www-form-urlencoded` body (POST), signed over query and
 *   body together. Clients send `x-acs-action` here too, so that header alone says nothing about the signature.
 * - neither: no Authorization of V3 and no `Signature` parameter.
 */
export type SignatureKind = 'v3' | 'v2' | 'unsigned';

export interface ParsedRequest {
  readonly kind: SignatureKind;
  readonly method: string;
  readonly pathname: string;
  /** The query alone: what a V3 signature covers. */
  readonly query: Array<[string, string]>;
  /** Query and form body together: what the action reads and what a V2 signature covers. */
  readonly params: Array<[string, string]>;
  readonly action: string | undefined;
  readonly version: string | undefined;
}

export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function signatureKind(headers: IncomingHttpHeaders, params: ReadonlyArray<readonly [string, string]>): SignatureKind {
  // Other ACS3 algorithms (SM3, RSA) count as V3 too, and are then refused as an incomplete signature.
  if (headerText(headers.authorization)?.startsWith('ACS3-')) {
    return 'v3';
  }
  return params.some(([key]) => key === 'Signature') ? 'v2' : 'unsigned';
}

/** Reads what a request says, without judging it: checking the signature and the action comes later. */
export function parseRequest(request: IncomingMessage, body: Buffer): ParsedRequest {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const query = [...url.searchParams.entries()];
  const form = String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
    ? [...new URLSearchParams(body.toString('utf8')).entries()]
    : [];
  const params = [...query, ...form];
  const kind = signatureKind(request.headers, params);
  const param = (name: string): string | undefined => params.find(([key]) => key === name)?.[1];
  const header = (name: string): string | undefined => headerText(request.headers[name]);
  const fromParams = kind === 'v2' || (kind === 'unsigned' && param('Action') !== undefined);
  return {
    kind,
    method: request.method ?? 'POST',
    pathname: url.pathname,
    query,
    params,
    action: fromParams ? param('Action') : header('x-acs-action'),
    version: fromParams ? param('Version') : header('x-acs-version'),
  };
}
