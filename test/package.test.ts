/**
 * The package as users get it: `npm pack`, installed into a fresh project, then imported,
 * type-checked and run there — never from this checkout's sources.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runCli, startServe, type BinOptions } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { ROOT } from './support/spec.js';

const run = promisify(execFile);
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** npm resolves from its cache first; the registry is only asked for what the cache lacks. */
const INSTALL_MS = 180_000;
const STEP_MS = 60_000;
/** The installed footprint's target (#10): the README states 21 MB today, which leaves room for dependency patch releases. */
const INSTALLED_FOOTPRINT_CEILING_KIB = 25 * 1024;
/** `node` on PATH is the one running these tests, so `npx` runs the bin on Node 20 and on Node 24 alike. */
const ENV = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`, npm_config_update_notifier: 'false' };

/**
 * A folder to install the consumer in that no `node_modules` above it can serve: node resolves a
 * package in every parent folder's node_modules, so one there (a /tmp/node_modules left by some
 * tool) would hide a dependency the tarball fails to install.
 */
function isolatedBase(): string {
  const hasNodeModulesAbove = (folder: string): boolean => {
    for (let at = folder; ; at = dirname(at)) {
      if (existsSync(join(at, 'node_modules'))) return true;
      if (dirname(at) === at) return false;
    }
  };
  const bases = [tmpdir(), '/var/tmp', homedir()];
  const base = bases.find((candidate) => existsSync(candidate) && !hasNodeModulesAbove(candidate));
  if (base === undefined) throw new Error(`every place to install the tarball has a node_modules in it or above it (${bases.join(', ')}): set TMPDIR to a folder without one`);
  return base;
}

const work = mkdtempSync(join(isolatedBase(), 'opensymphony-package-'));
const project = join(work, 'consumer');
let tarball = '';
let files: string[] = [];

async function node(args: string[], cwd = project): Promise<string> {
  const { stdout } = await withDeadline(run(process.execPath, args, { cwd, env: ENV }), STEP_MS, `node ${args.join(' ')}`);
  return stdout;
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'src', 'index.js')), 'dist/ is missing: run `npm run build` first (npm test does)');
  const packed = await withDeadline(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: ENV }),
    STEP_MS,
    'npm pack',
  );
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  assert.ok(info);
  tarball = join(work, info.filename);
  files = info.files.map((file) => file.path);
  writeFileSync(join(work, 'package.json'), '{}');
  await run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  await withDeadline(
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, '@types/node@20'], { cwd: project, env: ENV }),
    INSTALL_MS,
    'npm install of the tarball',
  );
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds the compiled package, the specs, the docs and the licence, and no sources, tests or scripts', () => {
    for (const wanted of ['package.json', 'README.md', 'LICENSE', 'dist/src/index.js', 'dist/src/index.d.ts', 'bin/opensymphony-control.js', 'spec/openapi.yaml', 'spec/asyncapi.yaml', 'spec/control-plane.schema.yaml', 'generated/docs/asyncapi.md']) {
      assert.ok(files.includes(wanted), `${wanted} is missing from the tarball`);
    }
    assert.deepEqual(files.filter((file) => /^(test|scripts|src)\//.test(file)), []);
    assert.deepEqual(files.filter((file) => /\.(ts|mts|cts)$/.test(file) && !/\.d\.(ts|mts|cts)$/.test(file)), []);
  });

  it('declares only what the installed package executes as dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'opensymphony-control', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const tool of ['tsx', 'esbuild', 'typescript', 'pino-pretty', 'tsoa', '@tsoa/cli', '@tsoa/runtime', 'openapi-typescript', '@asyncapi/generator']) {
      assert.equal(manifest.dependencies[tool], undefined, `${tool} must not be a runtime dependency`);
    }
    // tsoa's run-time package would bring the hapi framework and a second express with it.
    for (const scope of ['@tsoa', '@hapi']) assert.ok(!existsSync(join(project, 'node_modules', scope)), `${scope} is installed`);
  });
});

describe('the installed package', () => {
  it('imports under plain node as ESM, by role, and with require()', async () => {
    const esm = await node([
      '--input-type=module',
      '-e',
      `const root = await import('opensymphony-control');
       const server = await import('opensymphony-control/server');
       const client = await import('opensymphony-control/client');
       const conformance = await import('opensymphony-control/conformance');
       console.log(JSON.stringify([typeof root.createApp, typeof root.SnapshotStore, typeof root.ControlPlaneClient, typeof server.createApp, typeof client.ControlPlaneClient, typeof conformance.runConformance]));`,
    ]);
    assert.deepEqual(JSON.parse(esm), ['function', 'function', 'function', 'function', 'function', 'function']);
    const cjs = await node(['-e', `const { createApp, ControlPlaneClient } = require('opensymphony-control'); console.log(typeof createApp, typeof ControlPlaneClient);`]);
    assert.equal(cjs.trim(), 'function function');
  });

  it('loads no express and no server code when only the client is imported', async () => {
    const loaded = await node([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       await import('opensymphony-control/client');
       const cache = Object.keys(createRequire(import.meta.url).cache);
       console.log(JSON.stringify(cache.filter((path) => /[\\\\/](express|@tsoa|pino)[\\\\/]/.test(path))));`,
    ]);
    assert.deepEqual(JSON.parse(loaded), []);
  });

  it('reaches nothing that is not exported', async () => {
    await assert.rejects(node(['--input-type=module', '-e', `await import('opensymphony-control/dist/src/app.js');`]), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  for (const resolution of [
    { module: 'nodenext', moduleResolution: 'nodenext' },
    { module: 'esnext', moduleResolution: 'bundler' },
  ]) {
    it(`type-checks a strict consumer with moduleResolution ${resolution.moduleResolution} and skipLibCheck off`, async () => {
      const dir = join(project, `ts-${resolution.moduleResolution}`);
      await run('mkdir', ['-p', dir]);
      writeFileSync(
        join(dir, 'consumer.ts'),
        `import { createServer } from 'node:http';
import { createApp, SnapshotStore, ControlPlaneClient, type DaemonSnapshot, type SnapshotEnvelope, type ControlPlaneClientError } from 'opensymphony-control';
import { ControlPlaneClient as Client } from 'opensymphony-control/client';
import { createApp as create } from 'opensymphony-control/server';
import { runConformance } from 'opensymphony-control/conformance';

export function embed(initial: DaemonSnapshot): SnapshotStore {
  const store = new SnapshotStore(initial);
  createServer(createApp({ store, publishToken: 'secret' })).listen(0);
  return store;
}
export async function read(url: string): Promise<SnapshotEnvelope | ControlPlaneClientError> {
  const client: Client = new ControlPlaneClient(url);
  return client.fetchSnapshot();
}
export const also = [create, runConformance] as const;
`,
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'ES2022',
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            skipLibCheck: false,
            noEmit: true,
            types: ['node'],
          },
          files: ['consumer.ts'],
        }),
      );
      const result = await withDeadline(
        run(process.execPath, [TSC, '-p', dir], { cwd: dir, env: ENV }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error), failed: true })),
        STEP_MS,
        'tsc on the consumer',
      );
      assert.ok(!('failed' in result), `tsc reported errors:\n${result.stdout}`);
    });
  }

  it('runs its bin under plain node: --version, serve --demo, watch --once and conformance', async () => {
    const { stdout: version } = await withDeadline(run('npx', ['--no-install', 'opensymphony-control', '--version'], { cwd: project, env: ENV }), STEP_MS, 'npx --version');
    assert.equal(version.trim(), VERSION);

    const installed: BinOptions = { bin: join(project, 'node_modules', 'opensymphony-control', 'bin', 'opensymphony-control.js'), cwd: project };
    // A slow demo and a short keepalive, so the stream has silences for the keepalive check to see.
    const server = await startServe(['--demo', '--demo-interval-ms', '60000', '--keepalive-ms', '300', '--publish-token', 'package-test'], {}, installed);
    try {
      const health = await withDeadline(fetch(`${server.url}/healthz`), 5_000, 'GET /healthz');
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { status: string }).status, 'ok');

      const watched = await runCli(['watch', '--once', server.url], installed);
      assert.equal(watched.code, 0, watched.stderr);
      assert.match(watched.stdout, /^ISSUE +TITLE/m);

      const conformance = await runCli(['conformance', server.url, '--publish-token', 'package-test', '--keepalive-ms', '3000', '--reporter', 'json'], { ...installed, ms: 60_000 });
      assert.equal(conformance.code, 0, conformance.stdout + conformance.stderr);
    } finally {
      await server.stop();
    }
  });

  it('fits the installed footprint target of 25 MB', async () => {
    const { stdout } = await run('du', ['-sk', join(project, 'node_modules')]);
    const typesKib = Number((await run('du', ['-sk', join(project, 'node_modules', '@types', 'node')])).stdout.split('\t')[0]);
    const kib = Number(stdout.split('\t')[0]) - typesKib;
    // What a consumer that installs only this package gets (@types/node is this test's, for tsc).
    assert.ok(kib <= INSTALLED_FOOTPRINT_CEILING_KIB, `installed footprint is ${(kib / 1024).toFixed(1)} MiB`);
  });
});
