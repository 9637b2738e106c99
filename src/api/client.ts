import { errorMessageOf } from '@contract/errors';
import type { Validator } from '@contract/check';

/** Every failure of an API call, whatever error body the server used. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  /** The server wants the dashboard's access token (not a refusal passed on from Convai). */
  readonly tokenRequired: boolean;

  constructor(message: string, status: number, body?: unknown, tokenRequired = false) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.tokenRequired = tokenRequired;
  }
}

/** A stream ended part-way: the server said so, or the connection broke. */
export class StreamBrokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StreamBrokenError';
  }
}

/** What to do about an error, in plain words, where there is something to do. */
export function errorHint(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.tokenRequired) return 'Enter the dashboard’s access token to continue.';
  switch (error.status) {
    case 0:
      return 'Check that the dashboard server is running, then try again.';
    case 401:
      return 'The API key the server uses was refused. Whoever runs the server should check CONVAI_API_KEY; the Settings page checks the connection.';
    case 403:
      return 'Your Convai plan does not include this API: characters and backstories need the Professional plan or above, chat history the Scale or Enterprise plan.';
    case 429:
      return 'Convai limits how many calls a key may make. Wait a minute, then try again.';
    case 502:
    case 503:
    case 504:
      return 'The service behind the dashboard did not answer properly. Try again in a moment; the Settings page checks the connection.';
    default:
      return null;
  }
}

/** The app reaches the Convai API only through the server's `/api`, which holds the key. */
export const API_BASE = '/api';

/**
 * What an answer must be: a hand-written check, a zod schema, or a function loading a zod schema
 * (so that zod, and the schemas, load with the first call that needs them, not with the first page).
 */
export type AnswerSchema<T> = Validator<T> | (() => Promise<Validator<T>>);

type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'DELETE';
  /** `/api` (the Convai calls) unless said otherwise: the dashboard's own calls live at `/dashboard`. */
  base?: string;
  /** Sent as JSON; a FormData is sent as multipart form data (files). */
  body?: Record<string, unknown> | FormData;
  /** Extra request headers (a save's `X-Base-Version`). */
  headers?: Record<string, string>;
  schema: AnswerSchema<T>;
  signal?: AbortSignal;
};

const statusHints: Record<number, string> = {
  401: 'The API key was refused.',
  403: 'This Convai plan does not allow that call.',
  404: 'Not found.',
  413: 'The request is too large.',
  429: 'Rate limit exceeded. Wait a moment and try again.',
  502: 'The server could not reach the Convai service.',
  503: 'The service is unavailable right now.',
  504: 'The Convai service did not answer in time.',
};

/** Turns a non-OK response into an ApiError carrying the server's own message. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: a proxy's error page, for instance
  }
  const message =
    errorMessageOf(body) ?? statusHints[response.status] ?? `The server answered ${response.status} ${response.statusText}.`.trim();
  return new ApiError(message, response.status, body, response.headers.get('x-dashboard-auth') !== null);
}

/** The one fetch wrapper: sends JSON, validates the answer with the contract's schema, maps every error body. */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const method = options.method ?? 'POST';
  let response: Response;
  try {
    const form = options.body instanceof FormData ? options.body : null;
    response = await fetch(`${options.base ?? API_BASE}${path}`, {
      method,
      headers: {
        // A form's content type (with its boundary) is the browser's to write.
        ...(method === 'POST' && !form ? { 'Content-Type': 'application/json' } : {}),
        Accept: 'application/json',
        ...options.headers,
      },
      body: method === 'POST' ? (form ?? JSON.stringify(options.body ?? {})) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('Could not reach the server. Check that it is running and try again.', 0);
  }
  if (!response.ok) throw await errorFromResponse(response);

  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError('The server sent an answer that is not JSON.', response.status);
  }
  return checkAnswer(path, response.status, json, options.schema);
}

/** A file the server made, with the name it gave it. */
export type DownloadedFile = { blob: Blob; fileName: string };

/** The name in a Content-Disposition header (`filename*=UTF-8''…` first), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // a malformed encoding: the plain name below
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? /filename=([^;]+)/i.exec(disposition)?.[1]?.trim() ?? null;
}

/** Asks the server for a file (an export): its bytes and name, or the ApiError its error body says. */
export async function apiDownload(path: string, options: { base?: string; body: Record<string, unknown>; fallbackName: string }) {
  let response: Response;
  try {
    response = await fetch(`${options.base ?? API_BASE}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError('Could not reach the server. Check that it is running and try again.', 0);
  }
  if (!response.ok) throw await errorFromResponse(response);
  const blob = await response.blob();
  return { blob, fileName: fileNameOf(response.headers.get('content-disposition')) ?? options.fallbackName } satisfies DownloadedFile;
}

/** Checks a successful answer's JSON with the contract's schema (loading it first when given a loader). */
export async function checkAnswer<T>(path: string, status: number, json: unknown, schemaOrLoader: AnswerSchema<T>): Promise<T> {
  const schema = typeof schemaOrLoader === 'function' ? await schemaOrLoader() : schemaOrLoader;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(`The server's answer to ${path} did not have the expected shape.`, status, json);
  }
  return parsed.data;
}
