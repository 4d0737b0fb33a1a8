import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { ControlPlaneClient } from '../src/client.js';
import { canonicalSnapshot } from '../src/wire.js';
import { startServe, type ServeProcess } from './support/cli.js';
import { DEBIAN_PYTHON, installPythonClient, PYTHON_HARNESS } from './support/python.js';
import { withDeadline } from './support/deadline.js';
import { compileJavaClient, javaHarness } from './support/java.js';
import { rawHttpServer, rawServer, SSE_HEADERS, stall, writeSafely } from './support/raw-server.js';
import { onPath } from './support/run.js';
import { readSpec, ROOT, snapshotFixture, snapshotManifest } from './support/spec.js';

type Json = Record<string, unknown>;
const CLIENTS = join(ROOT, 'generated', 'clients');
const SNAPSHOTS = join(ROOT, 'test', 'fixtures', 'snapshots');
const TOKEN = 'clients-test-token';
const work = mkdtempSync(join(tmpdir(), 'opensymphony-clients-'));

// ---- what a faithful decoder must give back: the canonical form, without unknown fields ----
const defs = readSpec('control-plane.schema.yaml')['$defs'] as Record<string, Json>;

function knownOnly(value: unknown, schema: Json): unknown {
  const ref = schema['$ref'];
  if (typeof ref === 'string') return knownOnly(value, defs[ref.replace('#/$defs/', '')]!);
  if (Array.isArray(value)) return value.map((item) => knownOnly(item, schema['items'] as Json));
  if (typeof value !== 'object' || value === null || !schema['properties']) return value;
  const properties = schema['properties'] as Record<string, Json>;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key in properties).map(([key, item]) => [key, knownOnly(item, properties[key]!)]));
}

const expectedSnapshot = (value: unknown) => knownOnly(canonicalSnapshot(value as DaemonSnapshot), defs['DaemonSnapshot']!);
const expectedEnvelope = (value: unknown) => knownOnly(value, defs['SnapshotEnvelope']!);

// ---- the harness of each language, run as a child process ----
interface Language {
  name: string;
  toolchain: string[];
  build?: () => void;
  command: (args: string[]) => [string, string[], Record<string, string>];
  roundtrip: boolean;
}

let pythonBinary = '';
const goBinary = join(work, 'go-harness');
const javaClasses = join(work, 'java-classes');

const LANGUAGES: Language[] = [
  {
    name: 'python',
    toolchain: [DEBIAN_PYTHON],
    // The package as users get it: pip-installed into a venv, run with that venv's python.
    build: () => (pythonBinary = installPythonClient(work)),
    command: (args) => [pythonBinary, [PYTHON_HARNESS, ...args], {}],
    roundtrip: true,
  },
  {
    name: 'go',
    toolchain: ['go'],
    build: () => {
      // test/clients/go is a module of its own that uses the generated module through a replace directive.
      const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' };
      execFileSync('go', ['vet', './...'], { cwd: join(CLIENTS, 'go'), env });
      execFileSync('go', ['build', '-o', goBinary, '.'], { cwd: join(ROOT, 'test', 'clients', 'go'), env });
    },
    command: (args) => [goBinary, args, {}],
    roundtrip: true,
  },
  {
    name: 'java',
    toolchain: ['javac', 'java'],
    build: () => {
      compileJavaClient(javaClasses);
    },
    command: (args) => [...javaHarness(javaClasses, args), {}],
    roundtrip: true,
  },
];

interface Harness {
  lines: Json[];
  next(what: string): Promise<Json>;
  exited: Promise<number | null>;
  stderr: () => string;
}

function runHarness(language: Language, args: string[]): Harness {
  const [command, argv, env] = language.command(args);
  const child = spawn(command, argv, { env: { ...process.env, ...env } });
  const lines: Json[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  let stderr = '';
  let closed = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      lines.push(JSON.parse(buffer.slice(0, end)) as Json);
      buffer = buffer.slice(end + 1);
      waiters.splice(0).forEach((wake) => wake());
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      closed = true;
      waiters.splice(0).forEach((wake) => wake());
      resolve(code);
    }),
  );
  let read = 0;
  return {
    lines,
    exited,
    stderr: () => stderr,
    next: (what) =>
      withDeadline(
        (async () => {
          while (read >= lines.length) {
            if (closed) throw new Error(`${language.name} harness exited before ${what}: ${stderr}`);
            await new Promise<void>((resolve) => waiters.push(resolve));
          }
          return lines[read++]!;
        })(),
        20_000,
        `${language.name}: ${what}`,
      ),
  };
}

