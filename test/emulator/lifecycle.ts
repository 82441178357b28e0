import { instanceTime } from './clock';
import { bootGuest } from './guest/guest';
import type { EmAccount, EmInstance, EmNetworkInterface } from './model';
import type { World } from './world';

/** ENIs that take one of the instance's ENI slots: attached or on the way, primary included, member ENIs not. */
export function occupiedSlots(account: EmAccount, instanceId: string): EmNetworkInterface[] {
  return [...account.networkInterfaces.values()].filter(
    (eni) =>
      eni.instanceId === instanceId &&
      eni.type !== 'Member' &&
      (eni.status === 'InUse' || eni.status === 'Attaching' || eni.status === 'Detaching'),
  );
}

function nextDeviceIndex(account: EmAccount, instanceId: string): number {
  const used = new Set(occupiedSlots(account, instanceId).map((eni) => eni.deviceIndex ?? 0));
  let index = 1;
  while (used.has(index)) {
    index += 1;
  }
  return index;
}

export function beginAttach(world: World, account: EmAccount, eni: EmNetworkInterface, instance: EmInstance): void {
  eni.status = 'Attaching';
  eni.instanceId = instance.instanceId;
  eni.deviceIndex = nextDeviceIndex(account, instance.instanceId);
  const fails = world.takeAttachFailure(eni.networkInterfaceId);
  world.schedule(world.delays.attachMs, () => {
    if (eni.status !== 'Attaching' || eni.instanceId !== instance.instanceId) {
      return;
    }
    if (fails) {
      eni.status = 'Available';
      eni.instanceId = '';
      eni.deviceIndex = undefined;
    } else {
      eni.status = 'InUse';
    }
  });
}

export function beginDetach(world: World, eni: EmNetworkInterface): void {
  eni.status = 'Detaching';
  const instanceId = eni.instanceId;
  world.schedule(world.delays.detachMs, () => {
    if (eni.status === 'Detaching' && eni.instanceId === instanceId) {
      eni.status = 'Available';
      eni.instanceId = '';
      eni.deviceIndex = undefined;
    }
  });
}

export function beginDelete(world: World, account: EmAccount, eni: EmNetworkInterface): void {
  eni.status = 'Deleting';
  world.schedule(world.delays.deleteMs, () => {
    if (account.networkInterfaces.get(eni.networkInterfaceId) === eni && eni.status === 'Deleting') {
      account.networkInterfaces.delete(eni.networkInterfaceId);
    }
  });
}

function settleInstance(world: World, instance: EmInstance, from: EmInstance['status'], to: EmInstance['status'], delayMs: number): void {
  instance.status = from;
  world.schedule(delayMs, () => {
    if (instance.status === from) {
      instance.status = to;
      if (to === 'Running') {
        instance.startTime = instanceTime(world.clock.now());
        bootGuest(instance);
      }
    }
  });
}

/** How a stop was asked for: the mode it leaves the instance in, and whether it was forced. */
export interface StopHow {
  readonly stoppedMode: NonNullable<EmInstance['stoppedMode']>;
  readonly force: boolean;
}

export const beginStart = (world: World, instance: EmInstance): void =>
  settleInstance(world, instance, 'Starting', 'Running', world.delays.startMs);

export function beginStop(world: World, instance: EmInstance, how: StopHow = { stoppedMode: 'KeepCharging', force: false }): void {
  instance.stoppedMode = how.stoppedMode;
  instance.lastStopForced = how.force;
  settleInstance(world, instance, 'Stopping', 'Stopped', world.delays.stopMs);
}

/**
 * RebootInstance puts the instance in Starting at once and it is Running again when done, with a new start time
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-rebootinstance); the 2018 attach rule then no
 * longer applies to it.
 */
export function beginReboot(world: World, instance: EmInstance, force = false): void {
  instance.lastStopForced = force;
  settleInstance(world, instance, 'Starting', 'Running', world.delays.rebootMs);
}

/** Lets the transitional resources of a freshly loaded data set settle on their own, as they would in ECS. */
export function settleLoadedTransitions(world: World, account: EmAccount): void {
  for (const instance of account.instances.values()) {
    if (instance.status === 'Pending') {
      settleInstance(world, instance, 'Pending', 'Running', world.delays.pendingMs);
    } else if (instance.status === 'Starting') {
      beginStart(world, instance);
    } else if (instance.status === 'Stopping') {
      beginStop(world, instance);
    }
  }
  for (const eni of account.networkInterfaces.values()) {
    if (eni.status === 'Attaching') {
      world.schedule(world.delays.attachMs, () => {
        if (eni.status === 'Attaching') {
          eni.status = 'InUse';
        }
      });
    } else if (eni.status === 'Detaching') {
      beginDetach(world, eni);
    } else if (eni.status === 'Deleting') {
      beginDelete(world, account, eni);
    }
  }
}
