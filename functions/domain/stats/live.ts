/** Recent hourly counter items → the Dashboard's live figures, all channels and per channel: pure, so the maths is testable without a table. */
import type { ChannelLiveFigures, LiveFigures } from '../../protocol';
import type { StatsHourItem } from '../../store';
import { COUNTER } from './counter-writes';
import { addDays, localParts, startOfLocalDay } from './zoned-time';

/** What the live figures add up, and all that each rolled-up hour's live item keeps. */
export const LIVE_COUNTERS = [COUNTER.answered, COUNTER.reanswered, COUNTER.reopened, COUNTER.closed] as const;

const num = (item: StatsHourItem, name: string) => (typeof item[name] === 'number' ? (item[name] as number) : 0);

/** `itemsByChannel`: each channel's items of the hours in which a still-ongoing chat may have been answered. */
export function liveFromItems(itemsByChannel: Map<string, StatsHourItem[]>, now: number, timeZone: string): LiveFigures {
  const today = localParts(now, timeZone).date;
  const channels: Record<string, ChannelLiveFigures> = {};
  let activeChats = 0;
  let answeredToday = 0;
  for (const [channel, items] of itemsByChannel) {
    let active = 0;
    let answered = 0;
    for (const item of items) {
      active += num(item, COUNTER.answered) + num(item, COUNTER.reopened) - num(item, COUNTER.closed);
      // Chats answered today: a chat answered again after going back to the queue is one.
      if (localParts(item.hour, timeZone).date === today) answered += num(item, COUNTER.answered) - num(item, COUNTER.reanswered);
    }
    // An end counted before its answer (events may arrive out of order) must not show as a negative.
    active = Math.max(0, active);
    activeChats += active;
    answeredToday += answered;
    if (active > 0 || answered > 0) channels[channel] = { activeChats: active, answeredToday: answered };
  }
  return { activeChats, answeredToday, dayEndsAt: startOfLocalDay(addDays(today, 1), timeZone), channels };
}
