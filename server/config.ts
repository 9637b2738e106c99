import path from 'node:path';
import { z } from 'zod';

/** The development key the local server accepts when LOCAL_API_KEYS is not set (documented in README). */
export const DEFAULT_LOCAL_API_KEY = 'local-dev-key';

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
    .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
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
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  localApiKeys: string[];
  seedDemo: boolean;
};

export class ConfigError extends Error {}

/** Reads and checks the configuration once, at start; a bad value throws a ConfigError naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as in most twelve-factor tools.
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in environmentSchema.shape && value !== ''),
  );
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const given = name === 'LOCAL_API_KEYS' ? '' : ` (got "${env[name]}")`;
      return `  ${name}: ${issue.message}${given}`;
    });
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const value = result.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.DATA_DIR),
    localApiKeys: value.LOCAL_API_KEYS,
    seedDemo: value.SEED_DEMO,
  };
}
