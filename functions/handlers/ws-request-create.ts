/** `request.create`: "Create request" from a chat. */
import { RequestCreateFrame } from '../protocol';
import { createRequestFromChat } from '../domain/requests';
import { route } from './lib/websocket';

export const handler = route(RequestCreateFrame, async (caller, frame, now) => {
  await createRequestFromChat(caller, frame, now);
});
