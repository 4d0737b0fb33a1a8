/**
 * The Go client as a module: gofmt- and vet-clean, its `go test` suite (hostile servers and a
 * live `serve`, under the race detector), a consumer module that builds offline through a replace
 * directive, and the read token on the wire.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GO_MODULE, GO_VERSION } from '../scripts/generate-clients/index.js';
import { startServe, type ServeProcess } from './support/cli.js';
import { rawServer, SSE_HEADERS, writeSafely } from './support/raw-server.js';
import { run } from './support/run.js';
import { ROOT, snapshotFixture } from './support/spec.js';

const MODULE_DIR = join(ROOT, 'generated', 'clients', 'go');
const TESTS_DIR = join(ROOT, 'test', 'clients', 'go');
const PUBLISH_TOKEN = 'go-client-publish-token';
const READ_TOKEN = 'go-client-read-token';
/** Offline: nothing may come from a module proxy. */
const GO_ENV = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' };
/** A cold build cache compiles the standard library with the race detector: allow for it. */
const GO_TEST_MS = 280_000;
const work = mkdtempSync(join(tmpdir(), 'opensymphony-go-client-'));
const harness = join(work, 'harness');

function go(args: string[], cwd: string): string {
  return execFileSync('go', args, { cwd, env: GO_ENV, encoding: 'utf8' });
}

/** The race detector needs cgo and a C compiler. */
function raceSupported(): boolean {
  if (go(['env', 'CGO_ENABLED'], ROOT).trim() !== '1') return false;
  try {
    execFileSync('sh', ['-c', 'command -v "$(go env CC)"']);
    return true;
  } catch {
    return false;
  }
}

/** Every Test function of the module's _test.go files. */
function testNames(): string[] {
  return readdirSync(TESTS_DIR)
    .filter((file) => file.endsWith('_test.go'))
    .flatMap((file) => [...readFileSync(join(TESTS_DIR, file), 'utf8').matchAll(/^func (Test\w+)\(t \*testing\.T\)/gm)].map((match) => match[1]!));
}

