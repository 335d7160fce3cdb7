/**
 * Builds both frontends into one directory, laid out as they are served:
 *   agent/index.html, agent/console.js, agent/console.css  – the agent console
 *   widget.js (the loader, a classic script), widget-panel.js (an ES module it imports on first open)
 *   demo/index.html                                         – a shop page that embeds the widget
 *   emoji-picker.js (an ES module with its data)              – the emoji picker, which the console
 *                                                               and the widget import on first use
 * config.json is not written here: the runtime or the stack serves it, with its own endpoints.
 */
import { build, type BuildOptions } from 'esbuild';
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
    target: 'es2020',
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
      loader: { '.css': 'text' },
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
  'widget-panel.js': number;
  'agent/console.js': number;
  'emoji-picker.js': number;
}

export async function webSizes(outDir: string): Promise<WebSizes> {
  const gzipped = async (file: string) => gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length;
  return {
    'widget.js': await gzipped('widget.js'),
    'widget-panel.js': await gzipped('widget-panel.js'),
    'agent/console.js': await gzipped('agent/console.js'),
    'emoji-picker.js': await gzipped('emoji-picker.js'),
  };
}
