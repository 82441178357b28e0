/** A listener's registration; dispose() stops it (the shape of VS Code's Disposable, without VS Code). */
export interface Subscription {
  dispose(): void;
}

/** A minimal event source for the parts that run in plain Node (the store, the activity log). */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  readonly event = (listener: (value: T) => void): Subscription => {
    this.listeners.add(listener);
    return {
      dispose: () => {
        this.listeners.delete(listener);
      },
    };
  };

  /** How many listeners are registered (a view left open must not gather more over time). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      listener(value);
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
