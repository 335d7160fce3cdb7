/** `queue.next`: "Get next in queue" — the agent answers the oldest waiting chat. */
import { QueueNextFrame } from '../protocol';
import { answerNext } from '../domain/queue';
import { route } from './lib/websocket';

export const handler = route(QueueNextFrame, (caller, frame, now) => answerNext(caller, now, frame.ref));
