import { costOf, type Usage } from '../../../bench/cost';
import { LOG_BYTES, PRICES, US_EAST_1_PRICES } from '../../../bench/prices';

function usage(overrides: Partial<Usage> = {}): Usage {
  return {
    chats: 1000,
    lambda: [],
    dynamo: { readUnits: 0, writeUnits: 0, indexWriteUnits: 0, conditionFailures: 0 },
    webSocket: { messageUnitsIn: 0, messageUnitsOut: 0, requestsIn: 0, connectionsOpened: 0, connectionMinutes: 0 },
    events: 0,
    ...overrides,
  };
}

const line = (cost: ReturnType<typeof costOf>, item: string) => cost.lines.find((l) => l.item.startsWith(item))!;

describe('costOf', () => {
  test('a million write units cost the write price, index and refused-condition units included', () => {
    const cost = costOf(usage({ dynamo: { readUnits: 0, writeUnits: 600_000, indexWriteUnits: 300_000, conditionFailures: 100_000 } }));
    expect(line(cost, 'write request units').usd).toBeCloseTo(PRICES.dynamodb.writeRequestUnitPerMillion, 10);
  });

  test('WebSocket messages are counted both ways', () => {
    const cost = costOf(usage({ webSocket: { messageUnitsIn: 400_000, messageUnitsOut: 600_000, requestsIn: 0, connectionsOpened: 0, connectionMinutes: 0 } }));
    expect(line(cost, 'WebSocket messages').usd).toBeCloseTo(PRICES.apiGatewayWebSocket.messagesPerMillion, 10);
  });

  test('Lambda duration is billed ms × memory at 256 MB unless the manifest says otherwise', () => {
    const cost = costOf(usage({ lambda: [
      { name: 'A', trigger: 'websocket', invocations: 10, billedMs: 4000 },
      { name: 'B', trigger: 'websocket', memoryMb: 1024, invocations: 1, billedMs: 1000 },
    ] }));
    expect(line(cost, 'duration').quantity).toBeCloseTo(4 * 0.25 + 1 * 1, 10);
    expect(line(cost, 'requests').quantity).toBe(11);
  });

  test('HTTP API requests are the invocations of HTTP-triggered handlers only', () => {
    const cost = costOf(usage({ lambda: [
      { name: 'HttpTicket', trigger: 'http', invocations: 3, billedMs: 3 },
      { name: 'WsSync', trigger: 'websocket', invocations: 5, billedMs: 5 },
    ] }));
    expect(line(cost, 'HTTP API requests').quantity).toBe(3);
  });

  test('models one access-log line per API request and no platform lines per invocation (system log level WARN)', () => {
    const cost = costOf(usage({
      lambda: [{ name: 'WsSync', trigger: 'websocket', invocations: 2, billedMs: 2 }],
      webSocket: { messageUnitsIn: 0, messageUnitsOut: 0, requestsIn: 5, connectionsOpened: 1, connectionMinutes: 0 },
    }));
    const bytes = 2 * LOG_BYTES.perLambdaInvocation + (5 + 2) * LOG_BYTES.perApiRequest;
    expect(line(cost, 'ingestion').quantity).toBeCloseTo(bytes / 1024 ** 3, 15);
  });

  test('the same usage is priced by the price list it is given', () => {
    const used = usage({ webSocket: { messageUnitsIn: 1_000_000, messageUnitsOut: 0, requestsIn: 0, connectionsOpened: 0, connectionMinutes: 0 } });
    expect(line(costOf(used), 'WebSocket messages').usd).toBeCloseTo(1.14, 10);
    expect(line(costOf(used, US_EAST_1_PRICES), 'WebSocket messages').usd).toBeCloseTo(1.0, 10);
  });

  test('scales the total to 1,000 chats and splits it by service', () => {
    const cost = costOf(usage({ chats: 10, dynamo: { readUnits: 1_000_000, writeUnits: 0, indexWriteUnits: 0, conditionFailures: 0 } }));
    expect(cost.per1000Chats.total).toBeCloseTo(cost.totalUsd * 100, 10);
    expect(cost.per1000Chats.byService.DynamoDB).toBeCloseTo(PRICES.dynamodb.readRequestUnitPerMillion * 100, 10);
  });
});
