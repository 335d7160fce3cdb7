/**
 * Builds both frontends into one directory, laid out as they are served:
 *   agent/index.html, agent/console.js, agent/console.css  – the agent console
 *   widget.js (the loader, a classic script), widget-panel.js (an ES module it imports on first open)
 *   widget-parts/*.js (split from the panel: shared code it imports, and parts it fetches when shown)
 *   demo/index.html                                         – a shop page that embeds the widget
 *   emoji-picker.js (an ES module with its data)              – the emoji picker, which the console
 *                                                               and the widget import on first use
 * config.json is not written here: the runtime or the stack serves it, with its own endpoints.
 */
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { emojiDataPlugin } from './emoji-data';

const root = path.resolve(__dirname, '..');

export interface WebBuildOptions {
  outDir: string;
  minify?: boolean;
}

/** Bundles the console, the widget loader and panel, and copies the HTML pages into `outDir`. */
export async function buildWeb({ outDir, minify = false }: WebBuildOptions): Promise<void> {
  const common: BuildOptions = {
    absWorkingDir: root,
    outdir: outDir,
    bundle: true,
    platform: 'browser',
    // Logical assignment (`??=`) kept as written: every browser since 2020 (Chrome 85, Firefox 79, Safari 14) reads it.
    target: 'es2021',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify,
    logLevel: 'silent',
  };
  await Promise.all([
    build({
      ...common,
      format: 'iife',
      entryPoints: [
        { in: 'web-agent/src/main.tsx', out: 'agent/console' },
        { in: 'web-agent/src/console.css', out: 'agent/console' },
      ],
    }),
    build({ ...common, format: 'iife', entryPoints: [{ in: 'web-widget/src/loader.ts', out: 'widget' }] }),
    build({
      ...common,
      format: 'esm',
      entryPoints: [{ in: 'web-widget/src/panel/index.tsx', out: 'widget-panel' }],
      plugins: [cssAsText(minify)],
      // Each language's words become a chunk of their own (dynamic imports in web-widget/src/i18n).
      splitting: true,
      chunkNames: 'widget-parts/[name]-[hash]',
    }),
    build({ ...common, format: 'esm', entryPoints: [{ in: 'web-widget/src/emoji/picker.ts', out: 'emoji-picker' }], plugins: [emojiDataPlugin] }),
    copy('web-agent/index.html', path.join(outDir, 'agent/index.html')),
    copy('web-widget/demo/index.html', path.join(outDir, 'demo/index.html')),
  ]);
}

async function copy(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(path.join(root, from), to);
}

/** Gzipped size in bytes of each script a browser downloads, keyed by its path in `outDir`. */
export interface WebSizes {
  'widget.js': number;
  /** With the chunks it imports statically: what opening the panel downloads. */
  'widget-panel.js': number;
  /** Chunks fetched only when shown; the largest one, since a customer rarely needs them all. */
  'widget-parts (largest on demand)': number;
  'agent/console.js': number;
  'emoji-picker.js': number;
}

export async function webSizes(outDir: string): Promise<WebSizes> {
  const gzipped = async (file: string) => gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length;
  const { staticChunks, lazyChunks } = await panelChunks(outDir);
  return {
    'widget.js': await gzipped('widget.js'),
    'widget-panel.js': (await Promise.all(staticChunks.map(gzipped))).reduce((a, b) => a + b, 0),
    'widget-parts (largest on demand)': Math.max(0, ...(await Promise.all(lazyChunks.map(gzipped)))),
    'agent/console.js': await gzipped('agent/console.js'),
    'emoji-picker.js': await gzipped('emoji-picker.js'),
  };
}

/** widget-panel.js and the chunks it imports statically (transitively), and the chunks only imported dynamically. */
export async function panelChunks(outDir: string): Promise<{ staticChunks: string[]; lazyChunks: string[] }> {
  const staticChunks: string[] = [];
  const dynamic = new Set<string>();
  const queue = ['widget-panel.js'];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (staticChunks.includes(file)) continue;
    staticChunks.push(file);
    const code = await readFile(path.join(outDir, file), 'utf8');
    const dir = path.posix.dirname(file);
    for (const [, spec] of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) queue.push(path.posix.join(dir, spec));
    for (const [, spec] of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) dynamic.add(path.posix.join(dir, spec));
  }
  return { staticChunks, lazyChunks: [...dynamic].filter((file) => !staticChunks.includes(file)) };
}

/** The panel adopts its CSS as a string inside the shadow root; minified like the code around it. */
function cssAsText(minify: boolean): Plugin {
  return {
    name: 'css-as-text',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.css$/ }, async ({ path: file }) => {
        const css = await readFile(file, 'utf8');
        return { contents: minify ? (await transform(css, { loader: 'css', minify: true })).code : css, loader: 'text' };
      });
    },
  };
}
