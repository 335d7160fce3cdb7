import { Duration } from 'aws-cdk-lib';
import { Match, Rule, Schedule, type IEventBus } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { HandlerSpec } from '../manifest';
import type { ChatHttpApi } from './chat-http-api';
import type { ChatSocketApi } from './chat-socket-api';

export interface TriggerSources {
  socket: ChatSocketApi;
  http: ChatHttpApi;
  bus: IEventBus;
}

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
        targets: [new LambdaFunction(fn)],
      });
      return;
  }
}
