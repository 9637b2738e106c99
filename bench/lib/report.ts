/** One line of the benchmark table. */
export type Row = {
  what: string;
  /** What was measured, in words and figures ("p95 12.1 ms"). */
  measured: string;
  target: string;
  /** Whether the target is met; null where there is nothing to meet (context figures). */
  met: boolean | null;
};

export type BenchContext = {
  /** A quick run that only proves the benchmark still works: small sizes, one repetition. */
  smoke: boolean;
  log: (line: string) => void;
};

export type Bench = { name: string; run: (context: BenchContext) => Promise<Row[]> };

export const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The value below which `p` percent of the values lie (nearest rank). */
export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatTable(rows: Row[]): string {
  const header = ['what', 'measured', 'target', 'status'];
  const lines = rows.map((row) => [row.what, row.measured, row.target, row.met === null ? '—' : row.met ? 'met' : 'MISSED']);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}
