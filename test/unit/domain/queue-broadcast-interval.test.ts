/** How far apart queue broadcast rounds start, by how many posts the last one made. */
import { MAX_ROUND_INTERVAL_MS, MIN_ROUND_INTERVAL_MS, roundInterval } from '../../../functions/domain/queue-broadcast-interval';

test('a round told to a few agents lets the next start a second later', () => {
  expect(roundInterval(0)).toBe(MIN_ROUND_INTERVAL_MS);
  expect(roundInterval(3)).toBe(1000);
  expect(roundInterval(20)).toBe(1000);
});

test('a round told to more agents spaces the next by 50 ms a post, so the queue costs about 20 posts a second', () => {
  expect(roundInterval(40)).toBe(2000);
  expect(roundInterval(70)).toBe(3500);
});

test('never more than 5 s, however many agents are online', () => {
  expect(roundInterval(100)).toBe(MAX_ROUND_INTERVAL_MS);
  expect(roundInterval(1000)).toBe(5000);
});
