/** A duration as people read it: milliseconds under a second (never "0.0 s"), then seconds. */
export const durationText = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
