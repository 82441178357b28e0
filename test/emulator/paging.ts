import { EmulatorError } from './errors';

/** NextToken as ECS hands it out: opaque to the client; here it carries the offset of the next item. */
export function encodeNextToken(offset: number): string {
  return Buffer.from(`ecs-emulator:${offset}`).toString('base64url');
}

function decodeNextToken(token: string): number {
  const match = /^ecs-emulator:(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) {
    throw new EmulatorError('InvalidNextToken', 400, 'The specified NextToken is not valid.');
  }
  return Number(match[1]);
}

export interface TokenPage<T> {
  readonly items: T[];
  readonly nextToken: string;
}

/** MaxResults unset becomes the default (the minimum unless said), below the minimum the minimum, above the maximum the maximum. */
export function clampMaxResults(value: number | undefined, min: number, max: number, fallback = min): number {
  if (value === undefined) {
    return fallback;
  }
  if (value < min) {
    return min;
  }
  return Math.min(value, max);
}

export function tokenPage<T>(all: readonly T[], nextToken: string | undefined, maxResults: number): TokenPage<T> {
  const offset = nextToken === undefined ? 0 : decodeNextToken(nextToken);
  const items = all.slice(offset, offset + maxResults);
  const next = offset + maxResults < all.length ? encodeNextToken(offset + maxResults) : '';
  return { items, nextToken: next };
}
