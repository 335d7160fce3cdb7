/** `chat.reopen`: "Back to chat" from the post-chat form. */
import { ChatReopenFrame } from '../protocol';
import { reopen } from '../domain/post-chat';
import { route } from './lib/websocket';

export const handler = route(ChatReopenFrame, (caller, frame, now) => reopen(caller, frame.chatId, now));
