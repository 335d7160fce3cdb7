import { t, waitText } from '../../../web-widget/src/strings';

describe('waitText', () => {
  it('says less than a minute below sixty seconds', () => {
    expect(waitText(45)).toBe('less than a minute');
  });

  it('rounds longer waits to whole minutes', () => {
    expect(waitText(150)).toBe('about 3 min');
  });
});

describe('queue position', () => {
  it("tells the customer their place in the queue", () => {
    expect(t.position(2)).toBe('You are number 2 in the queue.');
  });
});
