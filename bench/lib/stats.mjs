/** The middle value; for an even count, the mean of the two middle values. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each numeric field's median over runs that all have the same fields. */
export function medianOfEach(runs) {
  return Object.fromEntries(Object.keys(runs[0]).map((field) => [field, median(runs.map((runFigures) => runFigures[field]))]));
}
