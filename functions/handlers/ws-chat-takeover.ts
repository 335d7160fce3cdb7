/** `chat.takeover`: a manager takes over an ongoing chat. */
import { ChatTakeoverFrame } from '../protocol';
import { takeOver } from '../domain/transfers';
import { route } from './lib/websocket';

export const handler = route(ChatTakeoverFrame, (caller, frame, now) => takeOver(caller, frame.chatId, now));
