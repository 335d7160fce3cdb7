import { Duration } from 'aws-cdk-lib';
import { Match, Rule, Schedule, type IEventBus } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { HandlerSpec } from '../manifest';
import type { ChatHttpApi } from './chat-http-api';
import type { ChatSocketApi } from './chat-socket-api';

export interface TriggerSources {
  socket: ChatSocketApi;
  http: ChatHttpApi;
  bus: IEventBus;
  /** Where a bus event goes that its handler could not take, or kept failing on (docs/operations.md). */
  failedEvents: IQueue;
}

/** How long, and how often, a bus event is retried before it goes to `failedEvents`. */
const EVENT_RETRY = { maxEventAge: Duration.hours(6), retryAttempts: 2 };

/** Connects `fn` to what its manifest entry says triggers it; rules are created inside `scope`. */
export function attachTrigger(scope: Construct, spec: HandlerSpec, fn: IFunction, sources: TriggerSources): void {
  const trigger = spec.trigger;
  switch (trigger.kind) {
    case 'websocket':
      return sources.socket.addRoute(trigger.route, fn, spec.name);
    case 'http':
      return sources.http.addRoute(trigger.method, trigger.path, fn, spec.name);
    case 'schedule':
      new Rule(scope, 'Schedule', {
        schedule: Schedule.rate(Duration.minutes(trigger.everyMinutes)),
        targets: [new LambdaFunction(fn)],
      });
      return;
    case 'event':
      new Rule(scope, 'EventRule', {
        eventBus: sources.bus,
        eventPattern: {
          detailType: trigger.detailTypes,
          ...(trigger.detailHas && { detail: Object.fromEntries(trigger.detailHas.map((field) => [field, Match.exists()])) }),
        },
        // Not delivered to the function (throttled, for hours on end): kept, not dropped.
        targets: [new LambdaFunction(fn, { deadLetterQueue: sources.failedEvents, retryAttempts: 185, maxEventAge: Duration.hours(24) })],
      });
      // Delivered, but the function failed on it each time: kept too, with the error.
      fn.configureAsyncInvoke({ ...EVENT_RETRY, onFailure: new SqsDestination(sources.failedEvents) });
      return;
  }
}
