import { Capture, Match, type Template } from 'aws-cdk-lib/assertions';
import { ENV, handlers } from '../../infra/manifest';
import type { ParleyStack } from '../../infra/aws/parley-stack';
import { synthParley } from './parley-template';

let stack: ParleyStack;
let template: Template;

beforeAll(() => {
  // Bundled for real here, so a missing or broken handler entry fails this file.
  ({ stack, template } = synthParley({ bundle: true }));
});

const handlerNamed = (name: string) => stack.handlerFunctions.find((handler) => handler.node.id === name)!;
const chattingSpecs = handlers.filter((spec) => spec.access.connections);

describe('handler functions', () => {
  test('one Node.js 22 arm64 function per manifest entry', () => {
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: { Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' },
    });
    expect(Object.keys(functions)).toHaveLength(handlers.length);
  });

  test.each(handlers.map((spec) => [spec.name, spec] as const))('%s takes memory and timeout from its entry (256 MB / 10 s by default)', (_name, spec) => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: stack.resolve(handlerNamed(spec.name).function.role!.roleArn),
      MemorySize: spec.memoryMb ?? 256,
      Timeout: spec.timeoutSeconds ?? 10,
    });
  });

  test('every function is told the table name', () => {
    for (const handler of stack.handlerFunctions) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Role: stack.resolve(handler.function.role!.roleArn),
        Environment: { Variables: Match.objectLike({ [ENV.table]: stack.resolve(stack.data.table.tableName) }) },
      });
    }
  });

  test.each(chattingSpecs.map((spec) => [spec.name]))('%s is told the management endpoint and may manage connections', (name) => {
    const role = handlerNamed(name).function.role!;
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: stack.resolve(role.roleArn),
      Environment: { Variables: Match.objectLike({ [ENV.connectionsEndpoint]: stack.resolve(stack.socket.stage.callbackUrl) }) },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [stack.resolve(role.roleName)],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'execute-api:ManageConnections', Effect: 'Allow' })]) },
    });
  });

  test('functions without `connections` access get no management API permission', () => {
    for (const spec of handlers.filter((entry) => !entry.access.connections)) {
      const policies = template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [stack.resolve(handlerNamed(spec.name).function.role!.roleName)] },
      });
      expect(JSON.stringify(policies)).not.toContain('execute-api:ManageConnections');
    }
  });

  test.each(handlers.filter((spec) => spec.access.bus).map((spec) => [spec.name]))('%s may put events on the bus it is told about', (name) => {
    const role = handlerNamed(name).function.role!;
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: stack.resolve(role.roleArn),
      Environment: { Variables: Match.objectLike({ [ENV.bus]: stack.resolve(stack.bus.eventBusName) }) },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [stack.resolve(role.roleName)],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: 'events:PutEvents', Resource: stack.resolve(stack.bus.eventBusArn) })]),
      },
    });
  });

  test('read-only handlers cannot write the table', () => {
    for (const spec of handlers.filter((entry) => entry.access.table === 'read')) {
      const policies = template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [stack.resolve(handlerNamed(spec.name).function.role!.roleName)] },
      });
      const text = JSON.stringify(policies);
      expect(text).toContain('dynamodb:Query');
      expect(text).not.toMatch(/dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)/);
    }
  });

  test('each function logs to its own log group with a retention period', () => {
    for (const handler of stack.handlerFunctions) {
      const logGroup = new Capture();
      template.hasResourceProperties('AWS::Lambda::Function', {
        Role: stack.resolve(handler.function.role!.roleArn),
        LoggingConfig: { LogGroup: logGroup },
      });
      const logicalId = logGroup.asObject().Ref as string;
      expect(template.findResources('AWS::Logs::LogGroup')[logicalId]?.Properties).toMatchObject({ RetentionInDays: 30 });
    }
  });

  test('function roles carry no AWS-managed policy, only grants to their own resources', () => {
    const lambdaRoles = template.findResources('AWS::IAM::Role', {
      Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] } },
    });
    expect(Object.keys(lambdaRoles).length).toBeGreaterThanOrEqual(handlers.length);
    for (const role of Object.values(lambdaRoles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});
