/** `chat.start`: a customer opens a chat; it waits in the queue. */
import { ChatStartFrame } from '../protocol';
import { startChat } from '../domain/chat';
import { route } from './lib/websocket';

export const handler = route(ChatStartFrame, startChat);
