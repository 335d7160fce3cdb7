/** `ping`: the heartbeat that keeps an agent counted as present. */
import { PingFrame } from '../protocol';
import { heartbeat } from '../domain/presence';
import { route } from './lib/websocket';

export const handler = route(PingFrame, (caller, _frame, now) => heartbeat(caller, now));
