/** The 95th percentile of the durations, in milliseconds. */
export function p95(durations: readonly number[]): number {
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

/** Runs a query a few times to warm caches, then `iterations` times, timing each; returns the p95 in ms. */
export async function measureP95(run: () => Promise<unknown>, iterations: number, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    durations.push(performance.now() - start);
  }
  return p95(durations);
}

const round = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

/** One line per measurement, in the form the issue asks for (and docs/benchmarks.md records). */
export function printQueryLine(name: string, engine: string, p95Ms: number, baselineP95Ms: number): void {
  process.stdout.write(
    `bench ${name} ${engine} p95_ms=${round(p95Ms)} baseline_p95_ms=${round(baselineP95Ms)} ratio=${round(baselineP95Ms / p95Ms)}\n`,
  );
}

export function printImportLine(engine: string, valuesPerSecond: number, baselineValuesPerSecond: number): void {
  process.stdout.write(
    `bench import ${engine} values_per_s=${Math.round(valuesPerSecond)} baseline_values_per_s=${Math.round(baselineValuesPerSecond)} ratio=${round(valuesPerSecond / baselineValuesPerSecond)}\n`,
  );
}

export const note = (line: string) => process.stdout.write(`# ${line}\n`);
