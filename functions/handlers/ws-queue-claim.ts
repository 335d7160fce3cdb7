/** `queue.claim`: answer one particular waiting chat, e.g. double-clicked in Incoming chats. */
import { QueueClaimFrame } from '../protocol';
import { answerChat } from '../domain/queue';
import { route } from './lib/websocket';

export const handler = route(QueueClaimFrame, (caller, frame, now) => answerChat(caller, frame.chatId, now, frame.ref));
