import type { CfnElement } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { ENV, handlers, type Access } from '../../infra/manifest';
import type { ParleyStack } from '../../infra/aws/parley-stack';
import { synthParley } from './parley-template';

let stack: ParleyStack;
let template: Template;

beforeAll(() => {
  // Bundled for real here, so a missing or broken handler entry fails this file.
  ({ stack, template } = synthParley({ bundle: true }));
});

const handlerNamed = (name: string) => stack.handlerFunctions.find((handler) => handler.node.id === name)!;
/** The synthesized properties of one handler's function (roles are shared, so the function is found by its own id). */
const functionProps = (name: string) =>
  template.toJSON().Resources[stack.getLogicalId(handlerNamed(name).function.node.defaultChild as CfnElement)].Properties;
const chattingSpecs = handlers.filter((spec) => spec.access.connections);

describe('handler functions', () => {
  test('one Node.js 22 arm64 function per manifest entry', () => {
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: { Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' },
    });
    expect(Object.keys(functions)).toHaveLength(handlers.length);
  });

  test.each(handlers.map((spec) => [spec.name, spec] as const))('%s takes memory and timeout from its entry (256 MB / 10 s by default)', (name, spec) => {
    expect(functionProps(name)).toMatchObject({ MemorySize: spec.memoryMb ?? 256, Timeout: spec.timeoutSeconds ?? 10 });
  });

  test('every function is told the table name', () => {
    for (const spec of handlers) expect(functionProps(spec.name).Environment.Variables[ENV.table]).toEqual(stack.resolve(stack.data.table.tableName));
  });

  test.each(chattingSpecs.map((spec) => [spec.name]))('%s is told the management endpoint and may manage connections', (name) => {
    const role = handlerNamed(name).function.role!;
    expect(functionProps(name).Environment.Variables[ENV.connectionsEndpoint]).toEqual(stack.resolve(stack.socket.stage.callbackUrl));
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
    expect(functionProps(name).Environment.Variables[ENV.bus]).toEqual(stack.resolve(stack.bus.eventBusName));
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
    const groups = handlers.map((spec) => functionProps(spec.name).LoggingConfig.LogGroup.Ref as string);
    expect(new Set(groups).size).toBe(handlers.length);
    for (const logicalId of groups) expect(template.findResources('AWS::Logs::LogGroup')[logicalId]?.Properties).toMatchObject({ RetentionInDays: 30 });
  });

  test('handlers with the same access share one role; different access, different roles', () => {
    const roleOf = (name: string) => JSON.stringify(functionProps(name).Role);
    for (const a of handlers) {
      for (const b of handlers) expect(roleOf(a.name) === roleOf(b.name)).toBe(sameAccess(a.access, b.access));
    }
  });

  test('function roles carry no AWS-managed policy, only grants to their own resources', () => {
    const lambdaRoles = template.findResources('AWS::IAM::Role', {
      Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] } },
    });
    expect(Object.keys(lambdaRoles).length).toBeGreaterThanOrEqual(stack.handlerRoles.all().length);
    for (const role of Object.values(lambdaRoles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  test('the stack stays well inside CloudFormation\'s 500 resources', () => {
    expect(Object.keys(template.toJSON().Resources).length).toBeLessThan(450);
  });
});

/** Two accesses grant the same: the same table access and the same extra flags. */
function sameAccess(a: Access, b: Access): boolean {
  const flags = (x: Access) => Object.entries(x).filter(([, v]) => v).map(([k, v]) => `${k}=${v}`).sort().join();
  return flags(a) === flags(b);
}
