/**
 * `npm run build`: compiles the package's runtime to dist/ with tsc (tsconfig.build.json), then
 * copies the files tsc does not emit but the runtime reads: the standalone validators (CommonJS
 * with their declarations) and the dashboard page. dist/ is replaced whole on every build.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.js';

const DIST = join(ROOT, 'dist');
/** Runtime files tsc leaves alone, relative to the root; each lands at the same place under dist/. */
const ASSETS = ['generated/validators/standalone.cjs', 'generated/validators/standalone.d.cts', 'src/dashboard.html'];

await rm(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write(`build: tsc failed (exit ${result.status})\n`);
  process.exit(1);
}
for (const asset of ASSETS) {
  await mkdir(dirname(join(DIST, asset)), { recursive: true });
  await copyFile(join(ROOT, asset), join(DIST, asset));
}
process.stdout.write(`build: dist/ written (tsc, plus ${ASSETS.length} runtime files)\n`);
