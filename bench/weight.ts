/**
 * What Parley weighs: the gzip size of each script a browser downloads (infra/web-build.ts), the
 * minified size of each Lambda bundle built as the CDK stack builds it (infra/aws/handler-function.ts:
 * minify, platform node, target node22, `@aws-sdk/*` external), what fills each bundle, and the
 * cold `require` time of each bundle in a fresh Node process.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { handlers } from '../infra/manifest';
import { buildWeb, webSizes } from '../infra/web-build';
import { inBatches } from './load/clock';
import { median } from './stats';

const run = promisify(execFile);

export interface BundleWeight {
  name: string;
  minifiedBytes: number;
  /** The largest inputs, by bytes they contribute to the output. */
  largestInputs: { path: string; bytes: number }[];
  coldRequireMs: number;
  coldRequireSamplesMs: number[];
}

export interface Weight {
  web: { loaderGzipBytes: number; panelGzipBytes: number; widgetGzipBytes: number; consoleGzipBytes: number } | { error: string };
  lambdas: BundleWeight[];
}

const REQUIRE_RUNS = 5;

export async function measureWeight(repoRoot: string, log: (line: string) => void): Promise<Weight> {
  return { web: await webWeight(), lambdas: await lambdaWeights(repoRoot, log) };
}

async function webWeight(): Promise<Weight['web']> {
  const outDir = await mkdtemp(join(tmpdir(), 'parley-bench-web-'));
  try {
    await buildWeb({ outDir, minify: true });
    const sizes = await webSizes(outDir);
    return {
      loaderGzipBytes: sizes['widget.js'],
      panelGzipBytes: sizes['widget-panel.js'],
      // As `npm run size` counts it: every panel also fetches one on-demand part (its language's words).
      widgetGzipBytes: sizes['widget.js'] + sizes['widget-panel.js'] + sizes['widget-parts (largest on demand)'],
      consoleGzipBytes: sizes['agent/console.js'],
    };
  } catch (error) {
    // The frontends change under other hands; a build that fails now is reported, not fatal.
    return { error: (error as Error).message.split('\n')[0] };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function lambdaWeights(repoRoot: string, log: (line: string) => void): Promise<BundleWeight[]> {
  // Inside the repository, so a bundle's external @aws-sdk/* resolves from node_modules as on Lambda's runtime.
  const outDir = join(repoRoot, 'bench/out/bundles');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const out: BundleWeight[] = [];
  for (const spec of handlers) {
    const outfile = join(outDir, `${spec.name}.js`);
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [join(repoRoot, spec.entry)],
      outfile,
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node22',
      external: ['@aws-sdk/*'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.values(result.metafile.outputs)[0].inputs;
    const largestInputs = Object.entries(inputs)
      .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5);
    out.push({ name: spec.name, minifiedBytes: (await stat(outfile)).size, largestInputs, coldRequireMs: NaN, coldRequireSamplesMs: [] });
  }
  log(`  bundled ${out.length} handlers; timing cold requires (${REQUIRE_RUNS} fresh processes each)`);
  await inBatches(out, 1, async (bundle) => {
    for (let i = 0; i < REQUIRE_RUNS; i++) bundle.coldRequireSamplesMs.push(await coldRequireMs(join(outDir, `${bundle.name}.js`)));
    bundle.coldRequireMs = median(bundle.coldRequireSamplesMs);
  });
  return out;
}

/** Time to `require` the bundle in a new Node process: what a Lambda cold start spends loading code. */
async function coldRequireMs(bundle: string): Promise<number> {
  const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(bundle)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const { stdout } = await run(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH, TABLE_NAME: 'parley', AWS_REGION: 'eu-west-1', WS_MANAGEMENT_ENDPOINT: 'http://127.0.0.1:9/live' },
    timeout: 30_000,
  });
  return Number(stdout);
}
