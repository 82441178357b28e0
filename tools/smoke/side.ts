import type { CredentialChoice } from '../../src/cloud/ecsApi';
import { SdkClients } from '../../src/cloud/sdkClients';
import { toEcsError } from '../../src/cloud/sdkErrors';

/** What one side answered to one request: its JSON, or the code and HTTP status of its refusal. */
export type Answer =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly code: string; readonly httpStatus: number | undefined };

/** One place requests go: Alibaba Cloud (or the endpoint given), or the emulator the kit compares it with. */
export interface Side {
  readonly name: 'cloud' | 'emulator';
  send(action: string, regionId: string, query: Record<string, unknown>): Promise<Answer>;
}

/**
 * A side that sends each request as the extension does (the same SDK clients, signing and endpoints), once, without
 * the adapter's retries, so that an answer is the service's own.
 */
export function sdkSide(
  name: Side['name'],
  endpoint: string | undefined,
  credentials: CredentialChoice | undefined,
  timeoutMs = 30_000,
): Side {
  const clients = new SdkClients({ endpoint, timeoutMs, ...(credentials ? { credentials } : {}) });
  return {
    name,
    async send(action, regionId, query) {
      try {
        await clients.credentialsResolved(action);
        return { ok: true, body: await clients.clientForAction(regionId, action).json(action, query) };
      } catch (caught) {
        const error = toEcsError(caught, action);
        return { ok: false, code: error.code, httpStatus: error.httpStatus };
      }
    },
  };
}
