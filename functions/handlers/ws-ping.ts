/** `ping`: the heartbeat that keeps an agent counted as present; with `leaving`, the console's goodbye as its agent logs out. */
import { PingFrame } from '../protocol';
import { heartbeat } from '../domain/presence';
import { release } from '../domain/connections';
import { route } from './lib/websocket';

export const handler = route(PingFrame, (caller, frame, now) =>
  frame.leaving && caller.role === 'agent' ? release(caller.connectionId, now, { loggedOut: true }) : heartbeat(caller, now));
