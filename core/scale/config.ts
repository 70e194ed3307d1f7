import { z } from 'zod';
import { ConfigError } from '../model/errors.js';

export const ROLES = ['web', 'worker', 'all'] as const;
/** `web` takes webhooks and streams and runs their turns; `worker` runs jobs; `all` does both. */
export type Role = (typeof ROLES)[number];

const ms = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Scale-mode settings from the environment (all optional; `REDIS_URL` / `MONGODB_URI` switch the mode). */
export const ScaleEnvSchema = z.object({
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URI must start with mongodb:// or mongodb+srv://').optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://').optional(),
  /** Prefix of every Redis key and BullMQ queue of this deployment. */
  SHOPMATE_REDIS_PREFIX: z.string().regex(/^[\w.-]{1,64}$/, 'SHOPMATE_REDIS_PREFIX: 1–64 letters, digits, . _ -').default('shopmate'),
  /** Conversation lock lease: a stalled replica loses the lock after this long. */
  SHOPMATE_LOCK_LEASE_MS: ms(15_000),
  /** A replica not heard from for this long is dead: its claims and locks are taken over. */
  SHOPMATE_LIVENESS_MS: ms(5_000),
  /** A turn accepted by a web replica that died is run by a worker after this long. */
  SHOPMATE_TAKEOVER_MS: ms(30_000),
  /** Jobs a worker runs at once. */
  SHOPMATE_WORKER_CONCURRENCY: ms(16),
});

export type ScaleEnv = z.infer<typeof ScaleEnvSchema>;

export function parseScaleEnv(env: Readonly<Record<string, string | undefined>>): ScaleEnv {
  const picked = Object.fromEntries(Object.keys(ScaleEnvSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = ScaleEnvSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`, 'environment');
  }
  return parsed.data;
}
