import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_API_KEY, DEFAULT_LOCAL_LLM_URLS, readConfig } from './config';

describe('readConfig', () => {
  it('has working defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', localApiKeys: [DEFAULT_LOCAL_API_KEY], seedDemo: true });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('reads every setting', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/x',
      LOCAL_API_KEYS: 'first-key-1, second-key-2',
      SEED_DEMO: 'false',
      DASHBOARD_TOKEN: 'dashboard-token-0123456789',
      HISTORY_THIN_AFTER_DAYS: '30',
    });
    expect(config).toEqual({
      backend: { kind: 'local' },
      dashboardToken: 'dashboard-token-0123456789',
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/x',
      localApiKeys: ['first-key-1', 'second-key-2'],
      seedDemo: false,
      generatorDelayMs: 45,
      thinHistoryAfterDays: 30,
      llm: null,
      localModels: { candidates: DEFAULT_LOCAL_LLM_URLS, timeoutMs: 60_000 },
    });
  });

  it('looks for local model servers at Ollama’s and LM Studio’s addresses, or those given, or none', () => {
    expect(DEFAULT_LOCAL_LLM_URLS).toEqual(['http://127.0.0.1:11434/v1', 'http://127.0.0.1:1234/v1']);
    expect(
      readConfig({
        LOCAL_LLM_URLS: ' http://127.0.0.1:8080/v1/ ,http://gpu-box:11434/v1,http://127.0.0.1:8080/v1',
        LLM_TIMEOUT_MS: '90000',
      }).localModels,
    ).toEqual({
      candidates: ['http://127.0.0.1:8080/v1', 'http://gpu-box:11434/v1'],
      timeoutMs: 90_000,
    });
    expect(readConfig({ LOCAL_LLM_URLS: 'none' }).localModels).toEqual({ candidates: [], timeoutMs: 60_000 });
    // The environment's model wins; in front of Convai, its service writes.
    expect(readConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.1' }).localModels).toBeNull();
    expect(readConfig({ BACKEND: 'convai', CONVAI_API_KEY: 'k' }).localModels).toBeNull();
  });

  it('refuses a local model address with a password, without repeating it', () => {
    expect(() => readConfig({ LOCAL_LLM_URLS: 'http://admin:hunter2@127.0.0.1:11434/v1' })).toThrow(
      /^(?![\s\S]*hunter2)[\s\S]*LOCAL_LLM_URLS may not hold a user or password/,
    );
  });

  it('reads an LLM configuration, without trailing slashes', () => {
    const config = readConfig({
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1/',
      LLM_MODEL: 'llama3.1',
      LLM_API_KEY: 'sk-secret',
      GENERATOR_DELAY_MS: '0',
    });
    expect(config.llm).toEqual({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: 'sk-secret', timeoutMs: 60_000 });
    expect(config.generatorDelayMs).toBe(0);
  });

  it('thins histories after 90 days unless told otherwise, and never with 0', () => {
    expect(readConfig({}).thinHistoryAfterDays).toBe(90);
    expect(readConfig({ HISTORY_THIN_AFTER_DAYS: '0' }).thinHistoryAfterDays).toBe(0);
    expect(() => readConfig({ HISTORY_THIN_AFTER_DAYS: '-1' })).toThrow(/HISTORY_THIN_AFTER_DAYS must be 0 \(never thin\) or more/);
  });

  it('reads the hosted backend', () => {
    const config = readConfig({ BACKEND: 'convai', CONVAI_API_KEY: 'convai-key-1', CONVAI_API_URL: 'https://api.example.com/' });
    expect(config.backend).toEqual({ kind: 'convai', url: 'https://api.example.com', apiKey: 'convai-key-1', timeoutMs: 30_000 });
    expect(readConfig({ BACKEND: 'convai', CONVAI_API_KEY: 'k' }).backend).toMatchObject({ url: 'https://api.convai.com' });
  });

  it.each([
    [{ BACKEND: 'convai' }, /CONVAI_API_KEY: BACKEND=convai needs your Convai API key/],
    [{ BACKEND: 'hosted' }, /BACKEND must be local or convai/],
    [{ BACKEND: 'convai', CONVAI_API_KEY: 'k', CONVAI_API_URL: 'api.convai.com' }, /CONVAI_API_URL must be an http\(s\) URL/],
    [{ HOST: '0.0.0.0' }, /DASHBOARD_TOKEN: listening on 0\.0\.0\.0/],
    [{ HOST: '0.0.0.0', DASHBOARD_TOKEN: 'short' }, /DASHBOARD_TOKEN must be at least 16 characters/],
    [{ PORT: 'eighty' }, /PORT: PORT must be a number \(got "eighty"\)/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [{ LOCAL_API_KEYS: 'short' }, /LOCAL_API_KEYS: each key in LOCAL_API_KEYS must be at least 8 characters/],
    [{ LOCAL_API_KEYS: ' , ' }, /LOCAL_API_KEYS must hold at least one key/],
    [{ GENERATOR_DELAY_MS: '-5' }, /GENERATOR_DELAY_MS must be 0 or more/],
    [{ LLM_BASE_URL: 'localhost:11434' }, /LLM_BASE_URL must be an http\(s\) URL/],
    [{ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }, /LLM_MODEL: set the model/],
    [{ LLM_MODEL: 'llama3.1' }, /LLM_BASE_URL: set it too/],
    [{ LOCAL_LLM_URLS: '127.0.0.1:11434' }, /LOCAL_LLM_URLS: each address in LOCAL_LLM_URLS must be an http\(s\) URL/],
  ])('stops on a bad value, naming it: %o', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('never repeats a key in its message', () => {
    expect(() => readConfig({ LOCAL_API_KEYS: 'has space key' })).toThrow(/^(?![\s\S]*has space key)/);
    expect(() => readConfig({ LLM_BASE_URL: 'http://x/v1', LLM_MODEL: 'm', LLM_API_KEY: ' ', LLM_TIMEOUT_MS: 'x' })).toThrow(
      /LLM_TIMEOUT_MS/,
    );
  });
});
