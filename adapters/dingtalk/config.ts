import { z } from 'zod';

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name like DINGTALK_CLIENT_ID');

/** DingTalk's real endpoints; tests point `gateway_url` and `api_base` at local fakes. */
export const DINGTALK_GATEWAY_URL = 'https://api.dingtalk.com/v1.0/gateway/connections/open';
export const DINGTALK_API_BASE = 'https://api.dingtalk.com';

/** `channels.dingtalk` in a bot's YAML. Credentials are never in the file: the `*_env` fields name environment variables. */
export const DingtalkConfigSchema = z.strictObject({
  /** The app's Client ID (formerly AppKey). */
  client_id_env: envName.default('DINGTALK_CLIENT_ID'),
  /** The app's Client Secret (formerly AppSecret). */
  client_secret_env: envName.default('DINGTALK_CLIENT_SECRET'),
  /** The robot code; for an internal app's robot it usually equals the Client ID, which is the fallback when the variable is unset. */
  robot_code_env: envName.default('DINGTALK_ROBOT_CODE'),
  /** Stream gateway's open-connection endpoint. */
  gateway_url: z.url().default(DINGTALK_GATEWAY_URL),
  /** Base URL of the OpenAPI (access token, robot sends, file downloads). */
  api_base: z.url().default(DINGTALK_API_BASE),
  /** Reconnect backoff after a failed or dropped stream connection: doubles from `initial_ms` up to `max_ms`, with jitter. */
  reconnect: z.strictObject({
    initial_ms: z.number().int().positive().default(1_000),
    max_ms: z.number().int().positive().default(60_000),
  }).default({ initial_ms: 1_000, max_ms: 60_000 }),
  /** A connection attempt (open call + WebSocket handshake) that takes longer than this fails. */
  connect_timeout_ms: z.number().int().positive().default(10_000),
  /** The socket is pinged this often; one that leaves two pings in a row unanswered is dropped and reopened. 0 turns the watchdog off. */
  heartbeat_ms: z.number().int().min(0).default(20_000),
  /** A sessionWebhook this close to its expiry is no longer used; replies go through the robot API instead. */
  session_webhook_margin_ms: z.number().int().min(0).default(60_000),
  /** Timeout of one OpenAPI or sessionWebhook request. */
  request_timeout_ms: z.number().int().positive().default(10_000),
}).refine((c) => c.reconnect.initial_ms <= c.reconnect.max_ms, { message: 'reconnect.initial_ms must not exceed reconnect.max_ms', path: ['reconnect'] });

export type DingtalkConfig = z.infer<typeof DingtalkConfigSchema>;

/** The credentials a running adapter needs, read from the environment. */
export interface DingtalkCredentials {
  clientId: string;
  clientSecret: string;
  robotCode: string;
}
