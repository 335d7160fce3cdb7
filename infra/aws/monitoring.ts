import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { WebSocketApi, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm, AlarmStatusWidget, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric,
  TreatMissingData, type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { PAST_MANAGER_WARNING_METRIC } from '../../functions/domain/alert-rules';

/** A metric-math alarm may combine at most 10 metrics, so function metrics are summed in groups. */
const METRICS_PER_EXPRESSION = 10;
const FIVE_MINUTES = Duration.minutes(5);

export interface MonitoringProps {
  functions: NodejsFunction[];
  table: Table;
  socketApi: WebSocketApi;
  httpApi: HttpApi;
  /** The namespace the handlers' custom metrics are written to (functions/adapters/metrics.ts). */
  metricsNamespace: string;
  /** Subscribed to the alarm topic when given. */
  alarmEmail?: string;
  /** Bus events no handler could take. */
  failedEvents: IQueue;
}

/** The tenant's alarms (to one SNS topic) and its CloudWatch dashboard. See docs/operations.md. */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // A key of the stack's own: CloudWatch cannot publish to a topic encrypted with the AWS-managed
    // alias/aws/sns key (its policy cannot be changed to let CloudWatch use it), so no alarm would arrive.
    const key = new Key(this, 'AlarmTopicKey', {
      description: `Encrypts the alarm topic of ${Stack.of(this).stackName}`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.addToResourcePolicy(new PolicyStatement({
      principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
    }));
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `Parley alarms (${Stack.of(this).stackName})`,
      enforceSSL: true,
      masterKey: key,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const groups = chunk(props.functions, METRICS_PER_EXPRESSION);
    const lambdaErrors = groups.map((fns, i) => sum(`Lambda errors ${i + 1}`, fns.map((fn) => fn.metricErrors({ period: FIVE_MINUTES }))));
    const lambdaThrottles = groups.map((fns, i) => sum(`Lambda throttles ${i + 1}`, fns.map((fn) => fn.metricThrottles({ period: FIVE_MINUTES }))));
    const socketErrors = sum('WebSocket integration and execution errors', [
      props.socketApi.metric('IntegrationError', { statistic: 'Sum', period: FIVE_MINUTES }),
      props.socketApi.metric('ExecutionError', { statistic: 'Sum', period: FIVE_MINUTES }),
    ]);
    const httpErrors = props.httpApi.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES });
    // The operations Parley's store uses (all of them would exceed an alarm's 10 metrics). DynamoDB sends
    // ThrottledRequests only for an operation that was throttled: summed with FILL, one is enough.
    const tableThrottles = sum('DynamoDB throttles', [
      Operation.GET_ITEM, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.QUERY, Operation.SCAN, Operation.BATCH_WRITE_ITEM, Operation.BATCH_GET_ITEM,
    ].map((operation) => props.table.metric('ThrottledRequests', { dimensionsMap: { TableName: props.table.tableName, Operation: operation }, statistic: 'Sum', period: FIVE_MINUTES })));
    const overdueChats = new Metric({
      namespace: props.metricsNamespace,
      metricName: PAST_MANAGER_WARNING_METRIC,
      statistic: 'Maximum',
      period: Duration.minutes(1),
    });

    lambdaErrors.forEach((metric, i) => this.alarm(`LambdaErrors${i + 1}`, metric, 5, 'Handlers failed: see their JSON logs (Logs Insights: level = "ERROR").'));
    lambdaThrottles.forEach((metric, i) => this.alarm(`LambdaThrottles${i + 1}`, metric, 1, 'Handlers were throttled: the account concurrency limit is reached.'));
    this.alarm('WebSocketErrors', socketErrors, 5, 'WebSocket frames failed in API Gateway or in their handler.');
    this.alarm('HttpServerErrors', httpErrors, 5, 'The HTTP API (login, tickets, contacts) answered 5xx.');
    this.alarm('TableThrottles', tableThrottles, 1, 'DynamoDB throttled requests: a hot partition or the account limit.');
    this.alarm('ChatsUnanswered', overdueChats, 1, 'Customers have waited past the manager warning time: nobody is answering.', 3);
    const failedEvents = props.failedEvents.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: FIVE_MINUTES });
    this.alarm('EventsFailed', failedEvents, 1, 'Bus events the activity, statistics or history writer could not handle wait in the FailedEvents queue.');

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(3) });
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 3 }),
      new GraphWidget({
        title: 'WebSocket traffic',
        left: [
          props.socketApi.metric('ConnectCount', { statistic: 'Sum', period: FIVE_MINUTES }),
          props.socketApi.metric('MessageCount', { statistic: 'Sum', period: FIVE_MINUTES }),
        ],
        width: 12,
      }),
      new GraphWidget({ title: 'Chats past the manager warning', left: [overdueChats], width: 12 }),
      new GraphWidget({ title: 'Errors', left: [...lambdaErrors, socketErrors, httpErrors], width: 12 }),
      new GraphWidget({
        title: 'DynamoDB',
        left: [props.table.metricConsumedWriteCapacityUnits({ period: FIVE_MINUTES }), props.table.metricConsumedReadCapacityUnits({ period: FIVE_MINUTES })],
        right: [tableThrottles],
        width: 12,
      }),
    );
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data means nothing happened: no errors, no throttles, no sweep finding overdue chats.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${description} Runbook: docs/operations.md#alarms`,
    });
    // The same topic hears when it is over, so whoever was paged knows without opening the console.
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

function sum(label: string, metrics: IMetric[]): MathExpression {
  // Ids must be unique across every expression a graph shows together.
  const prefix = label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const usingMetrics = Object.fromEntries(metrics.map((metric, i) => [`${prefix}_${i}`, metric]));
  // A function that was not invoked has no data point; FILL keeps the sum from going missing with it.
  const expression = Object.keys(usingMetrics).map((id) => `FILL(${id}, 0)`).join(' + ');
  return new MathExpression({ expression, usingMetrics, label, period: FIVE_MINUTES });
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
