/** Links to Alibaba Cloud's documentation for an error and an API action (ecs-api.md §5.5). */

export interface ErrorLinkInput {
  readonly code: string;
  readonly requestId?: string | undefined;
  readonly recommendUrl?: string | undefined;
  readonly action?: string | undefined;
  /** A page of our own for codes that are not ECS's (network, credentials). */
  readonly docUrl?: string | undefined;
}

export interface ErrorLinks {
  /** The one page that best explains this error. */
  readonly primary: string;
  /** The API reference of the action, when there is one. */
  readonly apiReference: string | undefined;
}

export function troubleshootUrl(code: string, requestId: string | undefined): string {
  const query = new URLSearchParams({ intl_lang: 'EN_US', q: code, product: 'Ecs' });
  if (requestId) {
    query.set('requestId', requestId);
  }
  return `https://api.alibabacloud.com/troubleshoot?${query.toString()}`;
}

export function apiReferenceUrl(action: string): string {
  return `https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-${action.toLowerCase()}`;
}

/** Prefers the `Recommend` link ECS sent; else our page for our own codes; else the troubleshooting page for code and request id. */
export function errorLinks(input: ErrorLinkInput): ErrorLinks {
  const recommend = input.recommendUrl && /^https:\/\/[^\s]+$/.test(input.recommendUrl) ? input.recommendUrl : undefined;
  return {
    primary: recommend ?? input.docUrl ?? troubleshootUrl(input.code, input.requestId),
    apiReference: input.action ? apiReferenceUrl(input.action) : undefined,
  };
}
