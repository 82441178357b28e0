export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  readonly runs?: number;
  /** What it is compared with, and the ratio measured in the same run. */
  readonly comparedWith?: string;
  readonly ratio?: number;
  readonly budget?: string;
  readonly met?: boolean;
}

export function summary(samples: readonly number[], unit: string): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { value: round(median), unit, min: round(sorted[0] ?? 0), max: round(sorted.at(-1) ?? 0), runs: samples.length };
}

export const elapsed = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
