import type { Instance } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';

/** The part of ECS the extension uses. Every method rejects with an `EcsError`. */
export interface EcsApi {
  describeRegions(): Promise<Region[]>;
  listInstances(regionId: string): Promise<Instance[]>;
  listNetworkInterfaces(regionId: string): Promise<NetworkInterface[]>;
}

export interface ConnectionSettings {
  /** `http://127.0.0.1:8787` or `https://ecs.example.com`; undefined means the public endpoint of each region. */
  readonly endpoint: string | undefined;
  /** Milliseconds to wait for a connection and for an answer. */
  readonly timeoutMs: number;
}
