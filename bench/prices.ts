/**
 * AWS list prices the cost model multiplies by: the one place they live.
 *
 * NOT FETCHED. This machine has no internet access, so these are public list prices as the author
 * knows them (last checked in 2025), for eu-west-1 (Ireland), USD, without free tier. Verify at
 * https://aws.amazon.com/pricing/ before quoting a figure; `confidence` says how sure each one is.
 */
import { typicalAccessLogLineBytes } from '../infra/aws/access-log-format';

/** The prices the cost model needs, for one region. */
export interface PriceList {
  region: string;
  asOf?: string;
  currency?: string;
  dynamodb: Priced<{ writeRequestUnitPerMillion: number; readRequestUnitPerMillion: number }>;
  apiGatewayWebSocket: Priced<{ messagesPerMillion: number; connectionMinutesPerMillion: number }>;
  apiGatewayHttp: Priced<{ requestsPerMillion: number }>;
  lambda: Priced<{ requestsPerMillion: number; armGbSecond: number }>;
  eventBridge: Priced<{ eventsPerMillion: number }>;
  cloudWatchLogs: Priced<{ ingestionPerGb: number }>;
}
/** A service's prices, with a note on how sure they are. */
type Priced<T> = T & { confidence?: string };

export const PRICES = {
  asOf: 'list prices as known in 2025 (not re-checked when this was written, 2026-11-25)',
  region: 'eu-west-1',
  currency: 'USD',
  dynamodb: {
    /** On-demand, after AWS halved on-demand prices on 2024-11-01 (was $1.4135 / $0.283 per million). */
    writeRequestUnitPerMillion: 0.7068,
    readRequestUnitPerMillion: 0.1415,
    confidence: 'good: halved pre-cut eu-west-1 prices',
  },
  apiGatewayWebSocket: {
    /** First billion messages a month; a message is metered per 32 KB. */
    messagesPerMillion: 1.14,
    connectionMinutesPerMillion: 0.285,
    confidence: 'uncertain: us-east-1 is $1.00 and $0.25; the higher EU figures are used so as not to understate',
  },
  apiGatewayHttp: {
    /** HTTP API, first 300 million requests a month. */
    requestsPerMillion: 1.11,
    confidence: 'fair: us-east-1 is $1.00',
  },
  lambda: {
    requestsPerMillion: 0.2,
    /** Arm (Graviton), first 6 billion GB-seconds a month. */
    armGbSecond: 0.0000133334,
    confidence: 'good: same in us-east-1 and eu-west-1',
  },
  eventBridge: {
    /** Custom events put on a bus; scheduled-rule events are counted here too, to be safe. */
    eventsPerMillion: 1.0,
    confidence: 'good',
  },
  cloudWatchLogs: {
    ingestionPerGb: 0.57,
    confidence: 'fair: us-east-1 is $0.50',
  },
} as const satisfies PriceList;

/**
 * The same services at us-east-1 (N. Virginia) list prices, the region AWS quotes first: a second
 * figure beside the eu-west-1 one, not a replacement. Same caveat: as known, not fetched.
 */
export const US_EAST_1_PRICES: PriceList = {
  region: 'us-east-1',
  dynamodb: { writeRequestUnitPerMillion: 0.625, readRequestUnitPerMillion: 0.125 },
  apiGatewayWebSocket: { messagesPerMillion: 1.0, connectionMinutesPerMillion: 0.25 },
  apiGatewayHttp: { requestsPerMillion: 1.0 },
  lambda: PRICES.lambda,
  eventBridge: PRICES.eventBridge,
  cloudWatchLogs: { ingestionPerGb: 0.5 },
};

/**
 * Log volume the model assumes, since the local runtime writes no CloudWatch logs. Lambda's
 * START/END/REPORT lines are not sent: every function logs in JSON with the system log level WARN
 * (infra/aws/handler-function.ts, asserted in test/infra/operations.test.ts), and at WARN Lambda
 * drops the INFO-level platform start and report events
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-log-level.html); the
 * handlers write nothing on success. What remains is one access-log line per API Gateway request,
 * in the stages' own short format (infra/aws/access-log-format.ts), sized with typical values. Bytes
 * include CloudWatch's 26 bytes of per-event overhead.
 */
export const LOG_BYTES = {
  perLambdaInvocation: 0,
  perApiRequest: typicalAccessLogLineBytes() + 26,
} as const;

/** Lambda memory when the manifest does not set one (infra/aws/handler-function.ts DEFAULT_MEMORY_MB). */
export const DEFAULT_LAMBDA_MEMORY_MB = 256;
