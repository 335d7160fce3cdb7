/**
 * How readable the widget's white text is on a channel's colour (the launcher, the header, its
 * buttons): the WCAG contrast ratio of white against `#rrggbb`, from 1 (white on white) to 21.
 */

/** Below this the admin form warns: WCAG AA asks 4.5:1 for text of this size. */
export const CONTRAST_ADVISED = 4.5;
/** Below this a colour is refused: white text on it is hard to make out at all (white on yellow, on pastel). */
export const CONTRAST_MINIMUM = 2;

const channel = (hex: string) => {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export function contrastWithWhite(color: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => channel(color.slice(at, at + 2)));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
