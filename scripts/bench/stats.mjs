// Summaries of repeated timings. Figures only: the benchmark prints them and asserts nothing.

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(samples, fraction) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export const median = (samples) => percentile(samples, 0.5);

/** Milliseconds as the table shows them. */
export const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');

/** A ratio as the table shows it, e.g. "1.04×". */
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

/** The median of each run's figure, and the range across runs, e.g. "18 ms (16–21)". */
export function acrossRuns(values, format = ms) {
  if (values.length === 1) return format(values[0]);
  const bare = (value) => format(value).replace(/ ms$/, '');
  return `${format(median(values))} (${bare(Math.min(...values))}–${bare(Math.max(...values))})`;
}
