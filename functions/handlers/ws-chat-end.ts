/** `chat.end`: either side ends the chat. */
import { ChatEndFrame } from '../protocol';
import { endChat } from '../domain/chat';
import { route } from './lib/websocket';

export const handler = route(ChatEndFrame, (caller, frame, now) => endChat(caller, frame.chatId, now));
