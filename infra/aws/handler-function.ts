import * as path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { WebSocketStage } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Role } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, SystemLogLevel } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { knownTimeZone } from './tenant-options';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV, type Access, type HandlerSpec } from '../manifest';
import { repoRoot } from './repo-root';

const DEFAULT_MEMORY_MB = 256;
const DEFAULT_TIMEOUT_SECONDS = 10;

/** What a handler may be granted, per its manifest `access`. */
export interface HandlerResources {
  table: ITable;
  socketStage: WebSocketStage;
  bus: IEventBus;
  /** CloudWatch namespace of the handlers' custom metrics. */
  metricsNamespace: string;
  /** Page origins the widget may connect from; any when empty. */
  allowedOrigins: string[];
  /** The tenant's mail sender, if it has one. */
  mailFrom?: string;
  filesBucket: IBucket;
  maxFileBytes?: number;
  /** `-c statsTimeZone=Europe/London`: the days and hours Statistics counts in (default Europe/Amsterdam). */
  statsTimeZone?: string;
}

/**
 * One manifest entry as a Lambda function: bundled locally, with its own log group and env, running
 * under the shared role of its permission set (infra/aws/handler-roles.ts).
 */
export class HandlerFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, readonly spec: HandlerSpec, resources: HandlerResources, role: Role) {
    super(scope, spec.name);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // Writing to its log group only, instead of AWSLambdaBasicExecutionRole's every group.
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(repoRoot, spec.entry),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb ?? DEFAULT_MEMORY_MB,
      timeout: Duration.seconds(spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS),
      role,
      logGroup,
      // One JSON object per line, so Logs Insights can filter on level, request id and fields.
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: environmentFor(spec.access, resources),
      bundling: {
        minify: true,
        logLevel: LogLevel.WARNING,
        target: 'node22',
        forceDockerBundling: false,
        // The Lambda runtime ships SDK v3; bundling it would only grow every function.
        externalModules: ['@aws-sdk/*'],
      },
    });
    if (resources.statsTimeZone) this.function.addEnvironment(ENV.statsTimeZone, checkTimeZone(resources.statsTimeZone));
  }
}

function checkTimeZone(zone: string): string {
  if (!knownTimeZone(zone)) throw new Error(`statsTimeZone must be an IANA time zone such as Europe/Amsterdam, got "${zone}"`);
  return zone;
}

function environmentFor(access: Access, resources: HandlerResources): Record<string, string> {
  const environment: Record<string, string> = { [ENV.table]: resources.table.tableName, [ENV.metricsNamespace]: resources.metricsNamespace };
  if (resources.allowedOrigins.length > 0) environment[ENV.allowedOrigins] = resources.allowedOrigins.join(',');
  if (access.connections) environment[ENV.connectionsEndpoint] = resources.socketStage.callbackUrl;
  if (access.bus) environment[ENV.bus] = resources.bus.eventBusName;
  if (access.mail && resources.mailFrom) environment[ENV.mailFrom] = resources.mailFrom;
  if (access.files) environment[ENV.filesBucket] = resources.filesBucket.bucketName;
  if (access.files && resources.maxFileBytes) environment[ENV.maxFileBytes] = String(resources.maxFileBytes);
  return environment;
}
