import { ActivityNode } from './activityTreeProvider';
import { GroupNode } from './nodes/groupNode';
import { InstanceNode } from './nodes/instanceNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';

/**
 * Tells which row of the views a command was run on. The commands live in a bundle of their own; asking the views'
 * bundle, which made the rows, recognises only the very rows it made (an object another extension passed is none).
 */
export interface RowLookup {
  readonly instance: (value: unknown) => InstanceNode | undefined;
  readonly networkInterface: (value: unknown) => NetworkInterfaceNode | undefined;
  /** The Instances or Network Interfaces row of a region. */
  readonly group: (value: unknown) => GroupNode | undefined;
  readonly activity: (value: unknown) => ActivityNode | undefined;
}

/**
 * `instanceof` asks a proxy for its prototype, and a proxy another extension passed may throw whatever it likes there
 * (even something made to look like our own failure): such a value is no row.
 */
function rowOf<T>(value: unknown, kind: abstract new (...args: never[]) => T): T | undefined {
  try {
    return value instanceof kind ? value : undefined;
  } catch {
    return undefined;
  }
}

export const viewRows: RowLookup = {
  instance: (value) => rowOf(value, InstanceNode),
  networkInterface: (value) => rowOf(value, NetworkInterfaceNode),
  group: (value) => rowOf(value, GroupNode),
  activity: (value) => rowOf(value, ActivityNode),
};
