/** The cost model: what a run used, in AWS's billing units, times the list prices in prices.ts. */
import { DEFAULT_LAMBDA_MEMORY_MB, LOG_BYTES, PRICES, type PriceList } from './prices';

export type TriggerKind = 'websocket' | 'http' | 'schedule' | 'event';

/** What a run used, in the units AWS bills; every figure is a count over the measured window. */
export interface Usage {
  chats: number;
  lambda: { name: string; trigger: TriggerKind; memoryMb?: number; invocations: number; billedMs: number }[];
  dynamo: {
    readUnits: number;
    /** Base-table write units as DynamoDB (dynalite) reported them. */
    writeUnits: number;
    /** Index write units, modelled from every item change (dynalite reports none; see gsi-meter.ts). */
    indexWriteUnits: number;
    /** A refused conditional write still costs write capacity on AWS; modelled as one unit each. */
    conditionFailures: number;
  };
  webSocket: { messageUnitsIn: number; messageUnitsOut: number; requestsIn: number; connectionsOpened: number; connectionMinutes: number };
  /** EventBridge events: entries put on the bus (per 64 KB), plus scheduled-rule firings. */
  events: number;
}

export interface CostLine { service: string; item: string; quantity: number; unit: string; usd: number }

export interface Cost {
  lines: CostLine[];
  totalUsd: number;
  /** USD per 1,000 chats, by service, and in all. */
  per1000Chats: { byService: Record<string, number>; total: number };
}

const perMillion = (quantity: number, price: number) => (quantity / 1e6) * price;

export function costOf(usage: Usage, prices: PriceList = PRICES): Cost {
  const lines: CostLine[] = [];
  const line = (service: string, item: string, quantity: number, unit: string, usd: number) => lines.push({ service, item, quantity, unit, usd });

  const d = usage.dynamo;
  line('DynamoDB', 'read request units', d.readUnits, 'RRU', perMillion(d.readUnits, prices.dynamodb.readRequestUnitPerMillion));
  const writeUnits = d.writeUnits + d.indexWriteUnits + d.conditionFailures;
  line('DynamoDB', 'write request units (table + index + refused conditions)', writeUnits, 'WRU', perMillion(writeUnits, prices.dynamodb.writeRequestUnitPerMillion));

  const ws = usage.webSocket;
  const messages = ws.messageUnitsIn + ws.messageUnitsOut;
  line('API Gateway', 'WebSocket messages (32 KB units, both ways)', messages, 'messages', perMillion(messages, prices.apiGatewayWebSocket.messagesPerMillion));
  line('API Gateway', 'WebSocket connection minutes', ws.connectionMinutes, 'minutes', perMillion(ws.connectionMinutes, prices.apiGatewayWebSocket.connectionMinutesPerMillion));
  const httpRequests = usage.lambda.filter((l) => l.trigger === 'http').reduce((s, l) => s + l.invocations, 0);
  line('API Gateway', 'HTTP API requests', httpRequests, 'requests', perMillion(httpRequests, prices.apiGatewayHttp.requestsPerMillion));

  const invocations = usage.lambda.reduce((s, l) => s + l.invocations, 0);
  const gbSeconds = usage.lambda.reduce((s, l) => s + (l.billedMs / 1000) * ((l.memoryMb ?? DEFAULT_LAMBDA_MEMORY_MB) / 1024), 0);
  line('Lambda', 'requests', invocations, 'invocations', perMillion(invocations, prices.lambda.requestsPerMillion));
  line('Lambda', 'duration (Arm)', gbSeconds, 'GB-s', gbSeconds * prices.lambda.armGbSecond);

  line('EventBridge', 'events', usage.events, 'events', perMillion(usage.events, prices.eventBridge.eventsPerMillion));

  // One access-log line per API request ($connect, $disconnect, each inbound frame, each HTTP call).
  const apiRequests = ws.requestsIn + 2 * ws.connectionsOpened + httpRequests;
  const logGb = (invocations * LOG_BYTES.perLambdaInvocation + apiRequests * LOG_BYTES.perApiRequest) / 1024 ** 3;
  line('CloudWatch Logs', 'ingestion (modelled: access-log lines)', logGb, 'GB', logGb * prices.cloudWatchLogs.ingestionPerGb);

  const totalUsd = lines.reduce((s, l) => s + l.usd, 0);
  const scale = usage.chats > 0 ? 1000 / usage.chats : NaN;
  const byService: Record<string, number> = {};
  for (const l of lines) byService[l.service] = (byService[l.service] ?? 0) + l.usd * scale;
  return { lines, totalUsd, per1000Chats: { byService, total: totalUsd * scale } };
}
