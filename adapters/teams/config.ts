import { z } from 'zod';
import { ConfigError } from '../../core/model/errors.js';

const ENV_NAME = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name (A-Z, 0-9, _)');

/**
 * `channels.teams` in a bot's YAML. Credentials are named by environment variable, never written in YAML.
 * Without `app_id_env` the endpoint runs without Bot Framework authentication (local development,
 * the Bot Framework Emulator, tests), as the SDK does for an empty app id.
 */
export const TeamsConfigSchema = z.strictObject({
  /** The Azure Bot's Microsoft App ID. */
  app_id_env: ENV_NAME.optional(),
  /** The app's client secret (omit when using a certificate or a managed identity). */
  app_password_env: ENV_NAME.optional(),
  /** How the app is registered in Entra ID. Azure now creates new bots as SingleTenant or UserAssignedMSI. */
  app_type: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  /** The Entra tenant of a SingleTenant or UserAssignedMSI bot. */
  tenant_id_env: ENV_NAME.optional(),
  /** Certificate authentication instead of a secret: the thumbprint and the PEM private key. */
  certificate_thumbprint_env: ENV_NAME.optional(),
  certificate_private_key_env: ENV_NAME.optional(),
  /** Where the keys that sign inbound Bot Framework tokens are published (default: the public cloud's). */
  openid_metadata_url: z.url({ protocol: /^https?$/ }).optional(),
  /** Largest accepted activity, in bytes (larger → 413). */
  max_body_bytes: z.number().int().positive().max(4_194_304).default(262_144),
  /** Show "typing…" while a shopper's turn runs. */
  typing: z.boolean().default(true),
  /** Teams hides the typing indicator after a few seconds; it is repeated at this interval while the turn runs. */
  typing_interval_ms: z.number().int().min(1_000).max(60_000).default(3_000),
  /** Timeout of one Bot Connector request. */
  request_timeout_ms: z.number().int().min(1_000).max(120_000).default(15_000),
});

export type TeamsConfig = z.infer<typeof TeamsConfigSchema>;

/** The settings botbuilder's `ConfigurationBotFrameworkAuthentication` reads; an empty app id turns authentication off. */
export interface BotFrameworkSettings {
  MicrosoftAppId: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
  CertificateThumbprint?: string;
  CertificatePrivateKey?: string;
  ToBotFromChannelOpenIdMetadataUrl?: string;
  ToChannelFromBotLoginUrl?: string;
  ToChannelFromBotOAuthScope?: string;
  ToBotFromChannelTokenIssuer?: string;
  OAuthUrl?: string;
  ToBotFromEmulatorOpenIdMetadataUrl?: string;
  CallerId?: string;
}

/**
 * The public cloud's Bot Framework endpoints, as botbuilder 4.23 defines them. Setting any one of these
 * switches the SDK to a fully custom cloud, so overriding the OpenID URL means passing all of them.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const;

/** Validates `channels.teams`, naming the bot's YAML and the offending key. */
export function parseConfig(botId: string, raw: Record<string, unknown>): TeamsConfig {
  const parsed = TeamsConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = ['channels', 'teams', ...issue.path.map(String)].join('.');
  throw new ConfigError(`${key}: ${issue.message}`, `bots/${botId}.yaml`);
}

/** Reads the credentials the config names from the environment; a missing variable is a start-up error, never "no auth". */
export function botFrameworkSettings(botId: string, config: TeamsConfig, env: Readonly<Record<string, string | undefined>>): BotFrameworkSettings {
  const file = `bots/${botId}.yaml`;
  const read = (key: keyof TeamsConfig, name: string | undefined): string | undefined => {
    if (!name) return undefined;
    const value = env[name]?.trim();
    if (!value) throw new ConfigError(`channels.teams.${key}: environment variable ${name} is not set`, file);
    return value;
  };
  const appId = read('app_id_env', config.app_id_env);
  const openId = config.openid_metadata_url ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: config.openid_metadata_url } : {};
  if (!appId) return { MicrosoftAppId: '', ...openId };
  const password = read('app_password_env', config.app_password_env);
  const tenant = read('tenant_id_env', config.tenant_id_env);
  const thumbprint = read('certificate_thumbprint_env', config.certificate_thumbprint_env);
  const privateKey = read('certificate_private_key_env', config.certificate_private_key_env);
  if (config.app_type !== 'MultiTenant' && !tenant) {
    throw new ConfigError(`channels.teams.tenant_id_env is required for app_type ${config.app_type}`, file);
  }
  if (Boolean(thumbprint) !== Boolean(privateKey)) {
    throw new ConfigError('channels.teams: certificate_thumbprint_env and certificate_private_key_env go together', file);
  }
  if (config.app_type === 'UserAssignedMSI' && (password || thumbprint)) {
    throw new ConfigError('channels.teams: a UserAssignedMSI bot has no password or certificate', file);
  }
  if (config.app_type !== 'UserAssignedMSI' && !password && !thumbprint) {
    throw new ConfigError('channels.teams: set app_password_env (client secret) or a certificate', file);
  }
  return {
    MicrosoftAppId: appId,
    MicrosoftAppType: config.app_type,
    ...(password ? { MicrosoftAppPassword: password } : {}),
    ...(tenant ? { MicrosoftAppTenantId: tenant } : {}),
    ...(thumbprint && privateKey ? { CertificateThumbprint: thumbprint, CertificatePrivateKey: privateKey } : {}),
    ...openId,
  };
}
