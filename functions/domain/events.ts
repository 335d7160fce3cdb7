/** Publishing Parley's events: to the bus, or to the outbox when the bus refuses, so none is lost. */
import { randomUUID } from 'node:crypto';
import { putEvents, type BusEvent } from '../adapters/bus';
import { deleteOutbox, oldestOutbox, putOutbox } from '../store';

const OUTBOX_BATCH = 25;

export async function publish(event: BusEvent, now: number): Promise<void> {
  const refused = await putEvents([event]).catch(() => [event]);
  await Promise.all(refused.map((e) => putOutbox({ id: randomUUID(), at: now, detailType: e.detailType, detail: e.detail })));
}

/** Retries what the outbox holds (the sweeper calls this); returns how many were put. */
export async function drainOutbox(): Promise<number> {
  const items = await oldestOutbox(OUTBOX_BATCH);
  let put = 0;
  for (const item of items) {
    const refused = await putEvents([{ detailType: item.detailType, detail: item.detail }]).catch(() => [item]);
    if (refused.length > 0) break;
    await deleteOutbox(item);
    put++;
  }
  return put;
}
