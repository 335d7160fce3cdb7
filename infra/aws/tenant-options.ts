/**
 * What an operator may set per tenant with `-c key=value` on `cdk synth|deploy`, checked before
 * anything is built so a typo fails with a message rather than a broken stack.
 */
import { checkMailFrom } from './mail-sender';
import { checkTenantName } from './tenant-name';

export class TenantOptionsError extends Error {}

export interface TenantOptions {
  tenant: string;
  /** A custom domain for the console, widget and demo page, with its ACM certificate (us-east-1). */
  domain?: { name: string; certificateArn: string };
  /** Page origins the widget may connect from, besides the stack's own site; any when empty. */
  allowedOrigins: string[];
  /** Receives the alarms (SNS email subscription, confirmed by a link AWS sends). */
  alarmEmail?: string;
  /** Sender of transcript mail through SES; without it mail is recorded but not sent. */
  mailFrom?: string;
  /** Largest file a chat or the document library accepts, in bytes. */
  maxFileBytes?: number;
  /** The time zone Statistics counts days and hours in. */
  statsTimeZone?: string;
}

export function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type Context = (key: string) => unknown;

/** Every key `-c` takes; any other plain word is a typo (CDK's own keys carry `@` or `:`). */
export const OPTION_KEYS = ['tenant', 'domain', 'certificateArn', 'allowedOrigins', 'alarmEmail', 'mailFrom', 'maxFileBytes', 'statsTimeZone'] as const;
/** The S3 single-upload limit the files bucket's presigned PUT works within. */
const MAX_FILE_BYTES = 5 * 1024 ** 3;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;
const CERTIFICATE = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `given`: the context keys the app was given, to catch a misspelt option (`-c alarmemail=…`). */
export function readTenantOptions(context: Context, given: string[] = []): TenantOptions {
  const unknown = given.filter((key) => /^[A-Za-z]+$/.test(key) && !(OPTION_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new TenantOptionsError(`Unknown option -c ${unknown.join(', -c ')}: the options are ${OPTION_KEYS.join(', ')} (docs/operations.md)`);
  const tenant = checkTenantName(context('tenant'));
  const text = (key: string) => {
    const value = context(key);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new TenantOptionsError(`-c ${key} must be text, got ${JSON.stringify(value)}`);
    return value.trim();
  };
  const options: TenantOptions = { tenant, allowedOrigins: [] };

  const domain = text('domain')?.toLowerCase();
  const certificateArn = text('certificateArn');
  if (domain !== undefined) {
    if (!DOMAIN.test(domain)) throw new TenantOptionsError(`Invalid -c domain=${domain}: give a host name such as chat.acme.example`);
    if (!certificateArn || !CERTIFICATE.test(certificateArn)) {
      throw new TenantOptionsError('-c domain needs -c certificateArn=<the ARN of an ACM certificate for it in us-east-1, as CloudFront requires>');
    }
    options.domain = { name: domain, certificateArn };
  } else if (certificateArn) {
    throw new TenantOptionsError('-c certificateArn is only used with -c domain=<host name>');
  }

  for (const origin of (text('allowedOrigins') ?? '').split(',').map((o) => o.trim().toLowerCase().replace(/\/+$/, '')).filter(Boolean)) {
    if (!ORIGIN.test(origin)) throw new TenantOptionsError(`Invalid origin "${origin}" in -c allowedOrigins: use scheme and host, e.g. https://shop.acme.example`);
    options.allowedOrigins.push(origin);
  }

  const alarmEmail = text('alarmEmail');
  if (alarmEmail !== undefined) {
    if (!EMAIL.test(alarmEmail)) throw new TenantOptionsError(`Invalid -c alarmEmail=${alarmEmail}`);
    options.alarmEmail = alarmEmail;
  }
  const mailFrom = checkMailFrom(text('mailFrom'));
  if (mailFrom) options.mailFrom = mailFrom;

  const maxFileBytes = text('maxFileBytes');
  if (maxFileBytes !== undefined) {
    const bytes = Number(maxFileBytes);
    if (!Number.isSafeInteger(bytes) || bytes < 1024 || bytes > MAX_FILE_BYTES) {
      throw new TenantOptionsError(`Invalid -c maxFileBytes=${maxFileBytes}: give a whole number of bytes from 1024 to ${MAX_FILE_BYTES} (5 GB), e.g. 10485760 for 10 MB`);
    }
    options.maxFileBytes = bytes;
  }
  const statsTimeZone = text('statsTimeZone');
  if (statsTimeZone !== undefined) {
    if (!knownTimeZone(statsTimeZone)) throw new TenantOptionsError(`Invalid -c statsTimeZone=${statsTimeZone}: give an IANA time zone such as Europe/London`);
    options.statsTimeZone = statsTimeZone;
  }
  return options;
}
