import { contrastWithWhite, CONTRAST_ADVISED, CONTRAST_MINIMUM } from '../../../functions/protocol/colour-contrast';

test('white on white is 1:1 and white on black 21:1', () => {
  expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
  expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
});

test('the default blue reads well; a strong orange is advised against; pastel yellow and sky blue are refused', () => {
  expect(contrastWithWhite('#2357c6')).toBeGreaterThan(CONTRAST_ADVISED);
  expect(contrastWithWhite('#ff6600')).toBeGreaterThan(CONTRAST_MINIMUM);
  expect(contrastWithWhite('#ff6600')).toBeLessThan(CONTRAST_ADVISED);
  for (const light of ['#f7f3c8', '#ffcc00', '#66ccff']) expect(contrastWithWhite(light)).toBeLessThan(CONTRAST_MINIMUM);
});

test('reads upper- and lower-case hex alike', () => {
  expect(contrastWithWhite('#AA3300')).toBeCloseTo(contrastWithWhite('#aa3300'), 10);
});
