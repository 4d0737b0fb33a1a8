/**
 * The generated Python client as a package (installed with pip into a venv, run from there):
 * its metadata and version, its generated methods against a live serve, publish, the read token,
 * and hostile servers that try to hang it, grow its memory or make it raise something else than
 * its own typed errors.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_EVENT_BYTES } from '../generated/contract.js';
import { pep440 } from '../scripts/generate-clients/index.js';
import { snakeCase } from '../scripts/generate-clients/operations.js';
import { startServe, type ServeProcess } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { installPythonClient, PYTHON_HARNESS, PYTHON_SOURCE } from './support/python.js';
import { errorAnswer, httpAnswer, rawHttpServer, SSE_HEADERS, stall, writeDrained, writeSafely, type RawServer } from './support/raw-server.js';
import { readSpec, ROOT, snapshotManifest } from './support/spec.js';

type Json = Record<string, unknown>;
const TOKEN = 'python-publish-token';
const READ_TOKEN = 'python-read-token';
const SNAPSHOTS = join(ROOT, 'test', 'fixtures', 'snapshots');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'opensymphony-python-'));
let python = '';
let serve: ServeProcess;
/** Real bodies from a live server, for the raw servers to answer with. */
let envelopeText = '';
let healthText = '';

interface Outcome {
  events: Json[];
  outcome: Json & { ok: boolean; error?: Json; elapsed_ms: number; rss_growth_kib: number };
}

/** Runs `harness.py call <spec>` in the venv and returns its stream events and its outcome line. */
async function call(spec: Json, ms = 20_000): Promise<Outcome> {
  const child = spawn(python, [PYTHON_HARNESS, 'call', JSON.stringify(spec)]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await withDeadline(new Promise<number | null>((resolve) => child.once('close', resolve)), ms, `python ${String(spec['op'])}`).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Json);
  const outcome = lines.pop() as Outcome['outcome'];
  assert.equal(outcome['done'], true, stdout);
  return { events: lines, outcome };
}

/** The outcome's error, asserted to be one of the client's own typed errors. */
function typedError(result: Outcome): Json {
  assert.equal(result.outcome.ok, false, `expected a failure, got ${JSON.stringify(result.outcome)}`);
  const error = result.outcome.error!;
  assert.equal(error['client_error'], true, `not a ControlPlaneClientError: ${JSON.stringify(error)}`);
  return error;
}

async function withServer<T>(server: RawServer, body: (server: RawServer) => Promise<T>): Promise<T> {
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

const snapshotEvent = (data: string) => `event: snapshot\nid: 1\ndata: ${data}\n\n`;

/** Every operation of the spec: its id, method, path and whether its success answer is JSON. */
const OPERATIONS = Object.entries(readSpec('openapi.yaml')['paths'] as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => {
    const responses = operation['responses'] as Record<string, Json>;
    const success = Object.keys(responses).filter((status) => status.startsWith('2')).sort()[0]!;
    return { operationId: String(operation['operationId']), method: method.toUpperCase(), path, json: 'application/json' in ((responses[success]!['content'] as Json | undefined) ?? {}) };
  }),
);

