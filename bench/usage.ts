/** Turns two snapshots of the runtime's counters into what happened between them, in billing units. */
import { bucketUpperMs } from '../infra/local/lambda-host';
import type { Traffic } from '../infra/local/gateway/meter';
import type { DynamoTally } from '../infra/local/lambda-worker';
import { handlers } from '../infra/manifest';
import type { TriggerKind, Usage } from './cost';
import type { ChildMetrics } from './runtime-child';
import { bucketDelta, bucketPercentile } from './stats';

export interface HandlerUsage {
  name: string;
  trigger: TriggerKind;
  invocations: number;
  failed: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  billedMs: number;
  dynamo: DynamoTally;
}

export interface WindowUsage {
  usage: Usage;
  handlers: HandlerUsage[];
  dynamoByOperation: Record<string, DynamoTally>;
  indexWriteUnitsByIndex: Record<string, number>;
  framesIn: Record<string, Traffic>;
  postsOut: Record<string, Traffic>;
  postsGone: number;
  runtimeCpuMs: number;
  windowMs: number;
}

const EMPTY_TALLY: DynamoTally = { calls: 0, readUnits: 0, writeUnits: 0, conditionFailures: 0, errors: 0 };

function tallyDelta(after: DynamoTally | undefined, before: DynamoTally | undefined): DynamoTally {
  const a = after ?? EMPTY_TALLY;
  const b = before ?? EMPTY_TALLY;
  return {
    calls: a.calls - b.calls, readUnits: a.readUnits - b.readUnits, writeUnits: a.writeUnits - b.writeUnits,
    conditionFailures: a.conditionFailures - b.conditionFailures, errors: a.errors - b.errors,
  };
}

function trafficDelta(after: Record<string, Traffic>, before: Record<string, Traffic>): Record<string, Traffic> {
  const out: Record<string, Traffic> = {};
  for (const [key, a] of Object.entries(after)) {
    const b = before[key] ?? { count: 0, bytes: 0, units: 0 };
    if (a.count > b.count) out[key] = { count: a.count - b.count, bytes: a.bytes - b.bytes, units: a.units - b.units };
  }
  return out;
}

const sum = (traffic: Record<string, Traffic>, field: keyof Traffic) => Object.values(traffic).reduce((s, t) => s + t[field], 0);

export function usageBetween(before: ChildMetrics, after: ChildMetrics, chats: number): WindowUsage {
  const specs = new Map(handlers.map((h) => [h.name, h]));
  const handlerUsage: HandlerUsage[] = [];
  for (const [name, a] of Object.entries(after.runtime.lambda.invocations)) {
    const b = before.runtime.lambda.invocations[name];
    const invocations = a.count - (b?.count ?? 0);
    const spec = specs.get(name);
    if (invocations <= 0 || !spec) continue;
    const buckets = bucketDelta(a.buckets, b?.buckets);
    handlerUsage.push({
      name,
      trigger: spec.trigger.kind,
      invocations,
      failed: a.failed - (b?.failed ?? 0),
      meanMs: (a.totalMs - (b?.totalMs ?? 0)) / invocations,
      p50Ms: bucketPercentile(buckets, 50, bucketUpperMs),
      p99Ms: bucketPercentile(buckets, 99, bucketUpperMs),
      billedMs: a.billedMs - (b?.billedMs ?? 0),
      dynamo: tallyDelta(after.runtime.lambda.dynamo.byHandler[name], before.runtime.lambda.dynamo.byHandler[name]),
    });
  }
  handlerUsage.sort((x, y) => y.billedMs - x.billedMs);

  const dynamoByOperation: Record<string, DynamoTally> = {};
  for (const op of Object.keys(after.runtime.lambda.dynamo.byOperation)) {
    dynamoByOperation[op] = tallyDelta(after.runtime.lambda.dynamo.byOperation[op], before.runtime.lambda.dynamo.byOperation[op]);
  }
  const totals = Object.values(dynamoByOperation).reduce((t, d) => ({
    readUnits: t.readUnits + d.readUnits, writeUnits: t.writeUnits + d.writeUnits, conditionFailures: t.conditionFailures + d.conditionFailures,
  }), { readUnits: 0, writeUnits: 0, conditionFailures: 0 });
  const indexWriteUnitsByIndex: Record<string, number> = {};
  for (const [index, units] of Object.entries(after.indexWrites.byIndex)) indexWriteUnitsByIndex[index] = units - (before.indexWrites.byIndex[index] ?? 0);

  const g = { a: after.runtime.gateway, b: before.runtime.gateway };
  const framesIn = trafficDelta(g.a.framesIn, g.b.framesIn);
  const postsOut = trafficDelta(g.a.postsOut, g.b.postsOut);
  const usage: Usage = {
    chats,
    lambda: handlerUsage.map((h) => ({ name: h.name, trigger: h.trigger, memoryMb: specs.get(h.name)?.memoryMb, invocations: h.invocations, billedMs: h.billedMs })),
    dynamo: { ...totals, indexWriteUnits: after.indexWrites.writeUnits - before.indexWrites.writeUnits },
    webSocket: {
      messageUnitsIn: sum(framesIn, 'units'),
      // A connection probe is counted as a message, to be safe: API Gateway's price list names only messages and connection minutes.
      messageUnitsOut: sum(postsOut, 'units') + (g.a.probes - g.b.probes),
      requestsIn: sum(framesIn, 'count'),
      connectionsOpened: g.a.connectionsOpened - g.b.connectionsOpened,
      connectionMinutes: (g.a.connectionMs - g.b.connectionMs) / 60_000,
    },
    // EventBridge bills what is put on the bus, not each rule's delivery of it; schedule firings are counted too, to be safe.
    events: after.runtime.eventsPublished - before.runtime.eventsPublished
      + handlerUsage.filter((h) => h.trigger === 'schedule').reduce((s, h) => s + h.invocations, 0),
  };
  const cpu = (m: ChildMetrics) => (m.process.cpu.user + m.process.cpu.system) / 1000;
  return {
    usage, handlers: handlerUsage, dynamoByOperation, indexWriteUnitsByIndex, framesIn, postsOut,
    postsGone: g.a.postsGone - g.b.postsGone,
    runtimeCpuMs: cpu(after) - cpu(before),
    windowMs: after.at - before.at,
  };
}
