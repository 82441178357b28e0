import type { EmInstance } from '../model';
import type { EmGuest, OsFamily, SecondaryEniSetup } from './guestTypes';

/** The version a fresh install brings, and the one demo guests run (a 2.x agent: sessions are supported). */
export const CURRENT_AGENT_VERSION = '2.2.3.857';

const SETUP_OF: Record<OsFamily, SecondaryEniSetup> = { alinux3: 'networkmanager', centos7: 'multi-nic-util', ubuntu2204: 'none' };

export function newGuest(os: OsFamily, options: { secondaryEniSetup?: SecondaryEniSetup; agentVersion?: string | null } = {}): EmGuest {
  return {
    os,
    secondaryEniSetup: options.secondaryEniSetup ?? SETUP_OF[os],
    agent: { version: options.agentVersion === null ? undefined : (options.agentVersion ?? CURRENT_AGENT_VERSION) },
    links: new Map(),
    routes: [],
    rules: [],
  };
}

/** The instance's guest; instances built without one run Alibaba Cloud Linux 3 with the agent. */
export function guestOf(instance: EmInstance): EmGuest {
  instance.guest ??= newGuest('alinux3');
  return instance.guest;
}

/** A boot: what was configured at run time is gone, and an agent installed since the last boot runs. */
export function bootGuest(instance: EmInstance): void {
  const guest = guestOf(instance);
  guest.links.clear();
  guest.routes = [];
  guest.rules = [];
  if (guest.agent.pendingVersion !== undefined) {
    guest.agent = { version: guest.agent.pendingVersion };
  }
}

/** Whether the agent answers: installed, and the instance Running. */
export const agentOnline = (instance: EmInstance): boolean =>
  instance.status === 'Running' && guestOf(instance).agent.version !== undefined;

/** Linux agents take Session Manager's sessions from this version on (StartTerminalSession's reference). */
export const SESSION_MIN_AGENT_VERSION: readonly number[] = [2, 2, 3, 256];

/** Whether the agent's dotted version is at least `minimum` (2.2.3.256 as [2, 2, 3, 256]). */
export function agentVersionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (const [index, wanted] of minimum.entries()) {
    const held = parts[index] ?? 0;
    if (held !== wanted) {
      return held > wanted;
    }
  }
  return true;
}
