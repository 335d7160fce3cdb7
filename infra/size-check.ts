/**
 * `npm run size`: builds the frontends as they ship (minified) and prints what a shop's visitor
 * downloads, gzipped; exits non-zero when the widget is over budget. test/e2e/widget-budget.test.ts
 * holds the same limits inside `npm test`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb, webSizes, type WebSizes } from './web-build';

/** Gzipped bytes: the loader every page view pays for, and all widget JS once the panel is opened. */
export const WIDGET_BUDGET = { loader: 2 * 1024, total: 20 * 1024 } as const;

export interface WidgetSizes {
  loader: number;
  panel: number;
  total: number;
  console: number;
  /** Fetched by the console and the widget only when Emoji is first opened. */
  emojiPicker: number;
  /** The largest part of the panel fetched on demand: one language's words, which every panel needs one of. */
  largestPart: number;
}

export async function measureWidget(): Promise<WidgetSizes> {
  const outDir = await mkdtemp(join(tmpdir(), 'parley-size-'));
  try {
    await buildWeb({ outDir, minify: true });
    const sizes: WebSizes = await webSizes(outDir);
    const [loader, panel] = [sizes['widget.js'], sizes['widget-panel.js']];
    const largestPart = sizes['widget-parts (largest on demand)'];
    // Every panel fetches one language's words, so the budget holds with the largest.
    return { loader, panel, largestPart, total: loader + panel + largestPart, console: sizes['agent/console.js'], emojiPicker: sizes['emoji-picker.js'] };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The lines `npm run size` prints, and whether every limit holds. */
export function report(sizes: WidgetSizes): { lines: string[]; ok: boolean } {
  const kb = (bytes: number) => `${bytes} B (${(bytes / 1024).toFixed(2)} KB)`;
  const row = (name: string, bytes: number, limit?: number) =>
    `${name.padEnd(28)}${kb(bytes).padStart(20)}${limit ? `  limit ${kb(limit)}${bytes > limit ? '  OVER BUDGET' : ''}` : ''}`;
  return {
    lines: [
      'gzipped size (level 9)',
      row('widget.js (loader)', sizes.loader, WIDGET_BUDGET.loader),
      row('widget-panel.js (panel)', sizes.panel),
      row('largest on-demand part', sizes.largestPart),
      row('all widget JS', sizes.total, WIDGET_BUDGET.total),
      row('agent/console.js (console)', sizes.console),
      row('emoji-picker.js (on demand)', sizes.emojiPicker),
    ],
    ok: sizes.loader <= WIDGET_BUDGET.loader && sizes.total <= WIDGET_BUDGET.total,
  };
}

if (require.main === module) {
  measureWidget().then(
    (sizes) => {
      const { lines, ok } = report(sizes);
      console.log(lines.join('\n'));
      process.exitCode = ok ? 0 : 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
