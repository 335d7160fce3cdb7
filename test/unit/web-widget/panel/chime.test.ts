import { shouldChime } from '../../../../web-widget/src/panel/chime';

describe('shouldChime', () => {
  it('stays silent unless sound is on', () => {
    expect(shouldChime(false, false, true)).toBe(false);
  });

  it('chimes while the panel is closed', () => {
    expect(shouldChime(true, false, true)).toBe(true);
  });

  it('chimes while the tab is in the background, even with the panel open', () => {
    expect(shouldChime(true, true, false)).toBe(true);
  });

  it('stays silent when the customer is looking at the panel', () => {
    expect(shouldChime(true, true, true)).toBe(false);
  });
});
