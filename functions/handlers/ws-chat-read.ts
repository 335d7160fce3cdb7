/** `chat.read`: moves the sender's read marker forward. */
import { ChatReadFrame } from '../protocol';
import { markRead } from '../domain/chat-signals';
import { route } from './lib/websocket';

export const handler = route(ChatReadFrame, (caller, frame) => markRead(caller, frame.chatId, frame.seq));
