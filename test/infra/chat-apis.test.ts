import { Capture, Match, type Template } from 'aws-cdk-lib/assertions';
import { handlers, type Trigger } from '../../infra/manifest';
import type { ParleyStack } from '../../infra/aws/parley-stack';
import { synthParley } from './parley-template';
import { HTTP_ACCESS_LOG, SOCKET_ACCESS_LOG } from '../../infra/aws/access-log-format';

let stack: ParleyStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthParley());
});

/** `[name, trigger]` of every manifest entry with a trigger of this kind, for `test.each`. */
function triggered<K extends Trigger['kind']>(kind: K): Array<[string, Extract<Trigger, { kind: K }>]> {
  return handlers
    .filter((spec) => spec.trigger.kind === kind)
    .map((spec) => [spec.name, spec.trigger as Extract<Trigger, { kind: K }>]);
}

/** The function a route's integration invokes, as a logical id. */
function integratedFunctionOf(routeTarget: Capture): string {
  // A route's Target is `integrations/<integration id>`.
  const integrationId = JSON.stringify(routeTarget.asObject()).match(/"Ref":"([^"]+)"/)![1];
  const uri = JSON.stringify(template.findResources('AWS::ApiGatewayV2::Integration')[integrationId].Properties.IntegrationUri);
  return uri.match(/"Fn::GetAtt":\["([^"]+)","Arn"\]/)![1];
}

const functionIdOf = (name: string) =>
  stack.resolve(stack.handlerFunctions.find((handler) => handler.node.id === name)!.function.functionArn)['Fn::GetAtt'][0];

describe('WebSocket API', () => {
  test('selects routes on the action field of each frame', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'WEBSOCKET',
      RouteSelectionExpression: '$request.body.action',
      Name: Match.stringLikeRegexp('^Parley-acme-'),
    });
  });

  test.each(triggered('websocket'))('%s handles the route key of its manifest entry', (name, trigger) => {
    const target = new Capture();
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      ApiId: stack.resolve(stack.socket.api.apiId),
      RouteKey: trigger.route,
      Target: target,
    });
    expect(integratedFunctionOf(target)).toBe(functionIdOf(name));
  });

  test('has exactly the manifest routes', () => {
    template.resourcePropertiesCountIs('AWS::ApiGatewayV2::Route', { ApiId: stack.resolve(stack.socket.api.apiId) }, triggered('websocket').length);
  });

  test('deploys to stage `live` automatically, throttled and access-logged', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: stack.resolve(stack.socket.api.apiId),
      StageName: 'live',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: SOCKET_ACCESS_LOG },
    });
  });

  test('the stage waits for the account CloudWatch role that WebSocket access logs require', () => {
    const account = Object.keys(template.findResources('AWS::ApiGateway::Account'));
    expect(account).toHaveLength(1);
    template.hasResource('AWS::ApiGatewayV2::Stage', {
      Properties: { StageName: 'live' },
      DependsOn: Match.arrayWith(account),
    });
  });
});

describe('HTTP API', () => {
  test.each(triggered('http'))('%s handles the method and path of its manifest entry', (name, trigger) => {
    const target = new Capture();
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      ApiId: stack.resolve(stack.http.api.apiId),
      RouteKey: `${trigger.method} ${trigger.path}`,
      Target: target,
    });
    expect(integratedFunctionOf(target)).toBe(functionIdOf(name));
  });

  test('uses payload format 2.0', () => {
    template.resourcePropertiesCountIs(
      'AWS::ApiGatewayV2::Integration',
      { ApiId: stack.resolve(stack.http.api.apiId), PayloadFormatVersion: '2.0' },
      triggered('http').length,
    );
  });

  test('answers CORS preflight from any origin, without credentials', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['*'],
        AllowMethods: Match.arrayEquals(['GET', 'POST', 'OPTIONS']),
        AllowHeaders: Match.arrayEquals(['Authorization', 'Content-Type']),
        AllowCredentials: Match.absent(),
        MaxAge: Match.anyValue(),
      },
    });
  });

  test('serves the $default stage, throttled and access-logged', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: stack.resolve(stack.http.api.apiId),
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: HTTP_ACCESS_LOG },
    });
  });
});
