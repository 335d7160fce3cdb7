/**
 * EventBridge for the local runtime: a PutEvents endpoint on its own loopback port, so the real
 * @aws-sdk/client-eventbridge puts events here, and the manifest's event rules deliver them.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { keepSocketsLikeAws } from './keep-alive';
import type { AddressInfo } from 'node:net';

/** A rule as EventBridge matches it: one of the detail types and, with `detailHas`, each field present in the detail. */
export interface EventRule { name: string; detailTypes: string[]; detailHas?: string[] }

const matches = (rule: EventRule, detailType: string, detail: Record<string, unknown>) =>
  rule.detailTypes.includes(detailType) && (rule.detailHas ?? []).every((field) => detail[field] !== undefined && detail[field] !== null);

export interface LocalBus {
  endpoint: string;
  busName: string;
  /** Test switch: refuse every entry (as a partly failing PutEvents does), so the outbox is exercised. */
  refuseAll: boolean;
  /** Entries accepted, in EventBridge's billing units (each started 64 KB of an entry is one event). */
  published: number;
  close(): Promise<void>;
}

interface Entry { Source?: string; DetailType?: string; Detail?: string; EventBusName?: string }

/** EventBridge bills a published event per 64 KB chunk; delivering it to rule targets costs nothing more. */
const BILLING_CHUNK_BYTES = 64 * 1024;

/** Delivery is asynchronous as on AWS, with two retries of a failing target. */
const DELIVERY_ATTEMPTS = 3;

export async function startEventBus(options: {
  busName: string;
  accessKeyId: string;
  rules: EventRule[];
  invoke(name: string, event: unknown): Promise<unknown>;
  log?: (line: string) => void;
}): Promise<LocalBus> {
  const bus: LocalBus = { endpoint: '', busName: options.busName, refuseAll: false, published: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
      if (req.headers.origin || !req.headers.authorization?.includes(`Credential=${options.accessKeyId}/`)) {
        res.writeHead(403, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'AccessDeniedException', message: 'Forbidden' }));
        return;
      }
      if (req.headers['x-amz-target'] !== 'AWSEvents.PutEvents') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'UnknownOperationException' }));
        return;
      }
      const { Entries = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { Entries?: Entry[] };
      const results = Entries.map((entry) => (bus.refuseAll ? { ErrorCode: 'InternalFailure', ErrorMessage: 'Refused by test switch' } : accept(entry)));
      const failed = results.filter((r) => 'ErrorCode' in r).length;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ FailedEntryCount: failed, Entries: results }));
    });
  });

  function accept(entry: Entry) {
    const id = randomUUID();
    bus.published += Math.max(1, Math.ceil(Buffer.byteLength(JSON.stringify(entry)) / BILLING_CHUNK_BYTES));
    const event = {
      version: '0', id, 'detail-type': entry.DetailType, source: entry.Source, account: '000000000000',
      time: new Date().toISOString(), region: 'local', resources: [], detail: JSON.parse(entry.Detail ?? '{}'),
    };
    for (const rule of options.rules.filter((r) => matches(r, entry.DetailType ?? '', event.detail))) void deliver(rule.name, event);
    return { EventId: id };
  }

  async function deliver(name: string, event: unknown) {
    for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
      try {
        await options.invoke(name, event);
        return;
      } catch (error) {
        options.log?.(`${name} failed on attempt ${attempt}: ${error}`);
      }
    }
  }

  keepSocketsLikeAws(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bus.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bus.close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return bus;
}
