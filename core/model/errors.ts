/** Errors with a `name` and `cause`; platform errors say whether and when to retry. */
export class ShopmateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration or data file that does not validate: names the file, line and column. */
export class ConfigError extends ShopmateError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}:${column ?? 1}` : ''}: ${message}`);
  }
}

export interface PlatformErrorInit {
  platform: string;
  method: string;
  code?: string | number;
  status?: number;
  retryAfterMs?: number;
  /** The recipient can never be reached (blocked the bot, left the chat): never retry. */
  unreachable?: boolean;
  cause?: unknown;
}

/** A platform API call that failed. `retryAfterMs` set = rate limited, retry after it. */
export class PlatformError extends ShopmateError {
  readonly platform: string;
  readonly method: string;
  readonly code: string | number | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly unreachable: boolean;
  constructor(message: string, init: PlatformErrorInit) {
    super(message, { cause: init.cause });
    this.platform = init.platform;
    this.method = init.method;
    this.code = init.code;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.unreachable = init.unreachable ?? false;
  }
}

/** A failure the shopper is told about: carries an i18n key, never literal text. */
export class UserFacingError extends ShopmateError {
  constructor(
    readonly i18nKey: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
