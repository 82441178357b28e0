/** ENIs an attach or detach from this window is working on: the same ENI is never sent two writes at once. */
const busy = new Set<string>();

/** Runs `work` unless the ENI is already being attached or detached; then answers `busy` without running it. */
export async function oneAtATime<T>(networkInterfaceId: string, work: () => Promise<T>): Promise<T | { readonly kind: 'busy' }> {
  if (busy.has(networkInterfaceId)) {
    return { kind: 'busy' };
  }
  busy.add(networkInterfaceId);
  try {
    return await work();
  } finally {
    busy.delete(networkInterfaceId);
  }
}

/** Whether an attach or detach from this window is working on the ENI now. */
export const isBusy = (networkInterfaceId: string): boolean => busy.has(networkInterfaceId);
