/** The queue index read whole with a small projection, so the queue's figures can be told per channel. */
import { readQueueIndex } from './queue-index';

export interface QueuedChannelRow { channel: string; queuedAt: number; customerAwaySince?: number }

/** Every waiting chat's channel, queue time and away mark, oldest first: read as a count of the queue would read it. */
export async function queuedChannels(): Promise<QueuedChannelRow[]> {
  return readQueueIndex<QueuedChannelRow>({ projection: 'channel, queuedAt, customerAwaySince' });
}
