/** `sync`: a (re)connected client names what it holds and receives what it missed. */
import { SyncFrame } from '../protocol';
import { sync } from '../domain/sync';
import { route } from './lib/websocket';

export const handler = route(SyncFrame, (caller, frame, now) => sync(caller, frame.cursors ?? {}, now, frame.ref));
