/** The emulator's time: real time by default; tests can pause it and move it on by hand. */
export class EmulatorClock {
  private offsetMs = 0;
  private pausedAt: number | undefined;

  now(): number {
    return this.pausedAt ?? Date.now() + this.offsetMs;
  }

  pause(): void {
    this.pausedAt ??= this.now();
  }

  resume(): void {
    if (this.pausedAt !== undefined) {
      this.offsetMs = this.pausedAt - Date.now();
      this.pausedAt = undefined;
    }
  }

  advance(ms: number): void {
    if (this.pausedAt !== undefined) {
      this.pausedAt += ms;
    } else {
      this.offsetMs += ms;
    }
  }
}

/** `yyyy-MM-ddTHH:mmZ`, the minute precision ECS uses for instance times. */
export const instanceTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16) + 'Z';

/** `yyyy-MM-ddTHH:mm:ssZ`, the precision ECS uses for ENI times. */
export const eniTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z';
