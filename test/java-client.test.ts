/**
 * The generated Java client (javac with every lint on, Debian's Jackson): its generated methods
 * against a live serve, publish and its refusals, the read token, and hostile servers that try
 * to hang it, grow its memory or make it throw something else than its own typed errors.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServe, type ServeProcess } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { compileJavaClient, JACKSON, javaHarness } from './support/java.js';
import { errorAnswer, httpAnswer, rawHttpServer, SSE_HEADERS, stall, writeDrained, writeSafely, type RawServer } from './support/raw-server.js';
import { onPath, run } from './support/run.js';
import { ROOT } from './support/spec.js';

type Json = Record<string, unknown>;
const TOKEN = 'java-publish-token';
const READ_TOKEN = 'java-read-token';
const VALID = join(ROOT, 'test', 'fixtures', 'snapshots', 'valid', 'edge-values.json');
/** A JVM starts in about half a second; a hung harness must not hang the suite. */
const HARNESS_MS = 30_000;

const available = onPath('javac') && onPath('java');
const skip = !available && !process.env['CI'] ? 'no JDK here (scripts/setup.sh installs openjdk-17-jdk-headless); these tests run in CI' : false;

const work = mkdtempSync(join(tmpdir(), 'opensymphony-java-'));
const classes = join(work, 'classes');
const servers: RawServer[] = [];
let serve: ServeProcess | undefined;
/** A real envelope from a live server, for the raw servers to answer with. */
let envelopeText = '';

before(() => {
  if (available || process.env['CI']) compileJavaClient(classes);
});

