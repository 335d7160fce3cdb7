/** Configuration, read once at load. A missing variable fails loudly and names itself. */

export class ConfigError extends Error {}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigError(`Environment variable ${name} is not set`);
  return value;
}

function optional(name: string): string | undefined {
  return process.env[name] || undefined;
}

/** A positive whole number of bytes, or the default when unset. */
function bytes(name: string, fallback: number): number {
  const value = optional(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new ConfigError(`Environment variable ${name} must be a whole number of bytes, not ${value}`);
  return parsed;
}

/** An IANA time zone such as Europe/Amsterdam; a name Intl does not know fails at load. */
function timeZone(name: string, fallback: string): string {
  const value = process.env[name] || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new ConfigError(`Environment variable ${name} is not a known time zone: "${value}"`);
  }
  return value;
}

/** A whole number from the environment, or the default; anything else fails loudly. */
function count(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new ConfigError(`Environment variable ${name} must be a positive whole number, not ${value}`);
  return parsed;
}

export const config = {
  tableName: required('TABLE_NAME'),
  /** API Gateway management endpoint (`https://{api}.execute-api.{region}.amazonaws.com/{stage}`). */
  connectionsEndpoint: optional('WS_MANAGEMENT_ENDPOINT'),
  eventBusName: optional('EVENT_BUS_NAME'),
  /** Points the handlers at a DynamoDB-compatible endpoint other than AWS's (the local runtime's). */
  dynamoEndpoint: optional('DYNAMODB_ENDPOINT'),
  /** Points the handlers at an EventBridge-compatible endpoint other than AWS's (the local runtime's bus). */
  eventsEndpoint: optional('EVENTBRIDGE_ENDPOINT'),
  /** CloudWatch namespace for custom metrics (functions/adapters/metrics.ts); unset locally. */
  metricsNamespace: optional('METRICS_NAMESPACE'),
  /** Comma-separated page origins the widget may connect from; unset means any. */
  allowedOrigins: optional('ALLOWED_ORIGINS')?.split(',').map((origin) => origin.trim()).filter(Boolean),
  /** Sender of outgoing mail; without it mail is recorded in the table but not sent. */
  mailFrom: optional('MAIL_FROM'),
  /** `local-mailbox`: the local runtime's mailbox page is where mail goes; nothing is sent. */
  mailDelivery: optional('MAIL_DELIVERY'),
  /** The bucket holding chat files and library documents (set for handlers with files access). */
  filesBucket: optional('FILES_BUCKET'),
  /** Points the handlers at an S3-compatible endpoint other than AWS's (the local runtime's), path-style. */
  s3Endpoint: optional('S3_ENDPOINT'),
  /** Largest file a chat or the document library accepts; 20 MB unless set. */
  maxFileBytes: bytes('FILES_MAX_BYTES', 20 * 1024 * 1024),
  /** The time zone statistics count days and hours in. */
  statsTimeZone: timeZone('STATS_TIME_ZONE', 'Europe/Amsterdam'),
  /** Abuse limits; the defaults suit a real tenant, tests and benchmarks from one address raise the per-IP ones. */
  limits: {
    /** Per connection, frames that write (chat starts, requests), and per side of a chat, messages: per second, sustained… */
    framesPerSecond: count('LIMIT_FRAMES_PER_SECOND', 3),
    /** …and in one burst. */
    frameBurst: count('LIMIT_FRAME_BURST', 30),
    /** Per source IP and minute: WebSocket connections opened, and login attempts. */
    connectsPerMinute: count('LIMIT_CONNECTS_PER_MINUTE', 120),
    loginsPerMinute: count('LIMIT_LOGINS_PER_MINUTE', 30),
    /** Per source IP and minute: FAQ suggestion look-ups (the widget asks at most a few times a second while a customer types). */
    faqPerMinute: count('LIMIT_FAQ_PER_MINUTE', 60),
    /** Failed logins of one email address that lock it, and for how long. */
    failedLogins: count('LIMIT_FAILED_LOGINS', 5),
    lockoutMinutes: count('LIMIT_LOCKOUT_MINUTES', 15),
  },
};
