import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { CONSOLE_PATHS, WIDGET_PATHS } from '../../functions/protocol/http';
import type { ParleyStack } from './parley-stack';

const acknowledge = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });

/** How cdk-nag names a resource inside a finding: `<LogicalId>` for a Ref, `<LogicalId.Arn>` for its ARN. */
const refOf = (scope: IConstruct) => Stack.of(scope).getLogicalId(scope.node.defaultChild as CfnElement);

/** HTTP routes a caller uses to obtain a token, so they cannot require one. */
const TOKEN_ISSUING_PATHS: string[] = [CONSOLE_PATHS.login, WIDGET_PATHS.visitors];
/** HTTP routes any customer's page calls before it has a chat. */
const PUBLIC_PATHS: string[] = [WIDGET_PATHS.availability, WIDGET_PATHS.offlineRequests, `${WIDGET_PATHS.widgetChannels}/{channelId}`];

/**
 * The AwsSolutions findings Parley accepts, each acknowledged on the resource it concerns, with
 * its reason. Any other finding fails synthesis (test/infra/nag.test.ts).
 */
export function acknowledgeNagFindings(stack: ParleyStack): void {
  acknowledgeApiAuthorization(stack);
  acknowledgeHandlerFunctions(stack);
  acknowledgeWebHosting(stack);
  acknowledge(
    stack.failedEvents,
    'AwsSolutions-SQS3',
    'It is itself the dead-letter queue: of the bus rules, and of the event handlers that failed on an event. Nothing reads it but ' +
      'the operator, after the EventsFailed alarm (docs/operations.md), so a queue behind it would only hold the same messages again.',
  );
  acknowledge(
    stack.socket.logsRole,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    'The AWS-managed policy API Gateway documents for its account CloudWatch role; AWS keeps it current.',
  );
}

function acknowledgeApiAuthorization({ socket, http }: ParleyStack): void {
  for (const route of socket.routes) {
    acknowledge(
      route,
      'AwsSolutions-APIG4',
      route.routeKey === '$connect'
        ? '$connect redeems a short-lived single-use ticket (signed by the HTTP API for a checked token or a new visitor) in its handler, ' +
          'checking its signature and spending it with a conditional put that a Lambda authorizer, whose result API Gateway may cache, cannot replace.'
        : 'API Gateway can authorize a WebSocket only on $connect; later frames belong to a connection whose identity ' +
          'the $connect handler stored.',
    );
  }
  for (const route of http.routes) {
    acknowledge(
      route,
      'AwsSolutions-APIG4',
      TOKEN_ISSUING_PATHS.includes(route.path ?? '')
        ? 'Issues the token (agent login or anonymous visitor identity), so it must be callable without one.'
        : PUBLIC_PATHS.includes(route.path ?? '')
        ? 'Public by design: what a customer page needs before any chat (availability, the channel widget settings, the ' +
          'offline form); it returns nothing private and the stage is throttled.'
        : "The handler verifies the bearer token: HS256, signed with a key kept in the tenant's table, which a " +
          'JWKS-based JWT authorizer cannot check.',
    );
  }
}

function acknowledgeHandlerFunctions({ data, socket, files, handlerFunctions, handlerRoles }: ParleyStack): void {
  const indexes = `AwsSolutions-IAM5[Resource::<${refOf(data.table)}.Arn>/index/*]`;
  const connections =
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:<AWS::Region>:<AWS::AccountId>:' +
    `<${refOf(socket.api)}>/${socket.stage.stageName}/*/@connections/*]`;
  for (const handler of handlerFunctions) {
    acknowledge(handler, 'AwsSolutions-L1', 'Node.js 22 is the runtime Parley is built and tested on (DESIGN.md); moving on is a deliberate upgrade.');
  }
  // The grants live on the shared roles (infra/aws/handler-roles.ts), one per permission set.
  acknowledge(handlerRoles, indexes, "Covers the table's own global secondary indexes (queue, byAgent), which queries need.");
  acknowledge(handlerRoles, connections, "Connection ids exist only at run time; the grant is limited to this stage's @connections.");
  acknowledgeFilesGrant(handlerRoles, refOf(files.bucket));
}

/** The files bucket's grant, given through Bucket.grantReadWrite (its actions are wildcards by design). */
function acknowledgeFilesGrant(handler: IConstruct, bucketRef: string): void {
  const reason = 'Granted by Bucket.grantReadWrite on the files bucket only: chat files and documents get their keys at run time, ' +
    'and presigned URLs act with the signer\'s permissions (PUT to upload, GET to download; refused files are deleted).';
  for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
    acknowledge(handler, `AwsSolutions-IAM5[Action::${action}]`, reason);
  }
  acknowledge(handler, `AwsSolutions-IAM5[Resource::<${bucketRef}.Arn>/*]`, reason);
}

function acknowledgeWebHosting(stack: ParleyStack): void {
  const { distribution, deploymentRole, siteBucket } = stack.web;
  acknowledge(distribution, 'AwsSolutions-CFR1', 'Customers chat from wherever they are; restricting countries is a per-tenant business decision.');
  acknowledge(distribution, 'AwsSolutions-CFR2', 'Serves static files only (the APIs are separate and throttled); a WAF can be added per tenant when its cost is justified.');
  acknowledge(distribution, 'AwsSolutions-CFR4', 'Uses the default *.cloudfront.net certificate, whose TLS policy cannot be chosen, until a tenant configures a custom domain.');

  const copying = 'Granted by aws-cdk-lib BucketDeployment to copy the built assets from the CDK asset bucket into the site bucket.';
  for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
    acknowledge(deploymentRole, `AwsSolutions-IAM5[Action::${action}]`, copying);
  }
  acknowledge(deploymentRole, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]', copying);
  acknowledge(deploymentRole, `AwsSolutions-IAM5[Resource::<${refOf(siteBucket)}.Arn>/*]`, copying);
  acknowledge(deploymentRole, 'AwsSolutions-IAM5[Resource::*]', 'CloudFront invalidation actions do not support resource-level permissions.');

  // BucketDeployment's function is a singleton aws-cdk-lib adds at stack level, outside this construct.
  for (const singleton of stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'))) {
    acknowledge(singleton, 'AwsSolutions-L1', 'Runtime of the aws-cdk-lib BucketDeployment function, chosen and kept current by aws-cdk-lib.');
  }
}
