/** `chat.transfer`: offer the chat to another Present agent (managers: hand it over directly). */
import { ChatTransferFrame } from '../protocol';
import { transfer } from '../domain/transfers';
import { route } from './lib/websocket';

export const handler = route(ChatTransferFrame, transfer);
