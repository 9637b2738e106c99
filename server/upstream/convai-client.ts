import type { Backend } from '../config';
import { errorMessageOf } from '../../contract/errors';
import { networkErrorReason } from '../lib/network-error';

export type ConvaiBackend = Extract<Backend, { kind: 'convai' }>;

export type ConvaiAnswer = { ok: true; body: unknown } | { ok: false; status: number; message: string };

/**
 * The server's own calls to Convai's hosted service (with its key), for what it does on the
 * dashboard's behalf: reading a character whole to record a version, applying a version, re-creating
 * a character from the trash. JSON in, JSON out; a refusal, a time-out or an unreachable service is
 * an answer with the reason, never a throw.
 */
export function convaiClient(backend: ConvaiBackend, fetchImpl: typeof fetch = fetch) {
  const seconds = backend.timeoutMs / 1000;
  return async function call(path: string, body: Record<string, unknown>): Promise<ConvaiAnswer> {
    let response: Response;
    try {
      response = await fetchImpl(`${backend.url}${path}`, {
        method: 'POST',
        headers: { 'CONVAI-API-KEY': backend.apiKey, 'Content-Type': 'application/json', 'User-Agent': 'convai-character-studio' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(backend.timeoutMs),
        redirect: 'manual',
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        ok: false,
        status: timedOut ? 504 : 502,
        message: timedOut
          ? `The Convai service did not answer within ${seconds} s.`
          : `Could not reach the Convai service at ${new URL(backend.url).host} (${networkErrorReason(error)}).`,
      };
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (response.ok && parsed !== null) return { ok: true, body: parsed };
    return {
      ok: false,
      status: response.ok ? 502 : response.status,
      message: errorMessageOf(parsed) ?? `The Convai service answered ${response.status} to ${path}.`,
    };
  };
}

export type ConvaiCall = ReturnType<typeof convaiClient>;
