const units = ['KB', 'MB', 'GB'] as const;

/**
 * A size in bytes for people: "812 bytes", "1.4 KB", "25 MB" (1 KB = 1,024 bytes, as file managers
 * on most systems count). Accepts the API's sizes, which arrive as strings of digits; anything that
 * is not a size gives null.
 */
export function formatBytes(value: number | string | null | undefined): string | null {
  const bytes = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null;
  if (bytes < 1024) return `${Math.round(bytes).toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  // One decimal below 10 (1.4 KB), none above (236 KB): a tenth of a large size says nothing.
  const rounded = size < 10 ? Math.round(size * 10) / 10 : Math.round(size);
  return `${rounded.toLocaleString('en-US')} ${units[unit]}`;
}
