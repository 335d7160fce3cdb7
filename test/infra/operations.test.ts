/** What operators get with every tenant: alarms to one topic, a dashboard, JSON logs, origin and domain settings. */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { synthParley } from './parley-template';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-aaaa-bbbb-cccc-123456789abc';

describe('alarms and dashboard', () => {
  let template: Template;
  beforeAll(() => { template = synthParley().template; });

  test.each([
    ['Lambda errors', 'Errors'],
    ['Lambda throttles', 'Throttles'],
    ['WebSocket errors', 'IntegrationError'],
    ['HTTP 5xx', '5xx'],
    ['DynamoDB throttles', 'ThrottledRequests'],
    ['chats past the manager warning', 'ChatsPastManagerWarning'],
  ])('an alarm watches %s', (_what, metricName) => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.some((alarm) => JSON.stringify(alarm.Properties).includes(`"MetricName":"${metricName}"`))).toBe(true);
  });

  test('every alarm notifies the alarm topic, when it fires and when it is over, and names its runbook', () => {
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(topic).toHaveLength(1);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: topic[0] }],
      OKActions: [{ Ref: topic[0] }],
      AlarmDescription: Match.stringLikeRegexp('docs/operations.md#alarms'),
      TreatMissingData: 'notBreaching',
    });
  });

  test('the DynamoDB throttle alarm fires on any one throttled operation: each is filled with 0 where DynamoDB sent nothing', () => {
    const [alarm] = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter((a) => JSON.stringify(a.Properties).includes('"MetricName":"ThrottledRequests"'));
    const expression = alarm.Properties.Metrics.find((m: { Expression?: string }) => m.Expression).Expression as string;
    expect(expression.match(/FILL\(/g)).toHaveLength(8);
  });

  test('the Lambda error alarms together cover every handler', () => {
    const functions = Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }));
    const watched = Object.values(template.findResources('AWS::CloudWatch::Alarm'))
      .filter((alarm) => JSON.stringify(alarm.Properties).includes('"MetricName":"Errors"'))
      .flatMap((alarm) => alarm.Properties.Metrics.flatMap((m: { MetricStat?: { Metric: { Dimensions: { Value: { Ref: string } }[] } } }) => m.MetricStat?.Metric.Dimensions.map((d) => d.Value.Ref) ?? []));
    expect(new Set(watched)).toEqual(new Set(functions));
  });

  test('the alarm topic accepts only TLS and is encrypted with a key CloudWatch may use (not alias/aws/sns, which alarms cannot publish with)', () => {
    const keys = Object.keys(template.findResources('AWS::KMS::Key'));
    expect(keys).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keys[0], 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  test('a dashboard shows the alarms and the traffic', () => {
    const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0].Properties.DashboardBody);
    for (const title of ['Alarms', 'WebSocket traffic', 'Chats past the manager warning', 'Errors', 'DynamoDB']) expect(body).toContain(title);
  });

  test('without an alarm email nobody is subscribed', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  test('an alarm email is subscribed to the topic', () => {
    synthParley({ options: { alarmEmail: 'ops@acme.example' } }).template
      .hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@acme.example' });
  });
});

/** The handlers' functions (aws-cdk-lib's own deployment function runs on another runtime). */
const handlerFunctions = (template: Template) =>
  Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }));

describe('handler settings', () => {
  test('every handler logs JSON and knows its metrics namespace', () => {
    const functions = handlerFunctions(synthParley().template);
    expect(functions.length).toBeGreaterThan(30);
    for (const fn of functions) {
      expect(fn.Properties.LoggingConfig).toEqual({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN', LogGroup: expect.anything() });
      expect(fn.Properties.Environment.Variables.METRICS_NAMESPACE).toBe('Parley/acme');
    }
  });

  test('without allowed origins the widget may connect from any page', () => {
    for (const fn of handlerFunctions(synthParley().template)) expect(fn.Properties.Environment.Variables.ALLOWED_ORIGINS).toBeUndefined();
  });

  test('allowed origins reach the handlers, with the stack\'s own site added', () => {
    const { template } = synthParley({ options: { allowedOrigins: ['https://shop.acme.example'] } });
    const origins = JSON.stringify(handlerFunctions(template)[0].Properties.Environment.Variables.ALLOWED_ORIGINS);
    expect(origins).toContain('https://shop.acme.example,');
    expect(origins).toContain('DomainName');
  });
});

describe('custom domain', () => {
  test('CloudFront serves the domain with its certificate and TLS 1.2 at least', () => {
    synthParley({ options: { domain: { name: 'chat.acme.example', certificateArn: CERTIFICATE } } }).template
      .hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Aliases: ['chat.acme.example'],
          ViewerCertificate: { AcmCertificateArn: CERTIFICATE, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
        }),
      });
  });
});
