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
}

type Context = (key: string) => unknown;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;
const CERTIFICATE = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readTenantOptions(context: Context): TenantOptions {
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
    if (!Number.isSafeInteger(bytes) || bytes < 1024) throw new TenantOptionsError(`Invalid -c maxFileBytes=${maxFileBytes}: give a whole number of bytes, at least 1024 (e.g. 10485760 for 10 MB)`);
    options.maxFileBytes = bytes;
  }
  return options;
}
