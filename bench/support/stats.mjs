// Small statistics for benchmark runs: medians across alternated runs, not single timings.

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const round = (value, digits = 1) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export const MB = 1024 * 1024;

/** One row of the results table. */
export function figure({ benchmark, name, value, unit, target, pass, note }) {
  return { benchmark, name, value, unit, target, pass: pass ?? null, note: note ?? "" };
}

/** A ratio as "0.83×", two decimals so a near miss never prints as the target itself. */
export const times = (ratio) => `${ratio.toFixed(2)}×`;
