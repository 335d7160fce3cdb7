import { activityLine, formatDuration, formatSpan, requestDetails, requestHeading } from '../../../web-agent/src/contact-format';
import { formatDateTime, formatTime } from '../../../web-agent/src/format';
import type { ActivityView } from '../../../functions/protocol/contacts';
import type { RequestView } from '../../../functions/protocol/http';

const at = () => '14:32';
const activity = (extra: Partial<ActivityView> = {}): ActivityView => ({
  type: 'chat', chatId: 'chat-0001', at: 0, startedAt: 0, channel: 'default', agentName: 'Anna de Vries', durationSeconds: 180, messages: 12, ...extra,
});
const request = (extra: Partial<RequestView> = {}): RequestView => ({
  requestId: 'r1', number: 4, source: 'chat', status: 'open', name: 'Mila', email: 'mila@example.com', message: 'My order never came', channel: 'default', createdAt: 0, ...extra,
});

describe('formatDuration', () => {
  it('gives seconds under a minute', () => {
    expect(formatDuration(42)).toBe('42 s');
  });

  it('gives minutes and seconds under an hour, not whole minutes', () => {
    expect(formatDuration(88)).toBe('1 min 28 s');
    expect(formatDuration(150)).toBe('2 min 30 s');
  });

  it('leaves out zero seconds', () => {
    expect(formatDuration(180)).toBe('3 min');
  });

  it('rounds to whole minutes from an hour on, carrying into the hours', () => {
    expect(formatDuration(7170)).toBe('2 h');
  });

  it('gives hours and minutes from an hour on', () => {
    expect(formatDuration(3600 + 5 * 60)).toBe('1 h 5 min');
    expect(formatDuration(7200)).toBe('2 h');
  });
});

describe('formatSpan', () => {
  const start = new Date(2026, 10, 20, 14, 2).getTime();
  const later = new Date(2026, 10, 28, 9, 0).getTime();

  it('gives the start alone while the end is not known', () => {
    expect(formatSpan(start, undefined, later)).toBe(formatDateTime(start));
  });

  it('gives the end as a clock time on the same day', () => {
    const end = new Date(2026, 10, 20, 14, 19).getTime();
    expect(formatSpan(start, end, later)).toBe(`${formatDateTime(start)}–${formatTime(end)}`);
  });

  it('gives both dates for a chat that ran across midnight', () => {
    const end = new Date(2026, 10, 21, 0, 10).getTime();
    expect(formatSpan(start, end, later)).toBe(`${formatDateTime(start)} – ${formatDateTime(end)}`);
  });
});

describe('activityLine', () => {
  it('says when the chat ended, who answered, how long it took and how many messages it had', () => {
    expect(activityLine(activity(), at)).toBe('Chat ended 14:32 · Anna de Vries · 3 min · 12 messages');
  });

  it('leaves out the agent of a chat nobody answered, and counts one message as one', () => {
    expect(activityLine(activity({ agentName: undefined, durationSeconds: 20, messages: 1 }), at)).toBe('Chat ended 14:32 · 20 s · 1 message');
  });
});

describe('requestHeading', () => {
  it('is the number and the title', () => {
    expect(requestHeading(request({ title: 'Parcel lost' }))).toBe('#4 Parcel lost');
  });

  it("uses the message of a request that has no title (the offline form's)", () => {
    expect(requestHeading(request({ source: 'offline-form' }))).toBe('#4 My order never came');
  });
});

describe('requestDetails', () => {
  it('gives priority, category and when it was created', () => {
    expect(requestDetails(request({ priority: 'high', category: 'Delivery' }), at)).toBe('High · Delivery · created 14:32');
  });

  it('leaves out what the request does not have', () => {
    expect(requestDetails(request(), at)).toBe('created 14:32');
  });
});