describe('the Go client module', () => {
  let server: ServeProcess;

  before(async () => {
    go(['build', '-o', harness, '.'], TESTS_DIR);
    server = await startServe(['--publish-token', PUBLISH_TOKEN]);
  });

  after(async () => {
    await server.stop();
  });

  it('names the path it will be published at, targets the Go here, and is gofmt- and vet-clean', () => {
    const goMod = readFileSync(join(MODULE_DIR, 'go.mod'), 'utf8');
    assert.match(goMod, new RegExp(`^module ${GO_MODULE.replace(/\./g, '\\.')}$`, 'm'));
    assert.equal(GO_MODULE, 'github.com/opensymphony/opensymphony-control/generated/clients/go');
    assert.match(goMod, new RegExp(`^go ${GO_VERSION.replace('.', '\\.')}$`, 'm'));
    const [major, minor] = /go(\d+)\.(\d+)/.exec(go(['version'], ROOT))!.slice(1).map(Number) as [number, number];
    const [wantMajor, wantMinor] = GO_VERSION.split('.').map(Number) as [number, number];
    assert.ok(major > wantMajor || (major === wantMajor && minor >= wantMinor), `the toolchain here (go${major}.${minor}) builds a go ${GO_VERSION} module`);
    assert.equal(execFileSync('gofmt', ['-l', MODULE_DIR, TESTS_DIR], { encoding: 'utf8' }), '', 'gofmt -l lists no file');
    go(['vet', './...'], MODULE_DIR);
    go(['vet', './...'], TESTS_DIR);
    assert.match(go(['doc', '.'], MODULE_DIR), /^package controlplane \/\/ import "github\.com\/opensymphony\/opensymphony-control\/generated\/clients\/go"/);
    assert.deepEqual(readdirSync(MODULE_DIR).filter((file) => file.endsWith('_test.go')), [], 'the generated module ships no test files');
  });

  it('passes its go test suite, hostile servers and a live serve included, under the race detector', { timeout: GO_TEST_MS + 10_000 }, async () => {
    assert.ok(raceSupported(), 'the race detector needs cgo and a C compiler: install Debian\'s gcc and libc6-dev (scripts/setup.sh)');
    const env = { ...GO_ENV, OPENSYMPHONY_LIVE_URL: server.url, OPENSYMPHONY_LIVE_PUBLISH_TOKEN: PUBLISH_TOKEN };
    const result = await run('go', ['test', '-race', '-count=1', '-v', '-timeout', '120s', './...'], { cwd: TESTS_DIR, env, ms: GO_TEST_MS });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const names = testNames();
    assert.ok(names.length >= 20 && names.some((name) => name.startsWith('TestLive')), names.join(', '));
    for (const name of names) assert.match(result.stdout, new RegExp(`^--- PASS: ${name} `, 'm'), `${name} ran and passed (not skipped)`);
    assert.doesNotMatch(result.stdout + result.stderr, /DATA RACE/);
  });

  it('is required by a consumer module in a temporary directory, which builds offline through a replace directive and runs the README example against a live serve', { timeout: 120_000 }, async () => {
    const consumer = mkdtempSync(join(work, 'consumer-'));
    writeFileSync(join(consumer, 'go.mod'), `module example.com/consumer\n\ngo ${GO_VERSION}\n\nrequire ${GO_MODULE} v0.0.0\n\nreplace ${GO_MODULE} => ${MODULE_DIR}\n`);
    writeFileSync(
      join(consumer, 'main.go'),
      `package main

import (
	"context"
	"fmt"
	"log"
	"os"

	controlplane "${GO_MODULE}"
)

func main() {
	ctx := context.Background()
	// The README's example, as written there.
	client, err := controlplane.NewClient(os.Args[1], controlplane.WithReadToken(os.Getenv("OPENSYMPHONY_READ_TOKEN")))
	if err != nil {
		log.Fatal(err)
	}
	envelope, err := client.GetSnapshot(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(envelope.Sequence, envelope.Snapshot.Daemon.State)
	stored, err := client.PublishSnapshot(ctx, &envelope.Snapshot, os.Args[2])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(stored.Sequence)
}
`,
    );
    const built = await run('go', ['build', '-o', join(consumer, 'consumer'), '.'], { cwd: consumer, env: GO_ENV, ms: 100_000 });
    assert.equal(built.code, 0, built.stderr);
    assert.match(go(['list', '-m', 'all'], consumer), new RegExp(`^${GO_MODULE.replace(/\./g, '\\.')} v0\\.0\\.0 => ${MODULE_DIR}$`, 'm'));
    const ran = await run(join(consumer, 'consumer'), [server.url, PUBLISH_TOKEN], { ms: 10_000 });
    assert.equal(ran.code, 0, ran.stderr);
    const [first, second] = ran.stdout.trim().split('\n');
    const [sequence, state] = first!.split(' ');
    assert.match(state!, /^[a-z_]+$/);
    assert.equal(Number(second), Number(sequence) + 1, ran.stdout);
  });

  it('sends the read token on every read, and without it reports each 401 with the server\u2019s code', { timeout: 60_000 }, async () => {
    const snapshot = snapshotFixture('valid/reference-fixture-step-0.json');
    const envelope = JSON.stringify({ sequence: 1, published_at: '2026-03-21T20:00:00Z', snapshot });
    const health = JSON.stringify({ status: 'ok', current_sequence: 1, published_at: '2026-03-21T20:00:00Z', issue_count: 0 });
    const unauthorized = JSON.stringify({ error: { code: 'unauthorized', message: 'a valid bearer token is required' } });
    const reply = (status: string, type: string, body: string) => `HTTP/1.1 ${status}\r\ncontent-type: ${type}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
    const heads: string[] = [];
    const guarded = await rawServer((socket) => {
      let head = '';
      const onData = (chunk: Buffer) => {
        head += chunk.toString('latin1');
        if (!head.includes('\r\n\r\n')) return;
        socket.off('data', onData);
        heads.push(head);
        if (!head.includes(`\r\nAuthorization: Bearer ${READ_TOKEN}\r\n`)) {
          writeSafely(socket, reply('401 Unauthorized', 'application/json', unauthorized).replace('\r\n\r\n', '\r\nwww-authenticate: Bearer realm="opensymphony-control"\r\n\r\n'));
          socket.end();
        } else if (head.startsWith('GET /api/v1/events ')) {
          // Held open: the harness hangs up after the first event, or close() ends it.
          writeSafely(socket, `${SSE_HEADERS}event: snapshot\ndata: ${envelope}\n\n`);
        } else {
          writeSafely(socket, reply('200 OK', 'application/json', head.startsWith('GET /healthz ') ? health : envelope));
          socket.end();
        }
      };
      socket.on('data', onData);
    });
    try {
      const granted = await run(harness, ['read', guarded.url, READ_TOKEN], { ms: 20_000 });
      assert.equal(granted.code, 0, granted.stderr);
      assert.deepEqual(
        granted.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown),
        ['health', 'snapshot', 'stream'].map((what) => ({ what, ok: true })),
      );
      assert.deepEqual(
        heads.map((head) => head.split('\r\n')[0]),
        ['GET /healthz HTTP/1.1', 'GET /api/v1/snapshot HTTP/1.1', 'GET /api/v1/events HTTP/1.1'],
      );
      for (const token of [undefined, 'wrong-token']) {
        const refused = await run(harness, ['read', guarded.url, ...(token ? [token] : [])], { ms: 20_000 });
        assert.equal(refused.code, 0, refused.stderr);
        assert.deepEqual(
          refused.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown),
          [
            { what: 'health', error_code: 'request', status: 401, server_code: 'unauthorized' },
            { what: 'snapshot', error_code: 'request', status: 401, server_code: 'unauthorized' },
            { what: 'stream', error_code: 'stream', status: 401, server_code: 'unauthorized' },
          ],
          `with ${token ?? 'no token'}`,
        );
      }
      const withoutToken = heads.slice(3, 6);
      assert.ok(withoutToken.every((head) => !/^authorization:/im.test(head)), 'no Authorization header without a token');
    } finally {
      await guarded.close();
    }
  });
});
