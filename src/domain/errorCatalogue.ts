import type * as Rows from './errorCatalogueRows';

/** What kind of failure a code is: it decides whether retrying can help and how the notification reads. */
export type ErrorKind =
  | 'state'
  | 'mismatch'
  | 'quota'
  | 'input'
  | 'notFound'
  | 'permission'
  | 'credentials'
  | 'throttling'
  | 'server'
  | 'network'
  | 'timeout'
  | 'configuration'
  | 'conflict'
  | 'unknown';

export interface ErrorExplanation {
  readonly code: string;
  readonly kind: ErrorKind;
  /** One line, in plain words: what the code means. */
  readonly meaning: string;
  /** What to do about it. */
  readonly advice: string;
  /** A page about this failure when it is ours, not ECS's (ECS codes link to the troubleshooting page). */
  readonly docUrl?: string;
}

let catalogue: ReadonlyMap<string, ErrorExplanation> | undefined;

/**
 * The table is a module of its own, bundled apart (dist/errorCatalogue.js) and read when the first failure is
 * explained: activation does not carry it.
 */
function table(): ReadonlyMap<string, ErrorExplanation> {
  if (!catalogue) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CATALOGUE_ROWS } = require('./errorCatalogueRows') as typeof Rows;
    catalogue = new Map(
      CATALOGUE_ROWS.map(([code, kind, meaning, advice, docUrl]) => [code, { code, kind, meaning, advice, ...(docUrl ? { docUrl } : {}) }]),
    );
  }
  return catalogue;
}

export const catalogueCodes = (): string[] => [...table().keys()];

/** The explanation of a code; an unknown one still gets a plain explanation (the link and raw message do the rest). */
export function explain(code: string): ErrorExplanation {
  const known = table().get(code);
  if (known) {
    return known;
  }
  if (code.startsWith('Throttling')) {
    return { code, kind: 'throttling', meaning: 'Too many requests in a short time.', advice: 'Wait a moment and try again.' };
  }
  if (code.startsWith('NetworkError')) {
    return { ...(table().get('NetworkError') as ErrorExplanation), code };
  }
  return { code, kind: 'unknown', meaning: 'ECS refused the request.', advice: 'See the message from ECS and the troubleshooting page.' };
}

/** Retrying by hand can help: the cause may pass on its own. */
export function retryHelps(code: string): boolean {
  return ['throttling', 'server', 'network', 'timeout', 'state', 'conflict'].includes(explain(code).kind);
}
