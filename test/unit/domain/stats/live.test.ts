import { liveFromItems } from '../../../../functions/domain/stats/live';
import type { StatsHourItem } from '../../../../functions/store/stats';

const AMSTERDAM = 'Europe/Amsterdam';
const at = (iso: string) => Date.parse(iso);
const hour = (iso: string, counters: Record<string, number>): StatsHourItem => ({ hour: at(iso), ...counters });

describe('liveFromItems', () => {
  test('each channel counts its own ongoing and answered-today chats, and all channels are their sum', () => {
    const now = at('2026-11-26T10:30:00Z');
    const live = liveFromItems(new Map([
      ['default', [hour('2026-11-26T09:00:00Z', { answered: 3, closed: 1 })]],
      ['sales', [hour('2026-11-26T10:00:00Z', { answered: 2 })]],
    ]), now, AMSTERDAM);
    expect(live.channels).toEqual({ default: { activeChats: 2, answeredToday: 3 }, sales: { activeChats: 2, answeredToday: 2 } });
    expect(live).toMatchObject({ activeChats: 4, answeredToday: 5 });
  });

  test('a chat answered again after going back to the queue is one chat answered today, and one ongoing', () => {
    const now = at('2026-11-26T10:30:00Z');
    // Answered, back in the queue (its answer closed), answered again.
    const live = liveFromItems(new Map([['default', [hour('2026-11-26T09:00:00Z', { answered: 2, reanswered: 1, closed: 1 })]]]), now, AMSTERDAM);
    expect(live).toMatchObject({ activeChats: 1, answeredToday: 1 });
  });

  test('a chat answered yesterday and still going is active but not answered today', () => {
    // 23:30 UTC on the 25th is already the 26th in Amsterdam; 22:00 UTC on the 25th is still the 25th there.
    const now = at('2026-11-25T23:30:00Z');
    const live = liveFromItems(new Map([['sales', [hour('2026-11-25T22:00:00Z', { answered: 1 })]]]), now, AMSTERDAM);
    expect(live.channels.sales).toEqual({ activeChats: 1, answeredToday: 0 });
    expect(live.dayEndsAt).toBe(at('2026-11-26T23:00:00Z'));
  });

  test('a channel with nothing ongoing and nothing answered today is left out', () => {
    const now = at('2026-11-26T10:30:00Z');
    const live = liveFromItems(new Map([
      ['default', [hour('2026-11-24T09:00:00Z', { answered: 1, closed: 1 })]],
      ['sales', []],
    ]), now, AMSTERDAM);
    expect(live).toEqual({ activeChats: 0, answeredToday: 0, dayEndsAt: at('2026-11-26T23:00:00Z'), channels: {} });
  });

  test('an end counted before its answer never makes a channel negative, nor lowers another', () => {
    const now = at('2026-11-26T10:30:00Z');
    const live = liveFromItems(new Map([
      ['default', [hour('2026-11-26T08:00:00Z', { closed: 1 })]],
      ['sales', [hour('2026-11-26T09:00:00Z', { answered: 1 })]],
    ]), now, AMSTERDAM);
    expect(live.channels.default).toBeUndefined();
    expect(live.activeChats).toBe(1);
  });
});
