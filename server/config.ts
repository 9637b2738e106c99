import path from 'node:path';
import { z } from 'zod';

/** The development key the local server accepts when LOCAL_API_KEYS is not set (documented in README). */
export const DEFAULT_LOCAL_API_KEY = 'local-dev-key';

/** Where local model servers listen by default: Ollama, then LM Studio (both OpenAI-compatible under /v1). */
export const DEFAULT_LOCAL_LLM_URLS = ['http://127.0.0.1:11434/v1', 'http://127.0.0.1:1234/v1'];

const flag = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => ['true', 'false', '1', '0', 'yes', 'no'].includes(value), {
      message: `${name} must be true or false`,
    })
    .transform((value) => ['true', '1', 'yes'].includes(value));

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'HOST must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().trim().min(1, 'DATA_DIR must not be empty').default('./data'),
  LOCAL_API_KEYS: z
    .string()
    .default(DEFAULT_LOCAL_API_KEY)
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .min(8, 'each key in LOCAL_API_KEYS must be at least 8 characters')
            .max(200, 'each key in LOCAL_API_KEYS must be at most 200 characters')
            .regex(/^[\x21-\x7e]+$/, 'keys in LOCAL_API_KEYS may hold only printable ASCII without spaces'),
        )
        .min(1, 'LOCAL_API_KEYS must hold at least one key'),
    ),
  SEED_DEMO: flag('SEED_DEMO').default(true),
  GENERATOR_DELAY_MS: z.coerce
    .number({ error: 'GENERATOR_DELAY_MS must be a number' })
    .int('GENERATOR_DELAY_MS must be a whole number of milliseconds')
    .min(0, 'GENERATOR_DELAY_MS must be 0 or more')
    .max(5_000, 'GENERATOR_DELAY_MS must be at most 5000')
    .default(45),
  HISTORY_THIN_AFTER_DAYS: z.coerce
    .number({ error: 'HISTORY_THIN_AFTER_DAYS must be a number' })
    .int('HISTORY_THIN_AFTER_DAYS must be a whole number of days')
    .min(0, 'HISTORY_THIN_AFTER_DAYS must be 0 (never thin) or more')
    .default(90),
  LLM_BASE_URL: z.url({ protocol: /^https?$/, error: 'LLM_BASE_URL must be an http(s) URL, such as http://127.0.0.1:11434/v1' }).optional(),
  LLM_MODEL: z.string().trim().min(1).optional(),
  LLM_API_KEY: z.string().trim().min(1).optional(),
  LOCAL_LLM_URLS: z
    .string()
    .default(DEFAULT_LOCAL_LLM_URLS.join(','))
    .transform((value) =>
      value.trim().toLowerCase() === 'none'
        ? []
        : value
            .split(',')
            .map((url) => url.trim())
            .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .url({
            protocol: /^https?$/,
            error: 'each address in LOCAL_LLM_URLS must be an http(s) URL, such as http://127.0.0.1:11434/v1 (or none for no offer)',
          })
          // Settings shows these addresses: a password in one would reach the browser.
          .refine(
            (url) => !URL.canParse(url) || (!new URL(url).username && !new URL(url).password),
            'addresses in LOCAL_LLM_URLS may not hold a user or password',
          ),
      ),
    ),
  LLM_TIMEOUT_MS: z.coerce
    .number({ error: 'LLM_TIMEOUT_MS must be a number' })
    .int()
    .min(1_000, 'LLM_TIMEOUT_MS must be at least 1000')
    .default(60_000),
  BACKEND: z.enum(['local', 'convai'], { error: 'BACKEND must be local or convai' }).default('local'),
  CONVAI_API_KEY: z
    .string()
    .trim()
    .min(1)
    .regex(/^[\x21-\x7e]+$/, 'CONVAI_API_KEY may hold only printable ASCII without spaces')
    .optional(),
  CONVAI_API_URL: z
    .url({ protocol: /^https?$/, error: 'CONVAI_API_URL must be an http(s) URL, such as https://api.convai.com' })
    .default('https://api.convai.com'),
  UPSTREAM_TIMEOUT_MS: z.coerce
    .number({ error: 'UPSTREAM_TIMEOUT_MS must be a number' })
    .int()
    .min(1_000, 'UPSTREAM_TIMEOUT_MS must be at least 1000')
    .default(30_000),
  DASHBOARD_TOKEN: z
    .string()
    .trim()
    .min(16, 'DASHBOARD_TOKEN must be at least 16 characters')
    .regex(/^[\x21-\x7e]+$/, 'DASHBOARD_TOKEN may hold only printable ASCII without spaces')
    .optional(),
});

/** An OpenAI-compatible chat-completions service (OpenAI, Ollama, llama.cpp's server, vLLM). */
export type LlmConfig = { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number };