describe('the Python client, pip-installed into a venv', () => {
  before(async () => {
    python = installPythonClient(work);
    serve = await startServe(['--publish-token', TOKEN]);
    envelopeText = await withDeadline(fetch(`${serve.url}/api/v1/snapshot`).then((response) => response.text()), 5000, 'snapshot');
    healthText = await withDeadline(fetch(`${serve.url}/healthz`).then((response) => response.text()), 5000, 'health');
  });

  after(async () => {
    await serve?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  describe('as a package', () => {
    it('is opensymphony-control at the npm package version, typed, without dependencies, imported from the venv', { timeout: 30_000 }, async () => {
      const pyproject = readFileSync(join(PYTHON_SOURCE, 'pyproject.toml'), 'utf8');
      assert.match(pyproject, /^name = "opensymphony-control"$/m);
      assert.equal(/^version = "(.*)"$/m.exec(pyproject)?.[1], pep440(PACKAGE_VERSION), 'pyproject.toml is regenerated from package.json');
      assert.match(pyproject, /^requires-python = ">=3.11"$/m);
      assert.match(pyproject, /^dependencies = \[\]$/m);
      assert.match(pyproject, /^build-backend = "setuptools.build_meta"$/m);

      const child = spawn(python, [PYTHON_HARNESS, 'info']);
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      assert.equal(await withDeadline(new Promise((resolve) => child.once('close', resolve)), 10_000, 'info'), 0);
      const info = JSON.parse(stdout) as Json;
      assert.equal(info['distribution_version'], pep440(PACKAGE_VERSION));
      assert.equal(info['version'], pep440(PACKAGE_VERSION));
      assert.equal(info['requires'], null, 'no runtime dependencies');
      assert.equal(info['requires_python'], '>=3.11');
      assert.equal(info['py_typed'], true);
      assert.ok(String(info['module_file']).startsWith(join(work, 'python-venv')), `imported from ${String(info['module_file'])}, not the venv`);
      assert.equal(info['max_event_bytes'], MAX_EVENT_BYTES);
      assert.equal(info['default_max_event_bytes'], MAX_EVENT_BYTES);
      for (const name of ['ControlPlaneClient', 'EventTooLargeError', 'RequestError', 'StreamError', 'DaemonSnapshot', 'SnapshotEnvelope']) {
        assert.ok((info['all'] as string[]).includes(name), `__all__ exports ${name}`);
      }
      assert.ok(!(info['all'] as string[]).includes('re'), 'no helper modules in __all__');
      const methods = info['methods'] as string[];
      for (const operation of OPERATIONS) assert.equal(methods.includes(snakeCase(operation.operationId)), operation.json, `a method for ${operation.operationId} exactly when its answer is JSON`);
      for (const name of ['fetch_snapshot', 'health', 'publish', 'stream_updates']) assert.ok(methods.includes(name), `ControlPlaneClient keeps ${name}`);
    });

    it('type-checks under mypy --strict, itself and a consumer importing it from the venv', { timeout: 60_000 }, async () => {
      const consumer = join(work, 'consumer.py');
      writeFileSync(
        consumer,
        [
          'from opensymphony_control import ControlPlaneClient, DaemonState, RequestError, SnapshotEnvelope',
          '',
          'client = ControlPlaneClient("http://127.0.0.1:2468", read_token="token")',
          'try:',
          '    envelope: SnapshotEnvelope = client.fetch_snapshot()',
          '    state: DaemonState = envelope.snapshot.daemon.state',
          'except RequestError as error:',
          '    status: int | None = error.status',
          '    server_code: str | None = error.server_code',
          '',
        ].join('\n'),
      );
      for (const target of [['-p', 'opensymphony_control'], [consumer]]) {
        const child = spawn(python, ['-m', 'mypy', '--strict', '--no-incremental', ...target], { cwd: work });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const code = await withDeadline(new Promise((resolve) => child.once('close', resolve)), 50_000, `mypy ${target.join(' ')}`);
        assert.equal(code, 0, `mypy --strict ${target.join(' ')} (python3-mypy comes from scripts/setup.sh): ${output}`);
      }
    });

    it('names npm pre-releases the PEP 440 way and refuses versions pip cannot name', () => {
      assert.equal(pep440('1.2.3'), '1.2.3');
      assert.equal(pep440('1.2.3-rc.4'), '1.2.3rc4');
      assert.equal(pep440('1.2.3-alpha.1'), '1.2.3a1');
      assert.equal(pep440('1.2.3-beta.2'), '1.2.3b2');
      assert.throws(() => pep440('1.2.3-next.1'), /PEP 440/);
    });
  });

  describe('the generated methods', () => {
    it('decode what a live serve answers to every JSON read', { timeout: 60_000 }, async () => {
      const reads = OPERATIONS.filter((operation) => operation.json && operation.method === 'GET');
      assert.ok(reads.length >= 6, reads.map((operation) => operation.operationId).join(', '));
      for (const operation of reads) {
        const called = await call({ url: serve.url, op: 'method', method: snakeCase(operation.operationId) });
        assert.equal(called.outcome.ok, true, `${operation.operationId}: ${JSON.stringify(called.outcome)}`);
        const served = (await withDeadline(fetch(`${serve.url}${operation.path}`).then((response) => response.json()), 5000, operation.path)) as Json;
        assert.deepEqual(called.outcome['result'], served, operation.operationId);
      }
      const readiness = await call({ url: serve.url, op: 'method', method: 'get_readiness' });
      assert.deepEqual(readiness.outcome['result'], { status: 'ready' });
    });

    it('a served document without the member its schema requires, or not an object, is a DecodeError', { timeout: 30_000 }, async () => {
      for (const [body, path] of [['{"info":{}}', '/openapi'], ['["openapi"]', '']] as const) {
        const server = await rawHttpServer((socket) => void writeSafely(socket, httpAnswer(200, { 'content-type': 'application/json' }, body)));
        await withServer(server, async () => {
          const error = typedError(await call({ url: server.url, op: 'method', method: 'get_open_api_document_json' }));
          assert.deepEqual([error['code'], error['path']], ['decode', path], body);
        });
      }
    });
  });

  describe('publish', () => {
    it('publishes a snapshot with the publish token and returns the envelope the server then serves', { timeout: 30_000 }, async () => {
      const before = await call({ url: serve.url, op: 'fetch' });
      const published = await call({ url: serve.url, op: 'publish', token: TOKEN, snapshot_file: join(SNAPSHOTS, 'valid', 'edge-values.json') });
      assert.equal(published.outcome.ok, true, JSON.stringify(published.outcome));
      const envelope = published.outcome['result'] as Json;
      assert.equal(envelope['sequence'], ((before.outcome['result'] as Json)['sequence'] as number) + 1);
      const now = await call({ url: serve.url, op: 'fetch' });
      assert.deepEqual(now.outcome['result'], envelope);
    });

    it('a refused publish is a RequestError with the status, the server code and its details', { timeout: 30_000 }, async () => {
      const wrongToken = typedError(await call({ url: serve.url, op: 'publish', token: 'not-the-token', snapshot_file: join(SNAPSHOTS, 'valid', 'edge-values.json') }));
      assert.equal(wrongToken['code'], 'request');
      assert.equal(wrongToken['status'], 401);
      assert.equal(wrongToken['server_code'], 'unauthorized');

      const defect = snapshotManifest().invalid.find(({ file }) => file === 'invalid/negative-count.json')!;
      const invalid = typedError(await call({ url: serve.url, op: 'publish', token: TOKEN, snapshot: JSON.parse(readFileSync(join(SNAPSHOTS, defect.file), 'utf8')) as Json }));
      assert.equal(invalid['status'], 400);
      assert.equal(invalid['server_code'], 'invalid_snapshot');
      const details = invalid['details'] as Array<{ path: string; message: string }>;
      assert.ok(details.some((detail) => detail.path === defect.error.path), JSON.stringify(details));

      const readOnly = await startServe([]);
      try {
        const disabled = typedError(await call({ url: readOnly.url, op: 'publish', token: TOKEN, snapshot_file: join(SNAPSHOTS, 'valid', 'edge-values.json') }));
        assert.equal(disabled['status'], 403);
        assert.equal(disabled['server_code'], 'publishing_disabled');
      } finally {
        await readOnly.stop();
      }
    });

    it('a token that cannot be a header is refused before any request', { timeout: 30_000 }, async () => {
      const result = await call({ url: serve.url, op: 'publish', token: 'two\r\nlines', snapshot_file: join(SNAPSHOTS, 'valid', 'edge-values.json') });
      assert.equal(result.outcome.error?.['type'], 'ValueError');
      const reader = await call({ url: serve.url, op: 'fetch', read_token: '' });
      assert.equal(reader.outcome.error?.['type'], 'ValueError');
    });
  });

  describe('read token', () => {
    /** Answers as a server started with --read-token does. */
    const guarded = () =>
      rawHttpServer((socket, head) => {
        const path = head.split(' ')[1] ?? '';
        if (!new RegExp(`^authorization: Bearer ${READ_TOKEN}\r?$`, 'im').test(head)) {
          writeSafely(socket, errorAnswer(401, 'unauthorized', 'a valid bearer token is required', { 'www-authenticate': 'Bearer realm="opensymphony-control"' }));
        } else if (path.endsWith('/healthz')) {
          writeSafely(socket, httpAnswer(200, { 'content-type': 'application/json' }, healthText));
        } else if (path.endsWith('/api/v1/snapshot')) {
          writeSafely(socket, httpAnswer(200, { 'content-type': 'application/json' }, envelopeText));
        } else {
          writeSafely(socket, SSE_HEADERS + snapshotEvent(envelopeText));
        }
      });

    it('is sent as a bearer token on every GET and on the stream', { timeout: 30_000 }, async () => {
      await withServer(await guarded(), async (server) => {
        for (const op of ['health', 'fetch', 'stream']) {
          const result = await call({ url: server.url, op, read_token: READ_TOKEN });
          assert.equal(result.outcome.ok, true, `${op}: ${JSON.stringify(result.outcome)}`);
        }
        assert.equal(server.requests.length, 3);
        for (const head of server.requests) assert.match(head, new RegExp(`^authorization: Bearer ${READ_TOKEN}\r?$`, 'im'));
      });
    });

    it('without it, a fetch is a RequestError and the stream a StreamError, both 401 unauthorized', { timeout: 30_000 }, async () => {
      await withServer(await guarded(), async (server) => {
        const fetched = typedError(await call({ url: server.url, op: 'fetch' }));
        assert.deepEqual([fetched['code'], fetched['status'], fetched['server_code']], ['request', 401, 'unauthorized']);
        const streamed = typedError(await call({ url: server.url, op: 'stream', read_token: 'wrong-token' }));
        assert.deepEqual([streamed['code'], streamed['status'], streamed['server_code']], ['stream', 401, 'unauthorized']);
      });
    });
  });

  describe('against hostile servers', () => {
    it('an endless line ends the stream with event_too_large, holding no more than max_event_bytes', { timeout: 60_000 }, async () => {
      const limit = 4 * 1024 * 1024;
      const megabyte = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const server = await rawHttpServer(async (socket) => {
        await writeDrained(socket, `${SSE_HEADERS}event: snapshot\ndata: `);
        // Up to 128 MiB, far past the limit: a client that buffered it all would show it in its memory.
        while (sent < 128 * megabyte.length && (await writeDrained(socket, megabyte))) sent += megabyte.length;
      });
      await withServer(server, async () => {
        const result = await call({ url: server.url, op: 'stream', options: { max_event_bytes: limit } });
        const error = typedError(result);
        assert.equal(error['code'], 'event_too_large');
        assert.equal(error['limit_bytes'], limit);
        assert.ok(result.outcome.rss_growth_kib * 1024 < 2 * limit, `memory grew by ${result.outcome.rss_growth_kib} KiB for a ${limit} byte limit`);
        assert.ok(sent < 64 * megabyte.length, `the client read ${sent} bytes before giving up`);
      });
    });

    it('an event of many small data lines over max_event_bytes is event_too_large too', { timeout: 30_000 }, async () => {
      const line = `data: ${'y'.repeat(1000)}\n`;
      const server = await rawHttpServer(async (socket) => {
        await writeDrained(socket, `${SSE_HEADERS}event: snapshot\n`);
        for (let index = 0; index < 100_000 && (await writeDrained(socket, line)); index += 1);
      });
      await withServer(server, async () => {
        const error = typedError(await call({ url: server.url, op: 'stream', options: { max_event_bytes: 256 * 1024 } }));
        assert.equal(error['code'], 'event_too_large');
      });
    });

    it('JSON nested 100 000 deep or with a 10 000-digit number is a DecodeError, never a RecursionError', { timeout: 30_000 }, async () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      const huge = `{"sequence": ${'9'.repeat(10_000)}}`;
      for (const payload of [deep, huge]) {
        const server = await rawHttpServer((socket, head) => {
          if (head.startsWith('GET /api/v1/events')) writeSafely(socket, SSE_HEADERS + snapshotEvent(payload));
          else writeSafely(socket, httpAnswer(200, { 'content-type': 'application/json' }, payload));
        });
        await withServer(server, async () => {
          for (const op of ['fetch', 'stream']) {
            const error = typedError(await call({ url: server.url, op }));
            assert.equal(error['code'], 'decode', `${op}: ${JSON.stringify(error)}`);
          }
        });
      }
      // An error body nested as deep still gives the status, without a body.
      const failing = await rawHttpServer((socket) => void writeSafely(socket, httpAnswer(500, { 'content-type': 'application/json' }, deep)));
      await withServer(failing, async () => {
        const error = typedError(await call({ url: failing.url, op: 'fetch' }));
        assert.deepEqual([error['code'], error['status'], error['server_code']], ['request', 500, null]);
      });
    });

    it('stream_updates on a non-2xx answer is a StreamError with the status, the server code and Retry-After', { timeout: 60_000 }, async () => {
      const answers: Array<[number, string | null, string, number | null]> = [
        [401, 'unauthorized', errorAnswer(401, 'unauthorized', 'a valid bearer token is required'), null],
        [404, 'not_found', errorAnswer(404, 'not_found', 'no such route'), null],
        [500, 'internal_error', errorAnswer(500, 'internal_error', 'the server failed'), null],
        // Codes newer than this client's spec are still reported.
        [503, 'too_many_subscribers', errorAnswer(503, 'too_many_subscribers', 'too many streams', { 'retry-after': '7' }), 7],
        [429, 'too_many_requests', errorAnswer(429, 'too_many_requests', 'too many streams from you', { 'retry-after': '3' }), 3],
        [502, null, httpAnswer(502, { 'content-type': 'text/html' }, '<html>bad gateway</html>'), null],
      ];
      for (const [status, serverCode, answer, retryAfter] of answers) {
        const server = await rawHttpServer((socket) => void writeSafely(socket, answer));
        await withServer(server, async () => {
          const error = typedError(await call({ url: server.url, op: 'stream' }));
          assert.deepEqual([error['code'], error['status'], error['server_code'], error['retry_after_s']], ['stream', status, serverCode, retryAfter], JSON.stringify(error));
        });
      }
      // A status whose body then stalls is still reported, within the attach deadline.
      const stalling = await rawHttpServer(async (socket) => {
        writeSafely(socket, 'HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"err');
        await stall(3000);
      });
      await withServer(stalling, async () => {
        const result = await call({ url: stalling.url, op: 'stream', options: { stream_attach_timeout_ms: 300 } });
        const error = typedError(result);
        assert.deepEqual([error['code'], error['status'], error['server_code']], ['stream', 401, null]);
        assert.ok(result.outcome.elapsed_ms < 2000, `took ${result.outcome.elapsed_ms} ms`);
      });
    });

    it('a stream answered with another Content-Type is a StreamError naming it', { timeout: 30_000 }, async () => {
      const server = await rawHttpServer((socket) => void writeSafely(socket, httpAnswer(200, { 'content-type': 'application/json' }, envelopeText)));
      await withServer(server, async () => {
        const error = typedError(await call({ url: server.url, op: 'stream' }));
        assert.equal(error['code'], 'stream');
        assert.match(String(error['message']), /content type is application\/json, not text\/event-stream/);
      });
    });

    it('half a frame and then a close is a StreamError, at once', { timeout: 30_000 }, async () => {
      const server = await rawHttpServer((socket) => {
        writeSafely(socket, `${SSE_HEADERS}event: snapshot\ndata: {"sequ`);
        socket.end();
      });
      await withServer(server, async () => {
        const result = await call({ url: server.url, op: 'stream', options: { stream_attach_timeout_ms: 5000 } });
        const error = typedError(result);
        assert.equal(error['code'], 'stream');
        assert.match(String(error['message']), /closed the stream/);
        assert.ok(result.outcome.elapsed_ms < 2000, `took ${result.outcome.elapsed_ms} ms`);
      });
    });

    it('a server dying in the middle of an event, after a first snapshot, is a StreamError', { timeout: 30_000 }, async () => {
      const server = await rawHttpServer(async (socket) => {
        writeSafely(socket, SSE_HEADERS + snapshotEvent(envelopeText) + 'event: snapshot\ndata: {"sequence":');
        await stall(100);
        socket.resetAndDestroy();
      });
      await withServer(server, async () => {
        const result = await call({ url: server.url, op: 'stream', events: 2 });
        assert.equal(result.events.length, 1);
        assert.equal(typedError(result)['code'], 'stream');
        assert.ok(result.outcome.elapsed_ms < 2000, `took ${result.outcome.elapsed_ms} ms`);
      });
    });

    it('a half-open socket, silent after a first snapshot, is a StreamError timeout within the read deadline', { timeout: 30_000 }, async () => {
      const server = await rawHttpServer(async (socket) => {
        writeSafely(socket, SSE_HEADERS + snapshotEvent(envelopeText));
        await stall(5000);
      });
      await withServer(server, async () => {
        const result = await call({ url: server.url, op: 'stream', events: 2, options: { stream_read_timeout_ms: 300 } });
        assert.equal(result.events.length, 1);
        const error = typedError(result);
        assert.deepEqual([error['code'], error['timeout']], ['stream', true]);
        assert.ok(result.outcome.elapsed_ms >= 250 && result.outcome.elapsed_ms < 2000, `took ${result.outcome.elapsed_ms} ms`);
      });
    });

    it('a stream iterated in one thread ends at once when another thread closes it, with no error', { timeout: 30_000 }, async () => {
      const result = await call({ url: serve.url, op: 'stream_closed_elsewhere' });
      assert.equal(result.outcome.ok, true, JSON.stringify(result.outcome));
      const closed = result.outcome['result'] as { ended: boolean; events: number; error: unknown; ended_ms: number };
      assert.deepEqual([closed.ended, closed.events, closed.error], [true, 1, null], JSON.stringify(closed));
      assert.ok(closed.ended_ms < 1000, `ended ${closed.ended_ms} ms after close()`);
    });

    it('headers sent a byte at a time cannot hold a fetch or the stream past its deadline', { timeout: 30_000 }, async () => {
      const server = await rawHttpServer(async (socket) => {
        writeSafely(socket, 'HTTP/1.1 200 OK\r\nx-slow: ');
        for (let beat = 0; beat < 200 && writeSafely(socket, 'z'); beat += 1) await stall(25);
      });
      await withServer(server, async () => {
        const fetched = await call({ url: server.url, op: 'fetch', options: { snapshot_timeout_ms: 400 } });
        assert.deepEqual([typedError(fetched)['code'], fetched.outcome.error?.['timeout']], ['request', true]);
        assert.ok(fetched.outcome.elapsed_ms < 1500, `fetch took ${fetched.outcome.elapsed_ms} ms`);
        const streamed = await call({ url: server.url, op: 'stream', options: { stream_attach_timeout_ms: 400 } });
        assert.equal(typedError(streamed)['code'], 'stream_attach_timeout');
        assert.ok(streamed.outcome.elapsed_ms < 1500, `stream took ${streamed.outcome.elapsed_ms} ms`);
      });
    });

    it('a response body announced over max_event_bytes is refused without reading it', { timeout: 30_000 }, async () => {
      const server = await rawHttpServer(async (socket) => {
        writeSafely(socket, 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000000\r\n\r\n{');
        await stall(3000);
      });
      await withServer(server, async () => {
        const result = await call({ url: server.url, op: 'fetch' });
        const error = typedError(result);
        assert.equal(error['code'], 'request');
        assert.match(String(error['message']), /max_event_bytes/);
        assert.ok(result.outcome.elapsed_ms < 1500, `took ${result.outcome.elapsed_ms} ms`);
      });
    });
  });
});
