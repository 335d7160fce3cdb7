/** `typing`: relayed to the chat's other connections, never stored. */
import { TypingFrame } from '../protocol';
import { relayTyping } from '../domain/chat-signals';
import { route } from './lib/websocket';

export const handler = route(TypingFrame, (caller, frame) => relayTyping(caller, frame.chatId));