/** Where `/api` goes: the local implementation, or Convai's hosted service with the server's key. */
export type Backend = { kind: 'local' } | { kind: 'convai'; url: string; apiKey: string; timeoutMs: number };

export type Config = {
  backend: Backend;
  /** Required by every `/api` call when set (the browser enters it once). */
  dashboardToken: string | null;
  port: number;
  host: string;
  dataDir: string;
  localApiKeys: string[];
  seedDemo: boolean;
  /** Pause between the offline generator's pieces, so a reader can follow. */
  generatorDelayMs: number;
  /** Versions older than this many days keep the last of each day (and every named one); 0 keeps all. */
  thinHistoryAfterDays: number;
  /** Null: the offline generator answers (or a local model chosen in Settings, see localModels). */
  llm: LlmConfig | null;
  /**
   * The local model servers Settings may offer (LOCAL_LLM_URLS), and how long to wait for a chosen
   * one; null when LLM_BASE_URL is set (the environment chooses) or in front of Convai (it writes).
   */
  localModels: LocalModelsConfig | null;
};

/** Local OpenAI-compatible servers (Ollama, LM Studio) Settings may offer, by base URL. */
export type LocalModelsConfig = { candidates: string[]; timeoutMs: number };

export class ConfigError extends Error {}

// Never repeated in a message.
const secretSettings = new Set(['LOCAL_API_KEYS', 'LLM_API_KEY', 'CONVAI_API_KEY', 'DASHBOARD_TOKEN']);

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

/** Whether the server is reachable only from this machine. */
const isLoopback = (host: string) => loopbackHosts.has(host) || /^127\./.test(host);

/** Reads and checks the configuration once, at start; a bad value throws a ConfigError naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as in most twelve-factor tools.
  const present = Object.fromEntries(Object.entries(env).filter(([key, value]) => key in environmentSchema.shape && value !== ''));
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      // A URL's user and password are left out too.
      const given = secretSettings.has(name) ? '' : ` (got "${env[name]?.replace(/\/\/[^/@\s]*@/g, '//…@')}")`;
      return `  ${name}: ${issue.message}${given}`;
    });
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const value = result.data;
  if (value.LLM_BASE_URL && !value.LLM_MODEL) {
    throw new ConfigError('Invalid configuration:\n  LLM_MODEL: set the model to use with LLM_BASE_URL (for example llama3.1)');
  }
  if (!value.LLM_BASE_URL && (value.LLM_MODEL || value.LLM_API_KEY)) {
    throw new ConfigError(
      'Invalid configuration:\n  LLM_BASE_URL: set it too, or unset LLM_MODEL and LLM_API_KEY to use the offline generator',
    );
  }
  if (value.BACKEND === 'convai' && !value.CONVAI_API_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  CONVAI_API_KEY: BACKEND=convai needs your Convai API key (the Key icon in your Convai account); the server holds it, the browser never sees it',
    );
  }
  // Beyond this machine, /api acts with a key on behalf of whoever reaches it: only with a token.
  if (!isLoopback(value.HOST) && !value.DASHBOARD_TOKEN) {
    throw new ConfigError(
      `Invalid configuration:\n  DASHBOARD_TOKEN: listening on ${value.HOST} makes the dashboard reachable from other machines, and it acts with an API key; set DASHBOARD_TOKEN (16 or more characters) to require it, or keep HOST=127.0.0.1`,
    );
  }
  return {
    backend:
      value.BACKEND === 'convai'
        ? {
            kind: 'convai',
            url: value.CONVAI_API_URL.replace(/\/+$/, ''),
            apiKey: value.CONVAI_API_KEY!,
            timeoutMs: value.UPSTREAM_TIMEOUT_MS,
          }
        : { kind: 'local' },
    dashboardToken: value.DASHBOARD_TOKEN ?? null,
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.DATA_DIR),
    localApiKeys: value.LOCAL_API_KEYS,
    seedDemo: value.SEED_DEMO,
    generatorDelayMs: value.GENERATOR_DELAY_MS,
    thinHistoryAfterDays: value.HISTORY_THIN_AFTER_DAYS,
    llm:
      value.LLM_BASE_URL && value.LLM_MODEL
        ? {
            baseUrl: value.LLM_BASE_URL.replace(/\/+$/, ''),
            model: value.LLM_MODEL,
            apiKey: value.LLM_API_KEY,
            timeoutMs: value.LLM_TIMEOUT_MS,
          }
        : null,
    localModels:
      value.LLM_BASE_URL || value.BACKEND === 'convai'
        ? null
        : { candidates: [...new Set(value.LOCAL_LLM_URLS.map(withoutTrailingSlash))], timeoutMs: value.LLM_TIMEOUT_MS },
  };
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');
