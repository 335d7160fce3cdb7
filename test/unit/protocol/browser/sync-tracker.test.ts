import { createSyncTracker } from '../../../../functions/protocol/browser/sync-tracker';

describe('sync tracker', () => {
  it('gives each sync its own ref', () => {
    const tracker = createSyncTracker();
    expect(tracker.sent(['chat-0001'])).not.toBe(tracker.sent(['chat-0001']));
  });

  it('reports the chats a sync asked for and did not get', () => {
    const tracker = createSyncTracker();
    const ref = tracker.sent(['chat-0001', 'chat-0002']);
    expect(tracker.answered(ref, ['chat-0001'])).toEqual(['chat-0002']);
  });

  it('matches answers that come out of order by ref', () => {
    const tracker = createSyncTracker();
    const first = tracker.sent(['chat-0001']);
    const second = tracker.sent(['chat-0002']);
    expect(tracker.answered(second, [])).toEqual(['chat-0002']);
    expect(tracker.answered(first, ['chat-0001'])).toEqual([]);
  });

  it('reports nothing for an answer it cannot place, or one already answered', () => {
    const tracker = createSyncTracker();
    const ref = tracker.sent(['chat-0001']);
    expect(tracker.answered(undefined, [])).toEqual([]);
    expect(tracker.answered(ref, [])).toEqual(['chat-0001']);
    expect(tracker.answered(ref, [])).toEqual([]);
  });

  it('forgets syncs of a closed socket', () => {
    const tracker = createSyncTracker();
    const ref = tracker.sent(['chat-0001']);
    tracker.reset();
    expect(tracker.answered(ref, [])).toEqual([]);
  });
});
