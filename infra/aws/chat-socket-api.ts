import { Stack } from 'aws-cdk-lib';
import { LogGroupLogDestination, WebSocketApi, WebSocketStage, type WebSocketRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Role } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { SOCKET_ACCESS_LOG } from './access-log-format';
import { ApiGatewayLogsRole } from './api-gateway-logs-role';

const SOCKET_STAGE_NAME = 'live';

/** The WebSocket API both browsers talk to; frames are routed by their `action` field. */
export class ChatSocketApi extends Construct {
  readonly api: WebSocketApi;
  readonly stage: WebSocketStage;
  readonly routes: WebSocketRoute[] = [];
  /** The account-level role API Gateway writes WebSocket logs with. */
  readonly logsRole: Role;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.api = new WebSocketApi(this, 'Api', {
      apiName: `${Stack.of(this).stackName}-socket`,
      routeSelectionExpression: '$request.body.action',
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = new WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: SOCKET_STAGE_NAME,
      autoDeploy: true,
      // Every tenant in an account and region shares API Gateway's 10,000 requests/s quota.
      throttle: { rateLimit: 500, burstLimit: 1000 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.custom(SOCKET_ACCESS_LOG) },
    });
    // WebSocket stages can log only once the account has an API Gateway CloudWatch role.
    const logsRole = new ApiGatewayLogsRole(this, 'LogsRole');
    this.stage.node.addDependency(logsRole);
    this.logsRole = logsRole.role;
  }

  /** Routes `routeKey` (`$connect`, `$disconnect`, `$default` or an action) to `handler`. */
  addRoute(routeKey: string, handler: IFunction, name: string): void {
    const integration = new WebSocketLambdaIntegration(`${name}Integration`, handler);
    this.routes.push(this.api.addRoute(routeKey, { integration }));
  }
}
