/** `message.send`: stored first, then delivered to everyone in the chat. */
import { MessageSendFrame } from '../protocol';
import { sendMessage } from '../domain/chat';
import { route } from './lib/websocket';

export const handler = route(MessageSendFrame, sendMessage);
