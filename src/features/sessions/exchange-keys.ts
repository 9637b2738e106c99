import { exchangeKey } from '@contract/schemas/annotations';
import type { Exchange } from '@contract/schemas/conversation';

/** Each exchange's key for its review: its timestamp, with its place among exchanges that share one. */
export function exchangeKeysOf(exchanges: readonly Exchange[]): string[] {
  const seen = new Map<string, number>();
  return exchanges.map((exchange) => {
    const ordinal = seen.get(exchange.timestamp) ?? 0;
    seen.set(exchange.timestamp, ordinal + 1);
    return exchangeKey(exchange.timestamp, ordinal);
  });
}
