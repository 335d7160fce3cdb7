import { questionOf } from '../../../bench/load/customers';

describe('questionOf', () => {
  test('is the default question when no length is asked for', () => {
    expect(questionOf()).toBe('Hello, my order has not arrived yet. Can you help me?');
  });

  test('is exactly as long as asked, made of the default words', () => {
    for (const chars of [1, 60, 1000, 4000]) expect(questionOf(chars)).toHaveLength(chars);
    expect(questionOf(1000).startsWith('Hello, my order has not arrived yet. Can you help me? Hello,')).toBe(true);
  });
});
