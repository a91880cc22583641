import { z } from 'zod';
import { formatIssues } from '../profile/programProfile';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'));
const days = (fallback: number) => z.coerce.number().int().min(1).max(3650).default(fallback);
const blankAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Every environment variable the bot reads; `.env.example` lists the same names. */
export const AppConfig = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PROGRAM_PROFILE: z.string().default('content/program-profile.json'),

    // Bot Framework: with no app id the bot accepts anonymous traffic, as the Emulator expects.
    MicrosoftAppId: z.preprocess(blankAsUndefined, z.string().optional()),
    MicrosoftAppPassword: z.preprocess(blankAsUndefined, z.string().optional()),
    MicrosoftAppType: z.preprocess(blankAsUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    MicrosoftAppTenantId: z.preprocess(blankAsUndefined, z.string().optional()),

    // Cosmos DB: with no endpoint, an embedded Cosmos protocol server runs in-process on loopback.
    COSMOS_ENDPOINT: z.preprocess(blankAsUndefined, z.string().url().optional()),
    COSMOS_KEY: z.preprocess(blankAsUndefined, z.string().optional()),
    COSMOS_DATABASE: z.string().default('iop-intake'),
    STORAGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(30000).default(2000),
    CONVERSATION_TTL_DAYS: days(30),
    HANDOFF_TTL_DAYS: days(90),
    BOOKING_TTL_DAYS: days(30),
    // Keys the hash that turns conversation ids (phone numbers on SMS) into storage keys. Required
    // with a real Cosmos DB, since stored keys must stay stable across restarts and instances.
    CONVERSATION_KEY_SECRET: z.preprocess(blankAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),

    // Crisis language: the lexicon always runs; `true` adds the n-gram model beside it (src/crisis/ngramDetector.ts).
    CRISIS_MODEL: flag,

    // Staff API: off unless a token is configured (never open).
    STAFF_API_TOKEN: z.preprocess(blankAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),

    // Web Chat: a local Direct Line for development, or a Direct Line secret exchanged server-side.
    LOCAL_DIRECTLINE: flag,
    DIRECT_LINE_SECRET: z.preprocess(blankAsUndefined, z.string().optional()),
    PUBLIC_BASE_URL: z.preprocess(blankAsUndefined, z.string().url().optional()),
  })
  .superRefine((c, ctx) => {
    if (c.COSMOS_ENDPOINT && !c.COSMOS_KEY) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_KEY'], message: 'is required when COSMOS_ENDPOINT is set' });
    }
    if (c.COSMOS_ENDPOINT && !c.CONVERSATION_KEY_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['CONVERSATION_KEY_SECRET'], message: 'is required when COSMOS_ENDPOINT is set' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  });
export type AppConfig = z.infer<typeof AppConfig>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = AppConfig.safeParse(env);
  if (!result.success) throw new ConfigError(`Invalid configuration: ${formatIssues(result.error)}`);
  return result.data;
}

/** Local Direct Line is for development: on by default only while no app id is configured. */
export function localDirectLineEnabled(config: AppConfig): boolean {
  return config.LOCAL_DIRECTLINE ?? !config.MicrosoftAppId;
}
