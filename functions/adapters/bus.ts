/** Putting events on Parley's EventBridge bus (the local runtime serves the same PutEvents API). */
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { config } from '../config';

export const EVENT_SOURCE = 'parley';
/** PutEvents takes at most 10 entries, and may accept some while refusing others. */
const BATCH = 10;
const ATTEMPTS = 3;

let client: EventBridgeClient | undefined;

export interface BusEvent { detailType: string; detail: unknown }

/** Puts the events, retrying entries the bus refused; returns those still refused after the last try. */
export async function putEvents(events: BusEvent[]): Promise<BusEvent[]> {
  if (!config.eventBusName) throw new Error('Environment variable EVENT_BUS_NAME is not set');
  client ??= new EventBridgeClient({ endpoint: config.eventsEndpoint, maxAttempts: 2 });
  const failed: BusEvent[] = [];
  for (let start = 0; start < events.length; start += BATCH) {
    let batch = events.slice(start, start + BATCH);
    for (let attempt = 0; attempt < ATTEMPTS && batch.length > 0; attempt++) {
      batch = await putBatch(client, batch).catch(() => batch);
    }
    failed.push(...batch);
  }
  return failed;
}

async function putBatch(eventBridge: EventBridgeClient, batch: BusEvent[]): Promise<BusEvent[]> {
  const entries: PutEventsRequestEntry[] = batch.map((event) => ({
    EventBusName: config.eventBusName,
    Source: EVENT_SOURCE,
    DetailType: event.detailType,
    Detail: JSON.stringify(event.detail),
  }));
  const { Entries = [] } = await eventBridge.send(new PutEventsCommand({ Entries: entries }));
  return batch.filter((_, index) => Entries[index]?.ErrorCode || !Entries[index]?.EventId);
}
