import { CfnOutput, Duration, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { handlers, type HandlerSpec } from '../manifest';
import { AccessLogsBucket } from './access-logs-bucket';
import { ChatHttpApi } from './chat-http-api';
import { ChatSocketApi } from './chat-socket-api';
import { DataTable } from './data-table';
import { FilesBucket } from './files-bucket';
import { HandlerFunction, type HandlerResources } from './handler-function';
import { HandlerRoles } from './handler-roles';
import { attachTrigger } from './handler-trigger';
import { Monitoring } from './monitoring';
import { acknowledgeNagFindings } from './nag-acknowledgements';
import { checkMailFrom } from './mail-sender';
import { checkTenantName } from './tenant-name';
import type { TenantOptions } from './tenant-options';
import { WebHosting } from './web-hosting';

export interface ParleyStackProps extends StackProps, Partial<Omit<TenantOptions, 'tenant'>> {
  tenant: string;
  /** Directory holding the built web assets (infra/web-build.ts output). */
  webAssetsDir: string;
  /** Sender of transcript mails (SES); without one, mail is recorded in the table but not sent. */
  mailFrom?: string;
  /** Largest file a chat or the document library accepts, in bytes (the handlers' default, 20 MB, when absent). */
  maxFileBytes?: number;
}

/**
 * Everything one tenant runs on: the table, both APIs, one function per manifest entry, the bus,
 * the files bucket and the CloudFront-hosted web apps. No resource has a fixed physical name, so
 * any number of tenants can be deployed side by side in one account.
 */
export class ParleyStack extends Stack {
  readonly data: DataTable;
  readonly bus: EventBus;
  /** Bus events the activity, statistics and history writers could not handle, kept 14 days (docs/operations.md). */
  readonly failedEvents: Queue;
  readonly socket: ChatSocketApi;
  readonly http: ChatHttpApi;
  readonly files: FilesBucket;
  readonly web: WebHosting;
  readonly monitoring: Monitoring;
  /** One per manifest entry, in manifest order. */
  readonly handlerFunctions: HandlerFunction[];
  /** The handlers' execution roles, one per permission set. */
  readonly handlerRoles: HandlerRoles;
  /** The checked mail sender, if the tenant has one. */
  readonly mailFrom?: string;

  constructor(scope: Construct, id: string, props: ParleyStackProps) {
    const { tenant: tenantName, webAssetsDir, domain, allowedOrigins = [], alarmEmail, mailFrom, maxFileBytes, statsTimeZone, ...stackProps } = props;
    const tenant = checkTenantName(tenantName);
    const sender = checkMailFrom(mailFrom);
    super(scope, id, { description: `Parley live chat for tenant ${tenant}`, ...stackProps });
    // S3 server access logs are delivered under a bucket policy rather than the deprecated
    // LogDeliveryWrite ACL; set here so the CLI and the tests build the same template.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    Tags.of(this).add('parley:tenant', tenant);
    this.mailFrom = sender;

    this.data = new DataTable(this, 'Data');
    this.bus = new EventBus(this, 'Bus');
    this.failedEvents = new Queue(this, 'FailedEvents', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.socket = new ChatSocketApi(this, 'Socket');
    this.http = new ChatHttpApi(this, 'Http');
    const logsBucket = new AccessLogsBucket(this, 'AccessLogs').bucket;
    this.files = new FilesBucket(this, 'Files', { logsBucket, maxFileBytes });
    this.web = new WebHosting(this, 'Web', {
      assetsDir: webAssetsDir,
      config: { apiBase: this.http.api.apiEndpoint, wsUrl: this.socket.stage.url },
      logsBucket,
      connectOrigins: {
        connect: [this.http.api.apiEndpoint, `wss://${this.socket.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`],
        // Presigned URLs name the bucket's regional host; the global one is allowed too, as some SDKs sign for it.
        files: [`https://${this.files.bucket.bucketRegionalDomainName}`, `https://${this.files.bucket.bucketDomainName}`],
      },
      domain,
    });
    const metricsNamespace = `Parley/${tenant}`;
    // The stack's own demo page hosts the widget too, so its origins stay allowed.
    const origins = allowedOrigins.length > 0 ? [...allowedOrigins, ...this.web.origins] : [];
    const resources: HandlerResources = {
      table: this.data.table, socketStage: this.socket.stage, bus: this.bus, filesBucket: this.files.bucket,
      maxFileBytes: this.files.maxFileBytes, metricsNamespace, allowedOrigins: origins, mailFrom: this.mailFrom, statsTimeZone,
    };
    this.handlerRoles = new HandlerRoles(this, 'HandlerRoles', resources);
    this.handlerFunctions = handlers.map((spec) => this.addHandler(spec, resources));
    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions: this.handlerFunctions.map((h) => h.function),
      table: this.data.table,
      socketApi: this.socket.api,
      httpApi: this.http.api,
      metricsNamespace,
      alarmEmail,
      failedEvents: this.failedEvents,
    });
    this.addOutputs();
    acknowledgeNagFindings(this);
  }

  private addHandler(spec: HandlerSpec, resources: HandlerResources): HandlerFunction {
    const handler = new HandlerFunction(this, spec, resources, this.handlerRoles.roleFor(spec.access));
    attachTrigger(handler, spec, handler.function, { socket: this.socket, http: this.http, bus: this.bus, failedEvents: this.failedEvents });
    return handler;
  }

  private addOutputs(): void {
    const site = this.web.origins[0];
    new CfnOutput(this, 'ConsoleUrl', { value: `${site}/agent/`, description: 'Agent console' });
    new CfnOutput(this, 'DemoUrl', { value: `${site}/demo/`, description: 'Demo customer page with the widget' });
    new CfnOutput(this, 'WidgetUrl', { value: `${site}/widget.js`, description: 'Widget loader for customer sites' });
    new CfnOutput(this, 'WebSocketUrl', { value: this.socket.stage.url });
    new CfnOutput(this, 'HttpApiUrl', { value: this.http.api.apiEndpoint });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName, description: 'CloudWatch dashboard' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn, description: 'Subscribe to receive the alarms' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'DynamoDB table (the admin command reads it)' });
    new CfnOutput(this, 'FilesBucketName', { value: this.files.bucket.bucketName, description: "Chat files (the admin command erases a customer's)" });
    new CfnOutput(this, 'EventBusArn', { value: this.bus.eventBusArn, description: "The tenant's event bus: rules for its chat and request events (docs/events.md)" });
    new CfnOutput(this, 'EventBusName', { value: this.bus.eventBusName });
    new CfnOutput(this, 'DistributionDomainName', { value: this.web.distribution.distributionDomainName, description: 'Point the CNAME of a custom domain here' });
  }
}
