/** On chat and request events: the statistics counters, and the Dashboard's live figures. */
import type { EventBridgeEvent } from 'aws-lambda';
import { now } from '../adapters/clock';
import { countEvent } from '../domain/stats';

export async function handler(event: EventBridgeEvent<string, unknown>): Promise<{ counted: number }> {
  return { counted: await countEvent(event['detail-type'], event.detail, now()) };
}
