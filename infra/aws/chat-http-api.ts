import { Duration, Stack } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HTTP_ACCESS_LOG } from './access-log-format';

/** The HTTP API for login, visitor identity and WebSocket tickets, callable from any page. */
export class ChatHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly routes: HttpRoute[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      apiName: `${Stack.of(this).stackName}-http`,
      // The widget runs on customers' own sites; tokens travel in Authorization, never in cookies.
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: Duration.days(1),
      },
      // Created below instead, because the default stage cannot take access-log settings.
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.custom(HTTP_ACCESS_LOG) },
    });
  }

  addRoute(method: 'GET' | 'POST', path: string, handler: IFunction, name: string): void {
    const integration = new HttpLambdaIntegration(`${name}Integration`, handler);
    this.routes.push(...this.api.addRoutes({ path, methods: [HttpMethod[method]], integration }));
  }
}