describe('generated clients in other languages', () => {
  before(() => {
    for (const language of LANGUAGES) {
      for (const tool of language.toolchain) assert.ok(onPath(tool), `${tool} is missing: run scripts/setup.sh (it installs the Debian toolchains)`);
      language.build?.();
    }
  });

  after(() => undefined);

  for (const language of LANGUAGES) {
    it(`${language.name}: decodes every golden snapshot as the contract says and rejects every defect`, { timeout: 60_000 }, async () => {
      const harness = runHarness(language, ['decode', SNAPSHOTS]);
      assert.equal(await withDeadline(harness.exited, 30_000, `${language.name} decode`), 0, harness.stderr());
      const manifest = snapshotManifest();
      const results = new Map(harness.lines.map((line) => [line['file'] as string, line]));
      for (const { file } of manifest.valid) {
        const result = results.get(file);
        assert.equal(result?.['ok'], true, `${language.name} rejected ${file}: ${String(result?.['error'])}`);
        assert.deepEqual(result['encoded'], expectedSnapshot(snapshotFixture(file)), `${language.name} changed ${file} in decoding`);
      }
      for (const { file, error } of manifest.invalid) {
        const result = results.get(file);
        assert.equal(result?.['ok'], false, `${language.name} accepted ${file}`);
        assert.match(String(result['error']), new RegExp(error.path.replace(/\//g, '\\/')), `${language.name} names the path of the defect in ${file}`);
      }
    });
  }

  for (const language of LANGUAGES.filter((candidate) => candidate.roundtrip)) {
    it(`${language.name}: health, snapshot and a stream of published updates round-trip against a live server`, { timeout: 60_000 }, async () => {
      // Under a base path, given without a trailing slash: the prefix must be preserved.
      const server: ServeProcess = await startServe(['--publish-token', TOKEN, '--base-path', '/opensymphony']);
      assert.match(server.url, /\/opensymphony$/);
      try {
        const client = new ControlPlaneClient(server.url);
        const health = await client.health();
        const initial = await client.fetchSnapshot();
        const harness = runHarness(language, ['roundtrip', server.url, '3']);
        assert.deepEqual((await harness.next('health'))['health'], health);
        assert.deepEqual((await harness.next('snapshot'))['snapshot'], expectedEnvelope(initial));
        assert.deepEqual((await harness.next('the first event'))['event'], expectedEnvelope(initial));
        // Edge cases on the wire: nanoseconds, 2^53 - 1, u32 max, a null issue id, unknown fields.
        const published: SnapshotEnvelope[] = [];
        for (const file of ['valid/edge-values.json', 'valid/unknown-fields.json']) {
          published.push(await client.publishSnapshot(snapshotFixture(file) as DaemonSnapshot, TOKEN));
        }
        for (const envelope of published) {
          assert.deepEqual((await harness.next(`event ${envelope.sequence}`))['event'], expectedEnvelope(envelope), `${language.name} decoded event ${envelope.sequence} field by field`);
        }
        assert.equal(await withDeadline(harness.exited, 10_000, `${language.name} to exit`), 0, harness.stderr());
      } finally {
        await server.stop();
      }
    });

    it(`${language.name}: fails with typed errors: attach timeout when no snapshot comes, request error when nothing listens`, { timeout: 60_000 }, async () => {
      // Each answers once the request head is in, as a server does: Go's transport drops a
      // connection that speaks before its request is written (readLoopPeekFailLocked).
      const stalling = await rawHttpServer(async (socket) => {
        writeSafely(socket, SSE_HEADERS);
        for (let beat = 0; beat < 20 && writeSafely(socket, ': keepalive\n\n'); beat += 1) await stall(50);
      });
      try {
        const attach = runHarness(language, ['attach', stalling.url, '300']);
        const result = await attach.next('the attach failure');
        assert.equal(result['error_code'], 'stream_attach_timeout', JSON.stringify(result));
      } finally {
        await stalling.close();
      }
      const down = await rawServer(() => undefined);
      await down.close();
      const fetchResult = await runHarness(language, ['fetch', down.url, '1000']).next('the request failure');
      assert.equal(fetchResult['error_code'], 'request', JSON.stringify(fetchResult));
      const stallingBody = await rawHttpServer(async (socket) => {
        writeSafely(socket, 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{');
        await stall(2000);
      });
      try {
        const timeout = await runHarness(language, ['fetch', stallingBody.url, '300']).next('the body timeout');
        assert.equal(timeout['error_code'], 'request', JSON.stringify(timeout));
        assert.equal(timeout['timeout'], true, JSON.stringify(timeout));
      } finally {
        await stallingBody.close();
      }
    });
  }
});
