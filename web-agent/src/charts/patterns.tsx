/** Fills told apart by shape as well as colour: solid, diagonal hatching, dots. */
export const FILLS = ['var(--chart-1)', 'url(#hatch)', 'url(#dots)'];

/** Pattern definitions, rendered once on the Statistics tab; every chart's `url(#…)` refers to them. */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" style="position:absolute">
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--chart-2-bg)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--chart-2)" stroke-width="3" />
        </pattern>
        <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="var(--chart-3-bg)" />
          <circle cx="3" cy="3" r="1.6" fill="var(--chart-3)" />
        </pattern>
      </defs>
    </svg>
  );
}
