/** Convai's record timestamp: UTC, seconds precision, no zone suffix ("2023-11-07T02:57:59"). */
export function recordTimestamp(date: Date = new Date()): string {
  return date.toISOString().slice(0, 19);
}
