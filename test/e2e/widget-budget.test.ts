/** What a shop's visitors download stays within budget: the loader ≤ 2 KB and all widget JS ≤ 20 KB, gzipped. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb, webSizes, type WebSizes } from '../../infra/web-build';

let outDir: string;
let sizes: WebSizes;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'parley-budget-'));
  await buildWeb({ outDir, minify: true });
  sizes = await webSizes(outDir);
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

test('the loader is at most 2 KB gzipped', () => {
  expect(sizes['widget.js']).toBeLessThanOrEqual(2 * 1024);
});

test('the loader and the panel together are at most 20 KB gzipped', () => {
  expect(sizes['widget.js'] + sizes['widget-panel.js']).toBeLessThanOrEqual(20 * 1024);
});
