/** `typing`: relayed to the chat's other connections, never stored; with `read`, also moves the read marker as `chat.read` does. */
import { TypingFrame } from '../protocol';
import { relayTyping } from '../domain/chat-signals';
import { route } from './lib/websocket';

export const handler = route(TypingFrame, (caller, frame, _now, receivedAt) => relayTyping(caller, frame.chatId, receivedAt, frame.read));
