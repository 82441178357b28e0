import type * as SessionModule from './sessionClient';
import type { SessionEvents, SessionOptions, TerminalSession } from './sessionClient';

export type { SessionEnd, SessionEvents, TerminalSession } from './sessionClient';

/** Opens a terminal session over a session's WebSocket address with its token. */
export type SessionOpener = (url: string, token: string, events: SessionEvents, options?: SessionOptions) => TerminalSession;

/**
 * The session client, loaded when the first terminal opens: it brings `ws`, which activation never needs. The bundler
 * maps the require to the separately bundled `dist/session.js`.
 */
export const lazySessionOpener: SessionOpener = (url, token, events, options) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('./sessionClient') as typeof SessionModule;
  return module.openSession(url, token, events, options);
};
