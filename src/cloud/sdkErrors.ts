import { EcsError, isEcsError } from './ecsError';

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
  retryAfter?: unknown;
  data?: { Message?: unknown; Recommend?: unknown; RequestId?: unknown } | null;
}

/** System error codes of Node's sockets and TLS, by the plain explanation they get. */
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'NetworkError.ConnectionRefused',
  ENOTFOUND: 'NetworkError.DnsFailure',
  EAI_AGAIN: 'NetworkError.DnsFailure',
  ETIMEDOUT: 'NetworkError.NoRoute',
  EHOSTUNREACH: 'NetworkError.NoRoute',
  ENETUNREACH: 'NetworkError.NoRoute',
  ECONNRESET: 'NetworkError.Reset',
  EPIPE: 'NetworkError.Reset',
  EPROTO: 'NetworkError.Tls',
  CERT_HAS_EXPIRED: 'NetworkError.Tls',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'NetworkError.Tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'NetworkError.Tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'NetworkError.Tls',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'NetworkError.Tls',
  ERR_TLS_CERT_ALTNAME_INVALID: 'NetworkError.Tls',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value !== 'undefined' ? value : undefined;
}

function networkCode(code: string | undefined, message: string): string | undefined {
  if (code && NETWORK_CODES[code]) {
    return NETWORK_CODES[code];
  }
  if (/socket hang up/i.test(message)) {
    return 'NetworkError.Reset';
  }
  if (/proxy/i.test(message) || /\b407\b/.test(message)) {
    return 'NetworkError.Proxy';
  }
  return undefined;
}

/** How `@alicloud/credentials` words a profile it cannot use (a missing, broken or unsupported one). */
const PROFILE_PROBLEMS = [
  'unable to get profile with',
  'aliyun cli config',
  'no any configured profiles',
  'unsupported profile mode',
  'the CLI profile is disabled',
  'Can not find credential type',
  'Invalid type option',
  'invalid OAuth site type',
];

/**
 * Turns whatever the SDK or the network threw into an `EcsError` that keeps code, message, request id and status;
 * `viaProxy`: a proxy is in use, so an answer that is not JSON came from it.
 */
export function toEcsError(error: unknown, action: string, viaProxy = false): EcsError {
  if (isEcsError(error)) {
    return error;
  }
  const shape: SdkErrorShape = typeof error === 'object' && error !== null ? error : { message: String(error) };
  const rawMessage = text(shape.message) ?? String(error);
  const code = text(shape.code);
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  if (status === 407) {
    return new EcsError('NetworkError.Proxy', rawMessage, undefined, status, undefined, action);
  }
  if (code && status !== undefined) {
    const message = text(shape.data?.Message) ?? rawMessage;
    const requestId = text(shape.requestId) ?? text(shape.data?.RequestId);
    const retryAfter = typeof shape.retryAfter === 'number' && Number.isFinite(shape.retryAfter) ? shape.retryAfter : undefined;
    // ECS's own answer: its message may be shown; any other text below is a library's, for the log only.
    return new EcsError(code, message, requestId, status, text(shape.data?.Recommend), action, retryAfter, message);
  }
  if (shape.name === 'RequestTimeoutError') {
    return new EcsError('RequestTimeout', rawMessage, undefined, undefined, undefined, action);
  }
  const network = networkCode(code, rawMessage);
  if (network) {
    return new EcsError(network, code ? `${code}: ${rawMessage}` : rawMessage, undefined, undefined, undefined, action);
  }
  if (code === 'InvalidCredentials' || rawMessage.includes('unable to get credentials')) {
    return new EcsError('NoCredentials', rawMessage, undefined, undefined, undefined, action);
  }
  if (PROFILE_PROBLEMS.some((words) => rawMessage.includes(words))) {
    return new EcsError('InvalidCredentialProfile', rawMessage, undefined, undefined, undefined, action);
  }
  if (error instanceof SyntaxError && viaProxy) {
    // The proxy answered in the endpoint's place: an authentication request (407) or an error page of its own.
    return new EcsError(
      'NetworkError.Proxy',
      `The proxy answered instead of the endpoint: ${rawMessage}`,
      undefined,
      undefined,
      undefined,
      action,
    );
  }
  if (error instanceof SyntaxError) {
    return new EcsError(
      'InvalidResponse',
      `The endpoint answered with something that is not ECS JSON: ${rawMessage}`,
      undefined,
      undefined,
      undefined,
      action,
    );
  }
  return new EcsError(code ?? 'UnknownError', rawMessage, undefined, status, undefined, action);
}
