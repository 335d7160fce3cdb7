/** `watch`: the console says whether it shows the Dashboard's live figures, which are pushed only to those that do. */
import { WatchFrame } from '../protocol';
import { watchLiveFigures } from '../domain/stats';
import { route } from './lib/websocket';

export const handler = route(WatchFrame, (caller, frame, now) => watchLiveFigures(caller, frame.stats, frame.seq, now));
