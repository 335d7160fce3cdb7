/** `presence.set`: the agent's Present / Away switch. */
import { PresenceSetFrame } from '../protocol';
import { setPresence } from '../domain/presence';
import { route } from './lib/websocket';

export const handler = route(PresenceSetFrame, (caller, frame, now) => setPresence(caller, frame.status, now));
