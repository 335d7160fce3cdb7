import { formatWait } from '../../../web-agent/src/format';

describe('formatWait', () => {
  it('shows minutes and seconds with two digits each', () => {
    expect(formatWait(65_000)).toBe('01:05');
  });

  it('drops the milliseconds rather than rounding up', () => {
    expect(formatWait(59_999)).toBe('00:59');
  });

  it('adds hours from an hour on', () => {
    expect(formatWait(3_723_000)).toBe('1:02:03');
  });

  it('shows zero for a negative wait (a clock ahead of the server)', () => {
    expect(formatWait(-4_000)).toBe('00:00');
  });
});
