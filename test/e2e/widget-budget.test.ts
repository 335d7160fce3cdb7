/**
 * What a shop's visitors download stays within budget — the loader ≤ 2 KB and all widget JS ≤ 20 KB,
 * gzipped (`npm run size` prints the figures) — and runs under a Content-Security-Policy without 'unsafe-eval'.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb, panelChunks } from '../../infra/web-build';
import { measureWidget, report, WIDGET_BUDGET, type WidgetSizes } from '../../infra/size-check';

let sizes: WidgetSizes;

beforeAll(async () => {
  sizes = await measureWidget();
}, 60_000);

test('the loader is at most 2 KB gzipped', () => {
  expect(sizes.loader).toBeLessThanOrEqual(WIDGET_BUDGET.loader);
});

test('the loader and the panel together are at most 20 KB gzipped', () => {
  expect(sizes.total).toBeLessThanOrEqual(WIDGET_BUDGET.total);
});

test('the size report names both figures and flags a widget over budget', () => {
  const { lines, ok } = report(sizes);
  expect(ok).toBe(true);
  expect(lines.join('\n')).toMatch(/widget\.js \(loader\) +\d+ B/);
  expect(report({ ...sizes, loader: WIDGET_BUDGET.loader + 1 }).ok).toBe(false);
});

test('no widget bundle evaluates strings as code', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'parley-eval-'));
  try {
    await buildWeb({ outDir, minify: true });
    for (const file of ['widget.js', 'widget-panel.js']) {
      const code = await readFile(join(outDir, file), 'utf8');
      expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*["'`]/);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}, 60_000);

// A part that imported preact or a module of the panel would split the panel into two files, which
// gzip ~350 B worse than one; the parts take what they need through the kit (forms/kit.ts).
test('opening the panel downloads one file; its parts share no code with it', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'parley-chunks-'));
  try {
    await buildWeb({ outDir, minify: true });
    const { staticChunks, lazyChunks } = await panelChunks(outDir);
    expect(staticChunks).toEqual(['widget-panel.js']);
    // Nor do the parts share a chunk among themselves (the English and Dutch words, say): each comes whole.
    for (const part of lazyChunks) expect(await readFile(join(outDir, part), 'utf8')).not.toMatch(/\bfrom\s*["']\.{1,2}\//);
    expect(lazyChunks.map((file) => file.replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(
      expect.arrayContaining(['widget-parts/forms', 'widget-parts/ChatEnded', 'widget-parts/en', 'widget-parts/nl']),
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}, 60_000);
