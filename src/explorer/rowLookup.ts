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

export const viewRows: RowLookup = {
  instance: (value) => (value instanceof InstanceNode ? value : undefined),
  networkInterface: (value) => (value instanceof NetworkInterfaceNode ? value : undefined),
  group: (value) => (value instanceof GroupNode ? value : undefined),
  activity: (value) => (value instanceof ActivityNode ? value : undefined),
};
