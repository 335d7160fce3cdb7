import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { ChatHttpApi } from '../../infra/aws/chat-http-api';
import { ChatSocketApi } from '../../infra/aws/chat-socket-api';
import { attachTrigger } from '../../infra/aws/handler-trigger';
import { TABLE } from '../../functions/store/table-schema';
import type { ParleyStack } from '../../infra/aws/parley-stack';
import { synthParley } from './parley-template';

let stack: ParleyStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthParley());
});

describe('data table', () => {
  test('is keyed by string pk and sk and billed on demand', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
        { AttributeName: TABLE.sortKey, AttributeType: 'S' },
      ]),
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  test('has point-in-time recovery and deletion protection', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  test('expires items on the schema TTL attribute', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    });
  });

  test.each(Object.values(TABLE.indexes).map((index) => [index.name, index] as const))('has index %s with a numeric sort key and its schema projection', (_name, index) => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: Match.arrayWith([{
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      }]),
      AttributeDefinitions: Match.arrayWith([{ AttributeName: index.sortKey, AttributeType: 'N' }]),
    });
  });

  test('the byAgent index holds keys only, so a message (which rewrites the chat item) does not rewrite it', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: Match.arrayWith([Match.objectLike({ IndexName: 'byAgent', Projection: { ProjectionType: 'KEYS_ONLY' } })]),
    });
  });

  test('survives stack deletion', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('event bus and schedule', () => {
  test('runs the sweeper every minute', () => {
    const sweeper = stack.handlerFunctions.find((handler) => handler.node.id === 'Sweeper')!;
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: stack.resolve(sweeper.function.functionArn) })],
    });
  });

  test('lets EventBridge invoke the sweeper', () => {
    const sweeper = stack.handlerFunctions.find((handler) => handler.node.id === 'Sweeper')!;
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: stack.resolve(sweeper.function.functionArn),
    });
  });

  test('has a bus of its own', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
  });

  test('an event trigger becomes a rule on that bus matching its detail types', () => {
    // No manifest entry uses an event trigger yet, so a minimal stack stands in for the tenant's.
    const scope = new Stack(new App(), 'EventTrigger');
    const bus = new EventBus(scope, 'Bus');
    const fn = new LambdaFunction(scope, 'Writer', { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => {}') });
    const sources = { socket: new ChatSocketApi(scope, 'Socket'), http: new ChatHttpApi(scope, 'Http'), bus, failedEvents: new Queue(scope, 'Failed') };

    attachTrigger(scope, { name: 'Writer', entry: 'unused.ts', trigger: { kind: 'event', detailTypes: ['chat.ended'] }, access: { table: 'read' } }, fn, sources);

    Template.fromStack(scope).hasResourceProperties('AWS::Events::Rule', {
      EventBusName: scope.resolve(bus.eventBusName),
      EventPattern: { 'detail-type': ['chat.ended'] },
      Targets: [Match.objectLike({ Arn: scope.resolve(fn.functionArn) })],
    });
  });

  test("an event its handler cannot take is kept in the failed-events queue, not dropped: undelivered, or failed on every try", () => {
    const scope = new Stack(new App(), 'EventFailures');
    const fn = new LambdaFunction(scope, 'Writer', { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => {}') });
    const failedEvents = new Queue(scope, 'Failed');
    const sources = { socket: new ChatSocketApi(scope, 'Socket'), http: new ChatHttpApi(scope, 'Http'), bus: new EventBus(scope, 'Bus'), failedEvents };

    attachTrigger(scope, { name: 'Writer', entry: 'unused.ts', trigger: { kind: 'event', detailTypes: ['chat.ended'] }, access: { table: 'read' } }, fn, sources);

    const template = Template.fromStack(scope);
    const queueArn = scope.resolve(failedEvents.queueArn);
    template.hasResourceProperties('AWS::Events::Rule', { Targets: [Match.objectLike({ DeadLetterConfig: { Arn: queueArn }, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 } })] });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: queueArn } } });
  });
  test("an event trigger's detailHas becomes an exists match on those detail fields", () => {
    const scope = new Stack(new App(), 'EventTriggerDetail');
    const bus = new EventBus(scope, 'Bus');
    const fn = new LambdaFunction(scope, 'Writer', { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => {}') });
    const sources = { socket: new ChatSocketApi(scope, 'Socket'), http: new ChatHttpApi(scope, 'Http'), bus, failedEvents: new Queue(scope, 'Failed') };

    attachTrigger(scope, { name: 'Writer', entry: 'unused.ts', trigger: { kind: 'event', detailTypes: ['chat.ended'], detailHas: ['personId'] }, access: { table: 'read' } }, fn, sources);

    Template.fromStack(scope).hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { 'detail-type': ['chat.ended'], detail: { personId: [{ exists: true }] } },
    });
  });
});

describe('files bucket', () => {
  const filesBucket = () => stack.resolve(stack.files.bucket.bucketName);

  test('accepts presigned PUT and GET from any origin', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedMethods: Match.arrayEquals(['PUT', 'GET']), AllowedOrigins: ['*'] })],
      },
    });
  });

  test('blocks public access, encrypts with S3-managed keys and logs access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: Match.anyValue(),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'files/' },
    });
  });

  test('refuses requests without TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: filesBucket(),
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        })]),
      },
    });
  });
});
