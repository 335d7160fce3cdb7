import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { handlers, type HandlerSpec } from '../manifest';
import { AccessLogsBucket } from './access-logs-bucket';
import { ChatHttpApi } from './chat-http-api';
import { ChatSocketApi } from './chat-socket-api';
import { DataTable } from './data-table';
import { FilesBucket } from './files-bucket';
import { HandlerFunction } from './handler-function';
import { attachTrigger } from './handler-trigger';
import { acknowledgeNagFindings } from './nag-acknowledgements';
import { checkTenantName } from './tenant-name';
import { WebHosting } from './web-hosting';

export interface ParleyStackProps extends StackProps {
  tenant: string;
  /** Directory holding the built web assets (infra/web-build.ts output). */
  webAssetsDir: string;
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
  readonly socket: ChatSocketApi;
  readonly http: ChatHttpApi;
  readonly files: FilesBucket;
  readonly web: WebHosting;
  /** One per manifest entry, in manifest order. */
  readonly handlerFunctions: HandlerFunction[];

  constructor(scope: Construct, id: string, props: ParleyStackProps) {
    const { tenant: tenantName, webAssetsDir, maxFileBytes, ...stackProps } = props;
    const tenant = checkTenantName(tenantName);
    super(scope, id, { description: `Parley live chat for tenant ${tenant}`, ...stackProps });
    // S3 server access logs are delivered under a bucket policy rather than the deprecated
    // LogDeliveryWrite ACL; set here so the CLI and the tests build the same template.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    Tags.of(this).add('parley:tenant', tenant);

    this.data = new DataTable(this, 'Data');
    this.bus = new EventBus(this, 'Bus');
    this.socket = new ChatSocketApi(this, 'Socket');
    this.http = new ChatHttpApi(this, 'Http');
    const logsBucket = new AccessLogsBucket(this, 'AccessLogs').bucket;
    this.files = new FilesBucket(this, 'Files', { logsBucket, maxFileBytes });
    this.handlerFunctions = handlers.map((spec) => this.addHandler(spec));
    this.web = new WebHosting(this, 'Web', {
      assetsDir: webAssetsDir,
      config: { apiBase: this.http.api.apiEndpoint, wsUrl: this.socket.stage.url },
      logsBucket,
    });
    this.addOutputs();
    acknowledgeNagFindings(this);
  }

  private addHandler(spec: HandlerSpec): HandlerFunction {
    const handler = new HandlerFunction(this, spec, { table: this.data.table, socketStage: this.socket.stage, bus: this.bus, filesBucket: this.files.bucket, maxFileBytes: this.files.maxFileBytes });
    attachTrigger(handler, spec, handler.function, { socket: this.socket, http: this.http, bus: this.bus });
    return handler;
  }

  private addOutputs(): void {
    const site = `https://${this.web.distribution.distributionDomainName}`;
    new CfnOutput(this, 'ConsoleUrl', { value: `${site}/agent/`, description: 'Agent console' });
    new CfnOutput(this, 'DemoUrl', { value: `${site}/demo/`, description: 'Demo customer page with the widget' });
    new CfnOutput(this, 'WidgetUrl', { value: `${site}/widget.js`, description: 'Widget loader for customer sites' });
    new CfnOutput(this, 'WebSocketUrl', { value: this.socket.stage.url });
    new CfnOutput(this, 'HttpApiUrl', { value: this.http.api.apiEndpoint });
  }
}
