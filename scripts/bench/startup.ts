/**
 * Start-up of the installed command, measured beside its ceilings in the same run:
 * - `opensymphony-control --version` against `node -e ''` (nothing but node starting);
 * - `serve --port 0` until it answers `/healthz` against the same entry bundled into one file by
 *   esbuild (no module resolution, one file to parse).
 * Runs are interleaved, so a noisy moment hits both sides alike; the caller takes the medians.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { ROOT } from '../paths.js';

/** Runs per measure; the median of them is reported. */
const STARTUP_RUNS = 5;
/** A serve that has not answered by then is a failure, not a sample. */
const SERVE_READY_DEADLINE_MS = 20_000;

const BIN = join(ROOT, 'bin', 'opensymphony-control.js');

/** Each measure's runs, in ms (the targets and labels are in targets.ts). */
export interface StartupSamples {
  'startup-version': { ours: number[]; ceiling: number[] };
  'startup-serve': { ours: number[]; ceiling: number[] };
}

function timeRun(args: string[]): number {
  const began = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  return performance.now() - began;
}

/** Milliseconds from spawning `serve` to its first 200 on /healthz. */
async function timeServe(entry: string): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, [entry, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'], cwd: ROOT });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${entry} serve did not start`)), SERVE_READY_DEADLINE_MS);
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const match = /"url":"([^"]+)"/.exec(buffer);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`${entry} serve exited with ${code}`)));
    });
    const res = await fetch(new URL('healthz', url));
    if (res.status !== 200) throw new Error(`${entry}: /healthz answered ${res.status}`);
    await res.arrayBuffer();
    return performance.now() - began;
  } finally {
    child.kill('SIGKILL');
  }
}

export async function measureStartup(): Promise<StartupSamples> {
  const work = mkdtempSync(join(tmpdir(), 'opensymphony-bench-startup-'));
  try {
    const bundle = join(work, 'bundle.mjs');
    await build({
      entryPoints: [BIN],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
      // CommonJS dependencies inside an ES module bundle need a require of their own.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    });
    const empty = join(work, 'empty.mjs');
    writeFileSync(empty, '');
    const version: number[] = [];
    const bare: number[] = [];
    const serve: number[] = [];
    const bundled: number[] = [];
    for (let run = 0; run < STARTUP_RUNS; run += 1) {
      bare.push(timeRun(['-e', '']));
      version.push(timeRun([BIN, '--version']));
      bundled.push(await timeServe(bundle));
      serve.push(await timeServe(BIN));
    }
    return {
      'startup-version': { ours: version, ceiling: bare },
      'startup-serve': { ours: serve, ceiling: bundled },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
