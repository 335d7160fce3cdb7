/** `chat.listen` / `chat.unlisten`: watch an ongoing chat read-only, unseen by its agent, or stop. */
import { ChatListenFrame } from '../protocol';
import { listenIn, stopListening } from '../domain/listen-in';
import { route } from './lib/websocket';

export const handler = route(ChatListenFrame, (caller, frame) => (frame.action === 'chat.listen' ? listenIn(caller, frame.chatId) : stopListening(caller, frame.chatId)));
