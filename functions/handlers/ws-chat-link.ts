/** `chat.link`: ties the chat to a person in the contacts. */
import { ChatLinkFrame } from '../protocol';
import { linkChat } from '../domain/contacts';
import { route } from './lib/websocket';

export const handler = route(ChatLinkFrame, async (caller, frame, now) => {
  await linkChat(caller, frame.chatId, frame.personId, now);
});
