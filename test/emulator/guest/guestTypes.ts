/** The emulated guest's records: its operating system, network and agent, and what a script run left. */

/** What `/etc/os-release` says of an image family the emulator models. */
export interface OsRelease {
  readonly name: string;
  readonly id: string;
  readonly versionId: string;
  readonly prettyName: string;
}

export const OS_RELEASES = {
  alinux3: { name: 'Alibaba Cloud Linux', id: 'alinux', versionId: '3', prettyName: 'Alibaba Cloud Linux 3.2104 U11 (OpenAnolis Edition)' },
  ubuntu2204: { name: 'Ubuntu', id: 'ubuntu', versionId: '22.04', prettyName: 'Ubuntu 22.04.4 LTS' },
  centos7: { name: 'CentOS Linux', id: 'centos', versionId: '7', prettyName: 'CentOS Linux 7 (Core)' },
} as const satisfies Record<string, OsRelease>;

export type OsFamily = keyof typeof OS_RELEASES;

/**
 * What brings a hot-plugged secondary ENI up in the image: NetworkManager (Alibaba Cloud Linux 3, CentOS 8 and later:
 * the interface up by DHCP, no routing of its own), Alibaba's multi-NIC tool `multi-nic-util` (Alibaba Cloud Linux 2,
 * CentOS 7: up, with a routing table and a rule for its address), or nothing (the interface stays down), as
 * https://www.alibabacloud.com/help/en/ecs/user-guide/create-an-eni describes.
 */
export type SecondaryEniSetup = 'networkmanager' | 'multi-nic-util' | 'none';

/** One interface as the guest's kernel holds it, by the MAC of the ENI behind it. */
export interface GuestLink {
  up: boolean;
  /** `address/prefix`, IPv4 and IPv6. */
  addresses: string[];
}

/** A route the guest was given (kernel routes of its addresses are derived, not kept). */
export interface GuestRoute {
  /** `main` or a number. */
  table: string;
  /** `default` or a CIDR block. */
  destination: string;
  via?: string;
  dev: string;
  proto?: string;
  metric?: number;
}

export interface GuestRule {
  priority: number;
  /** An address, or `all`. */
  from: string;
  table: string;
}

/** The Cloud Assistant agent of the guest. */
export interface GuestAgent {
  /** Undefined when not installed. */
  version: string | undefined;
  /** Installed by InstallCloudAssistant, running from the next boot. */
  pendingVersion?: string;
}

/** A small simulated operating system: enough to answer what the extension sends through Cloud Assistant. */
export interface EmGuest {
  os: OsFamily;
  secondaryEniSetup: SecondaryEniSetup;
  agent: GuestAgent;
  /** By MAC; an attached ENI the guest has not seen yet gets its boot-time state when first looked at. */
  links: Map<string, GuestLink>;
  routes: GuestRoute[];
  rules: GuestRule[];
}

/** Output the script printed, at how many milliseconds into its run (its `sleep`s move the time on). */
export interface OutputChunk {
  readonly atMs: number;
  readonly text: string;
}

export interface ScriptRun {
  readonly chunks: readonly OutputChunk[];
  readonly exitCode: number;
  /** How long it runs: the sum of its sleeps. */
  readonly durationMs: number;
}
