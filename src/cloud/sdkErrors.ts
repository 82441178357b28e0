import { EcsError, isEcsError } from './ecsError';

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
  data?: { Message?: unknown; Recommend?: unknown; RequestId?: unknown } | null;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EPROTO',
]);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value !== 'undefined' ? value : undefined;
}

/** Turns whatever the SDK or the network threw into an `EcsError` that keeps code, message, request id and status. */
export function toEcsError(error: unknown, action: string): EcsError {
  if (isEcsError(error)) {
    return error;
  }
  const shape: SdkErrorShape = typeof error === 'object' && error !== null ? error : { message: String(error) };
  const rawMessage = text(shape.message) ?? String(error);
  const code = text(shape.code);
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  if (code && status !== undefined) {
    const message = text(shape.data?.Message) ?? rawMessage;
    const requestId = text(shape.requestId) ?? text(shape.data?.RequestId);
    return new EcsError(code, message, requestId, status, text(shape.data?.Recommend), action);
  }
  if (shape.name === 'RequestTimeoutError') {
    return new EcsError('RequestTimeout', rawMessage, undefined, undefined, undefined, action);
  }
  if (code && NETWORK_CODES.has(code)) {
    return new EcsError('NetworkError', `${code}: ${rawMessage}`, undefined, undefined, undefined, action);
  }
  if (code === 'InvalidCredentials' || rawMessage.includes('unable to get credentials')) {
    return new EcsError('NoCredentials', rawMessage, undefined, undefined, undefined, action);
  }
  if (error instanceof SyntaxError) {
    return new EcsError('InvalidResponse', `The endpoint answered with something that is not ECS JSON: ${rawMessage}`,
      undefined, undefined, undefined, action);
  }
  return new EcsError(code ?? 'UnknownError', rawMessage, undefined, status, undefined, action);
}
