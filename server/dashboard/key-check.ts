import type { Backend } from '../config';
import { networkErrorReason } from '../lib/network-error';

export type KeyState = {
  state: 'accepted' | 'refused' | 'not-allowed' | 'rate-limited' | 'unreachable' | 'error';
  message: string;
  checkedAt: string;
  latencyMs: number | null;
};

const CACHE_MS = 60_000;

/**
 * Whether Convai accepts the server's key, found with a cheap call (the character list), and kept
 * for a minute so the status page does not spend the user's quota.
 */
export function convaiKeyCheck(backend: Extract<Backend, { kind: 'convai' }>, fetchImpl: typeof fetch = fetch) {
  let last: { at: number; result: KeyState } | null = null;
  let running: Promise<KeyState> | null = null;

  async function check(): Promise<KeyState> {
    const started = performance.now();
    const result = (state: KeyState['state'], message: string, latency = true): KeyState => ({
      state,
      message,
      checkedAt: new Date().toISOString(),
      latencyMs: latency ? Math.round(performance.now() - started) : null,
    });
    try {
      const response = await fetchImpl(`${backend.url}/character/list`, {
        method: 'POST',
        headers: { 'CONVAI-API-KEY': backend.apiKey, 'Content-Type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(Math.min(backend.timeoutMs, 15_000)),
      });
      await response.body?.cancel().catch(() => {});
      if (response.ok) return result('accepted', 'Convai accepted the API key.');
      if (response.status === 401) return result('refused', 'Convai refused the API key. Check CONVAI_API_KEY and restart the server.');
      if (response.status === 403)
        return result(
          'not-allowed',
          'The key is valid, but its Convai plan does not include the character API (Professional plan and above).',
        );
      if (response.status === 429)
        return result('rate-limited', 'Convai is rate-limiting this key right now. Wait a minute and check again.');
      return result('error', `Convai answered ${response.status} to a test call.`);
    } catch (error) {
      return result('unreachable', `Could not reach ${new URL(backend.url).host} (${networkErrorReason(error)}).`, false);
    }
  }

  return async (force = false): Promise<KeyState> => {
    if (!force && last && Date.now() - last.at < CACHE_MS) return last.result;
    running ??= check().finally(() => (running = null));
    const result = await running;
    last = { at: Date.now(), result };
    return result;
  };
}