after(async () => {
  for (const server of servers.splice(0)) await server.close();
  await serve?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the harness and returns its JSON lines. */
async function harness(args: string[], ms = HARNESS_MS, jvm: string[] = []): Promise<Json[]> {
  const [command, argv] = javaHarness(classes, args, jvm);
  const child = spawn(command, argv);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await withDeadline(new Promise<number | null>((resolve) => child.once('close', resolve)), ms, `java Harness ${args[0]}`).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  assert.equal(code, 0, stderr);
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Json);
}

/** The one line of a harness run that ends in the client's typed error. */
async function typedError(args: string[]): Promise<Json> {
  const lines = await harness(args);
  const error = lines.at(-1);
  assert.ok(error && typeof error['error_code'] === 'string', `expected a typed error, got ${JSON.stringify(lines)}`);
  return error;
}

async function raw(onRequest: Parameters<typeof rawHttpServer>[0]): Promise<string> {
  const server = await rawHttpServer(onRequest);
  servers.push(server);
  return server.url;
}

describe('the Java client', { skip }, () => {
  before(async () => {
    serve = await startServe(['--publish-token', TOKEN]);
    const response = await withDeadline(fetch(`${serve.url}/api/v1/snapshot`), 5_000, 'GET /api/v1/snapshot');
    envelopeText = await withDeadline(response.text(), 5_000, 'the snapshot body');
  });

  it('publishes with the token, and reports a refusal with its status and the server’s code', { timeout: 60_000 }, async () => {
    const [published] = await harness(['publish', serve!.url, TOKEN, VALID]);
    assert.equal(typeof (published!['published'] as Json)['sequence'], 'number', JSON.stringify(published));
    const refused = await typedError(['publish', serve!.url, 'not-the-token', VALID]);
    assert.deepEqual([refused['error_code'], refused['status'], refused['server_code']], ['request', 401, 'unauthorized']);
  });

  it('sends the read token on every read, and without it reports each 401 with the server’s code', { timeout: 60_000 }, async () => {
    const guarded = await startServe(['--read-token', READ_TOKEN]);
    try {
      assert.deepEqual(await harness(['read', guarded.url, READ_TOKEN]), ['health', 'snapshot', 'stream'].map((what) => ({ what, ok: true })));
      const without = await harness(['read', guarded.url]);
      assert.deepEqual(without[0], { what: 'health', ok: true }, 'the health probe is open');
      for (const line of without.slice(1)) {
        assert.deepEqual([line['error_code'], line['status'], line['server_code']], [line['what'] === 'stream' ? 'stream' : 'request', 401, 'unauthorized'], JSON.stringify(line));
      }
    } finally {
      await guarded.stop();
    }
  });

  it('runs the README’s example as written there, against a live serve', { timeout: 60_000 }, async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```java\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### Java')))?.[1];
    assert.ok(example, 'the README has a Java example under ### Java');
    const body = example.replaceAll('"http://127.0.0.1:2468"', 'args[0]');
    assert.notEqual(body, example, 'the example connects to the default address');
    const dir = join(work, 'readme-example');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'ReadmeExample.java'),
      `import opensymphony.control.ControlPlaneClient;\nimport opensymphony.control.Models;\n\npublic final class ReadmeExample {\n    public static void main(String[] args) throws Exception {\n${body}    }\n}\n`,
    );
    const compiled = await run('javac', ['-Xlint:all', '-Werror', '-d', dir, '-cp', [classes, ...JACKSON].join(':'), join(dir, 'ReadmeExample.java')], { ms: 60_000 });
    assert.equal(compiled.code, 0, compiled.stdout + compiled.stderr);
    // It follows the stream forever: the first two lines are the snapshot and the first event.
    const child = spawn('java', ['-cp', [dir, classes, ...JACKSON].join(':'), 'ReadmeExample', serve!.url]);
    let stdout = '';
    try {
      await withDeadline(
        new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (stdout.split('\n').length > 2) resolve();
          });
          child.once('close', (code) => reject(new Error(`the example exited (${String(code)}): ${stdout}`)));
        }),
        20_000,
        'the example’s first two lines',
      );
    } finally {
      child.kill('SIGKILL');
    }
    const [first, second] = stdout.split('\n');
    assert.match(first!, /^\d+ [A-Z_]+$/, stdout);
    assert.equal(second, first!.split(' ')[0], 'the stream starts with the current envelope');
  });

  it('refuses a base URL that is not http(s) with a host', { timeout: 30_000 }, async () => {
    for (const base of ['ftp://example.org/', 'not a url', 'http:///path', 'http://user:secret@127.0.0.1:2468/']) {
      assert.equal((await typedError(['base', base]))['error_code'], 'invalid_base_url', base);
    }
  });

  it('follows a redirect to the control plane, as the Go client does', { timeout: 30_000 }, async () => {
    const url = await raw((socket) => void writeSafely(socket, httpAnswer(302, { location: `${serve!.url}/api/v1/snapshot` }, '')));
    const [line] = await harness(['limit', url, '1000000']);
    assert.equal(typeof (line!['snapshot'] as Json)['sequence'], 'number', JSON.stringify(line));
  });

  it('documents itself: javadoc builds the generated sources', { timeout: 60_000 }, async () => {
    const sources = join(ROOT, 'generated', 'clients', 'java', 'src', 'opensymphony', 'control');
    const files = readdirSync(sources).map((file) => join(sources, file));
    const result = await run('javadoc', ['-quiet', '-d', join(work, 'javadoc'), '-cp', JACKSON.join(':'), ...files], { ms: 60_000 });
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it('reads events split at CR, LF or CRLF, a byte at a time, after a byte order mark', { timeout: 30_000 }, async () => {
    const frame = `\uFEFF: hello\revent: snapshot\r\ndata: ${envelopeText}\n\n`;
    const url = await raw(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      for (const byte of Buffer.from(frame)) {
        if (!writeSafely(socket, Buffer.from([byte]).toString('latin1'))) return;
        if (byte === 0x0a || byte === 0x0d) await stall(1);
      }
    });
    const [line] = await harness(['stream', url, '1', '1000000', '10000', '10000']);
    assert.deepEqual(line!['event'], JSON.parse(envelopeText));
  });

  it('fails a line over its bound with event_too_large, without waiting for the line to end', { timeout: 30_000 }, async () => {
    const url = await raw(async (socket) => {
      writeSafely(socket, `${SSE_HEADERS}: `);
      for (let chunk = 0; chunk < 256 && (await writeDrained(socket, 'x'.repeat(16 * 1024))); chunk += 1);
    });
    const error = await typedError(['stream', url, '1', String(64 * 1024), '10000', '10000']);
    assert.equal(error['error_code'], 'event_too_large');
    assert.match(String(error['message']), /a line exceeds 65536 bytes/);
  });

  it('holds a 12 MiB event in a 96 MiB heap: the line is read in place, not copied into strings', { timeout: 60_000 }, async () => {
    const envelope = JSON.parse(envelopeText) as Json;
    const large = JSON.stringify({ ...envelope, padding: 'p'.repeat(12 * 1024 * 1024) });
    const url = await raw(async (socket) => {
      await writeDrained(socket, `${SSE_HEADERS}event: snapshot\ndata: ${large}\n\n`);
      await stall(10_000);
    });
    const [line] = await harness(['stream', url, '1', String(16 * 1024 * 1024), '20000', '20000'], HARNESS_MS, ['-Xmx96m']);
    assert.equal((line!['event'] as Json)['sequence'], envelope['sequence'], JSON.stringify(line).slice(0, 300));
  });

  it('fails an event whose data lines add up over the bound with event_too_large', { timeout: 30_000 }, async () => {
    const url = await raw(async (socket) => {
      writeSafely(socket, `${SSE_HEADERS}event: snapshot\n`);
      for (let line = 0; line < 200 && (await writeDrained(socket, `data: ${'z'.repeat(1000)}\n`)); line += 1);
    });
    const error = await typedError(['stream', url, '1', String(64 * 1024), '10000', '10000']);
    assert.equal(error['error_code'], 'event_too_large');
    assert.match(String(error['message']), /an event's data exceeds 65536 bytes/);
  });

  it('fails a stream answered with an error with its status, the server’s code and Retry-After', { timeout: 30_000 }, async () => {
    const url = await raw((socket) => void writeSafely(socket, errorAnswer(503, 'too_many_subscribers', 'full', { 'retry-after': '7' })));
    const error = await typedError(['stream', url, '1', '1000000', '5000', '5000']);
    assert.deepEqual([error['error_code'], error['status'], error['server_code'], error['retry_after_ms']], ['stream', 503, 'too_many_subscribers', 7000]);
  });

  it('fails a stream that is not text/event-stream', { timeout: 30_000 }, async () => {
    const url = await raw((socket) => void writeSafely(socket, httpAnswer(200, { 'content-type': 'application/json' }, envelopeText)));
    const error = await typedError(['stream', url, '1', '1000000', '5000', '5000']);
    assert.equal(error['error_code'], 'stream');
    assert.match(String(error['message']), /content type is "application\/json", not text\/event-stream/);
  });

  it('fails a half event then a close as a stream error, not a timeout', { timeout: 30_000 }, async () => {
    const url = await raw((socket) => {
      writeSafely(socket, `${SSE_HEADERS}event: snapshot\ndata: {"sequence"`);
      socket.end();
    });
    const error = await typedError(['stream', url, '1', '1000000', '5000', '5000']);
    assert.deepEqual([error['error_code'], error['timeout']], ['stream', false]);
    assert.match(String(error['message']), /in the middle of an event/);
  });

  it('fails a stream that goes silent after its first event within the read deadline', { timeout: 30_000 }, async () => {
    const url = await raw(async (socket) => {
      writeSafely(socket, `${SSE_HEADERS}event: snapshot\ndata: ${envelopeText}\n\n`);
      await stall(10_000);
    });
    const [first, error] = await harness(['stream', url, '2', '1000000', '5000', '400']);
    assert.ok(first!['event']);
    assert.deepEqual([error!['error_code'], error!['timeout']], ['stream', true]);
    assert.ok(Number(error!['elapsed_ms']) >= 400 && Number(error!['elapsed_ms']) < 5_000, JSON.stringify(error));
  });

  it('fails JSON nested 100 000 deep as a typed decode error, never a StackOverflowError', { timeout: 30_000 }, async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const url = await raw((socket) => void writeSafely(socket, `${SSE_HEADERS}event: snapshot\ndata: ${deep}\n\n`));
    const error = await typedError(['stream', url, '1', '1000000', '5000', '5000']);
    assert.equal(error['error_code'], 'decode');
    assert.match(String(error['message']), /nested deeper than 1000 levels/);
  });

  it('fails a response body over its bound with event_too_large', { timeout: 30_000 }, async () => {
    const error = await typedError(['limit', serve!.url, '100']);
    assert.deepEqual([error['error_code'], error['status']], ['event_too_large', 200]);
  });

  it('ends a waiting next() at once when another thread closes the stream', { timeout: 30_000 }, async () => {
    const error = await typedError(['close', serve!.url, '300']);
    assert.deepEqual([error['error_code'], error['timeout']], ['stream', false]);
    assert.match(String(error['message']), /the stream was closed/);
    assert.ok(Number(error['elapsed_ms']) < 3_000, JSON.stringify(error));
  });
});
