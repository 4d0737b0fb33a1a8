/**
 * The client against hostile and failing servers over real sockets: oversized lines, deep
 * JSON, error answers on the stream, half frames and dead sockets, and follow()'s retry policy.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { ControlPlaneClient, FOLLOW_RETRY_AFTER_MAX_MS, MAX_EVENT_BYTES, type ClientOptions, type FollowUpdate } from '../src/client.js';
import { isPermanent, reconnectDelayMs } from '../src/client/follow.js';
import { parseRetryAfter } from '../src/client/http.js';
import {
  DecodeError,
  EventTooLargeError,
  InvalidBaseUrlError,
  RequestError,
  StreamAttachTimeoutError,
  StreamError,
  type ControlPlaneClientError,
} from '../src/client-errors.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureEnvelope, fixtureSnapshot, referenceEnvelopeJson, referenceSnapshotEvent } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { loadedModules } from './support/loaded-modules.js';
import { flood, httpResponse, rawServer, SSE_HEADERS, stall, writeSafely } from './support/raw-server.js';
import { listen } from './support/server.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const MIB = 1024 * 1024;

function client(url: string, options: ClientOptions = {}): ControlPlaneClient {
  return new ControlPlaneClient(url, { streamAttachTimeoutMs: 1000, streamReadTimeoutMs: 1000, ...options });
}

async function rejection(promise: Promise<unknown>, ms = 2000): Promise<unknown> {
  return withDeadline(
    promise.then(
      () => assert.fail('expected a failure'),
      (error: unknown) => error,
    ),
    ms,
    'the failure',
  );
}

/** A raw server answering every request with `response` (a whole HTTP response) once its head is in. */
async function answering(response: string): Promise<string> {
  const server = await rawServer((socket) => void socket.once('data', () => writeSafely(socket, response)));
  cleanup.push(() => server.close());
  return server.url;
}

/** The first failure of a stream opened against `url`. */
async function streamFailure(url: string, options: ClientOptions = {}, ms = 2000): Promise<unknown> {
  const stream = client(url, options).streamUpdates();
  cleanup.push(() => stream.close());
  return rejection(stream.next(), ms);
}

function errorBody(code: string, message = `${code} on purpose`): string {
  return JSON.stringify({ error: { code, message } });
}

/** A plain node:http server that answers as `handler`, counting requests by path. */
async function httpServer(handler: (req: IncomingMessage, res: ServerResponse, count: number) => void) {
  const counts = new Map<string, number>();
  const server = await listen((req, res) => {
    const count = (counts.get(req.url ?? '') ?? 0) + 1;
    counts.set(req.url ?? '', count);
    handler(req, res, count);
  });
  cleanup.push(() => server.close());
  return { url: server.url, counts };
}

function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
}

describe('the read token', () => {
  it('is sent on health, the snapshot and the stream, while a publish carries the publish token', async () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const server = await listen(createApp({ store, publishToken: 'publish-secret' }));
    cleanup.push(() => server.close());
    const seen: string[] = [];
    server.server.on('request', (req: IncomingMessage) => seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '(none)'}`));
    const c = client(server.url, { readToken: 'read-secret' });
    await withDeadline(c.health(), 2000, 'health');
    await withDeadline(c.fetchSnapshot(), 2000, 'the snapshot');
    const stream = c.streamUpdates();
    cleanup.push(() => stream.close());
    await withDeadline(stream.next(), 2000, 'the first event');
    await withDeadline(c.publishSnapshot(fixtureSnapshot(1), 'publish-secret'), 2000, 'the publish');
    assert.deepEqual(seen, [
      'GET /healthz Bearer read-secret',
      'GET /api/v1/snapshot Bearer read-secret',
      'GET /api/v1/events Bearer read-secret',
      'PUT /api/v1/snapshot Bearer publish-secret',
    ]);
  });

  it('is not sent when none is given', async () => {
    const body = referenceEnvelopeJson(1);
    const server = await rawServer((socket) => void socket.once('data', () => writeSafely(socket, httpResponse('200 OK', { 'content-type': 'application/json' }, body))));
    cleanup.push(() => server.close());
    await withDeadline(client(server.url).fetchSnapshot(), 2000, 'the snapshot');
    assert.equal(server.requests.length, 1);
    assert.doesNotMatch(server.requests[0] ?? '', /authorization/i);
  });

  it('a request refused with 401 exposes the status and the server’s code', async () => {
    const url = await answering(httpResponse('401 Unauthorized', { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="opensymphony-control"' }, errorBody('unauthorized')));
    const error = await rejection(client(url, { readToken: 'wrong' }).fetchSnapshot());
    assert.ok(error instanceof RequestError, String(error));
    assert.equal(error.status, 401);
    assert.equal(error.serverCode, 'unauthorized');
    assert.match(error.message, /HTTP 401 unauthorized: unauthorized on purpose/);
  });
});

describe('event size limit', () => {
  it('refuses a 50 MB line with event_too_large, having read no more than the limit and the sockets’ buffers', { timeout: 30_000 }, async () => {
    const lineBytes = 50 * MIB;
    let written: Promise<number> = Promise.resolve(0);
    const server = await rawServer((socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, 'data: ');
      written = flood(socket, lineBytes);
    });
    cleanup.push(() => server.close());
    const error = await streamFailure(server.url, { streamAttachTimeoutMs: 20_000, streamReadTimeoutMs: 20_000 }, 20_000);
    assert.ok(error instanceof EventTooLargeError, String(error));
    assert.equal(error.code, 'event_too_large');
    assert.equal(error.limitBytes, MAX_EVENT_BYTES);
    const sent = await withDeadline(written, 5000, 'the flood to stop');
    // The server got out what the client read plus what the sockets buffer (a few MiB on loopback):
    // the client stopped at the limit instead of holding the line (the unbounded reader grew by 100 MB).
    assert.ok(sent < MAX_EVENT_BYTES + 12 * MIB, `the server wrote ${sent} bytes before the client hung up`);
  });

  it('refuses a long line, a long many-line event, a long unfinished comment and a multibyte event over maxEventBytes', async () => {
    const frames = [
      `data: ${'x'.repeat(2000)}`,
      `event: snapshot\n${'data: yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n'.repeat(40)}`,
      `: ${'z'.repeat(2000)}`,
      // 400 characters, 1200 bytes: within the limit in characters, over it in bytes.
      `event: snapshot\ndata: ${'€'.repeat(400)}\n\n`,
    ];
    for (const frame of frames) {
      const server = await rawServer(async (socket) => {
        writeSafely(socket, SSE_HEADERS);
        writeSafely(socket, frame);
        await stall(1000);
      });
      cleanup.push(() => server.close());
      const error = await streamFailure(server.url, { maxEventBytes: 1024 });
      assert.ok(error instanceof EventTooLargeError, `${frame.slice(0, 20)}…: ${String(error)}`);
      assert.equal(error.limitBytes, 1024);
    }
  });

  it('delivers an event that fits the limit and refuses the same event one byte over', async () => {
    const dataBytes = Buffer.byteLength(referenceEnvelopeJson(4));
    const url = await answering(`${SSE_HEADERS}${referenceSnapshotEvent(4)}`);
    const fits = client(url, { maxEventBytes: dataBytes + 'data: '.length }).streamUpdates();
    cleanup.push(() => fits.close());
    assert.equal((await withDeadline(fits.next(), 2000, 'the event')).value?.sequence, 4);
    const error = await streamFailure(url, { maxEventBytes: dataBytes - 1 });
    assert.ok(error instanceof EventTooLargeError, String(error));
  });
});

describe('a fast server and a slow reader', () => {
  it('stop reading once a few envelopes wait, and resume in order when the reader catches up', { timeout: 30_000 }, async () => {
    const total = 40_000; // about 50 MB of snapshot events
    let sent = 0;
    let finished = false;
    let lastDrainAt = 0;
    const server = await rawServer(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      for (let sequence = 1; sequence <= total && !socket.destroyed; sequence += 1) {
        sent = sequence;
        if (socket.write(referenceSnapshotEvent(sequence))) continue;
        await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
        lastDrainAt = performance.now();
      }
      finished = true;
    });
    cleanup.push(() => server.close());
    const stream = client(server.url, { streamReadTimeoutMs: 200 }).streamUpdates();
    cleanup.push(() => stream.close());
    assert.equal((await withDeadline(stream.next(), 5000, 'the first event')).value?.sequence, 1);
    lastDrainAt = performance.now();
    // The reader now takes nothing, for longer than the read deadline (a slow reader is not a silent
    // server). The server either finishes (the client read it all) or stops getting its writes
    // out (no drain for 500 ms from now; a reading client drains it every few ms).
    const blocked = await withDeadline(
      new Promise<boolean>((resolve) => {
        const check = setInterval(() => {
          if (!finished && performance.now() - lastDrainAt < 500) return;
          clearInterval(check);
          resolve(!finished);
        }, 50);
      }),
      25_000,
      'the server to block or finish',
    );
    assert.ok(blocked, `the server was not held back: it got ${sent} of ${total} events out, then finished or was hung up on`);
    assert.ok(sent < total / 4, `the server got ${sent} events out before blocking`);
    for (let sequence = 2; sequence <= 100; sequence += 1) {
      assert.equal((await withDeadline(stream.next(), 2000, `event ${sequence}`)).value?.sequence, sequence);
    }
  });
});

describe('hostile JSON', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deepEnvelope = `{"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":${deep}}`;

  it('refuses a snapshot nested 100 000 levels deep with a decode error', async () => {
    const url = await answering(httpResponse('200 OK', { 'content-type': 'application/json' }, deepEnvelope));
    const error = await rejection(client(url).fetchSnapshot());
    assert.ok(error instanceof DecodeError, String(error));
    assert.match(error.message, /nested deeper than 128 levels/);
  });

  it('refuses an event nested 100 000 levels deep with a decode error', async () => {
    const url = await answering(`${SSE_HEADERS}event: snapshot\nid: 1\ndata: ${deepEnvelope}\n\n`);
    const error = await streamFailure(url);
    assert.ok(error instanceof DecodeError, String(error));
  });

  it('counts brackets inside strings as text, escaped quotes included', async () => {
    const envelope = fixtureEnvelope(2);
    envelope.snapshot.daemon.status_line = `\\"${'[{'.repeat(5000)}`;
    const url = await answering(httpResponse('200 OK', { 'content-type': 'application/json' }, JSON.stringify(envelope)));
    assert.deepEqual(await withDeadline(client(url).fetchSnapshot(), 2000, 'the snapshot'), envelope);
  });

  it('refuses a JSON body larger than maxEventBytes with a decode error', async () => {
    const url = await answering(httpResponse('200 OK', { 'content-type': 'application/json' }, referenceEnvelopeJson(1)));
    const error = await rejection(client(url, { maxEventBytes: 1024 }).fetchSnapshot());
    assert.ok(error instanceof DecodeError, String(error));
    assert.match(error.message, /larger than 1024 bytes/);
  });

  it('reads only the start of a 50 MB error body, and still reports the status', { timeout: 20_000 }, async () => {
    let written: Promise<number> = Promise.resolve(0);
    const server = await rawServer((socket) => {
      writeSafely(socket, `HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: ${50 * MIB}\r\n\r\n`);
      written = flood(socket, 50 * MIB, '[');
    });
    cleanup.push(() => server.close());
    const error = await rejection(client(server.url).fetchSnapshot(), 10_000);
    assert.ok(error instanceof RequestError, String(error));
    assert.equal(error.status, 500);
    assert.equal(error.serverCode, undefined);
    const sent = await withDeadline(written, 5000, 'the flood to stop');
    assert.ok(sent < 16 * MIB, `the server wrote ${sent} bytes`);
  });
});

describe('the stream on an error answer', () => {
  it('fails with the status and the server’s code on 401, 404 and 500', async () => {
    const answers = [
      { status: 401, response: httpResponse('401 Unauthorized', { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="opensymphony-control"' }, errorBody('unauthorized')), code: 'unauthorized' },
      { status: 404, response: httpResponse('404 Not Found', { 'content-type': 'application/json' }, errorBody('not_found')), code: 'not_found' },
      { status: 500, response: httpResponse('500 Internal Server Error', { 'content-type': 'text/plain' }, 'it broke'), code: undefined },
    ];
    for (const { status, response, code } of answers) {
      const error = await streamFailure(await answering(response));
      assert.ok(error instanceof StreamError, String(error));
      assert.equal(error.status, status);
      assert.equal(error.serverCode, code);
      assert.match(error.message, new RegExp(`HTTP ${status}`));
    }
  });

  it('reports the Retry-After of a 503 and a 429, in seconds or as a date', async () => {
    const seconds = await streamFailure(
      await answering(httpResponse('503 Service Unavailable', { 'content-type': 'application/json', 'retry-after': '7' }, errorBody('too_many_subscribers'))),
    );
    assert.ok(seconds instanceof StreamError, String(seconds));
    assert.equal(seconds.status, 503);
    assert.equal(seconds.serverCode, 'too_many_subscribers');
    assert.equal(seconds.details.retryAfterMs, 7000);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const dated = await streamFailure(await answering(httpResponse('429 Too Many Requests', { 'content-type': 'application/json', 'retry-after': date }, errorBody('too_many_requests'))));
    assert.ok(dated instanceof StreamError, String(dated));
    assert.equal(dated.status, 429);
    const retryAfterMs = dated.details.retryAfterMs ?? -1;
    assert.ok(retryAfterMs > 28_000 && retryAfterMs <= 30_000, `Retry-After ${date} read as ${retryAfterMs} ms`);
  });

  it('fails with the status on a wrong content type', async () => {
    const error = await streamFailure(await answering(httpResponse('200 OK', { 'content-type': 'application/json' }, '{}')));
    assert.ok(error instanceof StreamError, String(error));
    assert.equal(error.status, 200);
    assert.match(error.message, /content type is application\/json, not text\/event-stream/);
  });
});

describe('a server failing mid-stream', () => {
  const halfFrame = referenceSnapshotEvent(2).slice(0, 200);

  it('fails with a stream error, not a decode error, when the server closes after half a frame', async () => {
    const server = await rawServer((socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, referenceSnapshotEvent(1));
      writeSafely(socket, halfFrame);
      socket.end();
    });
    cleanup.push(() => server.close());
    const stream = client(server.url).streamUpdates();
    cleanup.push(() => stream.close());
    assert.equal((await withDeadline(stream.next(), 2000, 'the first event')).value?.sequence, 1);
    const error = await rejection(stream.next());
    assert.ok(error instanceof StreamError, String(error));
    assert.equal(error.timeout, false);
    assert.match(error.message, /closed the stream/);
  });

  it('fails with a stream error when the server dies mid-event', async () => {
    const server = await rawServer(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, referenceSnapshotEvent(1));
      writeSafely(socket, halfFrame);
      await stall(20);
      socket.resetAndDestroy();
    });
    cleanup.push(() => server.close());
    const stream = client(server.url).streamUpdates();
    cleanup.push(() => stream.close());
    assert.equal((await withDeadline(stream.next(), 2000, 'the first event')).value?.sequence, 1);
    const error = await rejection(stream.next());
    assert.ok(error instanceof StreamError, String(error));
    assert.equal(error.timeout, false);
  });

  it('fails at the read deadline when a half-open socket goes silent mid-frame', async () => {
    const server = await rawServer(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, referenceSnapshotEvent(1));
      writeSafely(socket, halfFrame);
      await stall(1000);
    });
    cleanup.push(() => server.close());
    const stream = client(server.url, { streamReadTimeoutMs: 75 }).streamUpdates();
    cleanup.push(() => stream.close());
    assert.equal((await withDeadline(stream.next(), 2000, 'the first event')).value?.sequence, 1);
    const error = await rejection(stream.next());
    assert.ok(error instanceof StreamError, String(error));
    assert.equal(error.timeout, true);
  });

  it('fails at the attach deadline when a half-open socket sends headers and then nothing', async () => {
    const server = await rawServer(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      await stall(1000);
    });
    cleanup.push(() => server.close());
    const error = await streamFailure(server.url, { streamAttachTimeoutMs: 75 });
    assert.ok(error instanceof StreamAttachTimeoutError, String(error));
  });
});

describe('deadlines and close() after a garbage collection', () => {
  // Node's Request follows an abort signal through a weak reference: after a collection the
  // abort may never reach the fetch (nodejs/node#55428). These force collections on purpose.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;

  /** A raw server whose connections are each reported closed through `closed`. */
  async function watchedServer(onConnection: (socket: Socket) => void) {
    const closed: Array<Promise<void>> = [];
    const server = await rawServer((socket) => {
      closed.push(new Promise((resolve) => socket.once('close', () => resolve())));
      onConnection(socket);
    });
    cleanup.push(() => server.close());
    return { url: server.url, closed };
  }

  it('fetchSnapshot() fails at its deadline, and lets the connection go, when the body trickles and collections run', async () => {
    const { url, closed } = await watchedServer((socket) => {
      socket.once('data', () => {
        writeSafely(socket, 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{');
        const drip = setInterval(() => (socket.writable ? writeSafely(socket, ' ') : clearInterval(drip)), 20);
        socket.once('close', () => clearInterval(drip));
      });
    });
    const collecting = setInterval(collect, 50);
    cleanup.push(() => clearInterval(collecting));
    const error = await rejection(client(url, { snapshotTimeoutMs: 300 }).fetchSnapshot(), 3000);
    assert.ok(error instanceof RequestError && error.timeout, String(error));
    await withDeadline(closed[0]!, 2000, 'the connection let go');
  });

  it('fetchSnapshot() fails at its deadline when the server never answers and collections run', async () => {
    const { url } = await watchedServer(() => undefined);
    const collecting = setInterval(collect, 50);
    cleanup.push(() => clearInterval(collecting));
    const error = await rejection(client(url, { snapshotTimeoutMs: 300 }).fetchSnapshot(), 3000);
    assert.ok(error instanceof RequestError && error.timeout, String(error));
  });

  it('close() ends the connection at once, not at the server\'s next bytes', async () => {
    const { url, closed } = await watchedServer((socket) => {
      socket.once('data', () => writeSafely(socket, SSE_HEADERS + referenceSnapshotEvent(1)));
    });
    const stream = client(url, { streamReadTimeoutMs: 60_000 }).streamUpdates();
    cleanup.push(() => stream.close());
    await withDeadline(stream.next(), 2000, 'the first snapshot');
    collect();
    stream.close();
    collect();
    await withDeadline(closed[0]!, 1000, 'the stream\'s connection closed');
  });
});

describe('follow() retry policy', () => {
  const stream = (status: number, retryAfterMs?: number) =>
    new StreamError(`HTTP ${status}`, 'http://x/api/v1/events', retryAfterMs === undefined ? { status } : { status, retryAfterMs });

  it('gives up on a bad base URL and on 4xx answers but 408 and 429, and retries the rest', () => {
    const permanent: ControlPlaneClientError[] = [
      new InvalidBaseUrlError('nope', 'api/v1/snapshot'),
      new RequestError('HTTP 401', 'http://x/', { status: 401 }),
      stream(403),
      stream(404),
    ];
    const transient: ControlPlaneClientError[] = [
      new RequestError('ECONNREFUSED', 'http://x/'),
      new RequestError('timeout', 'http://x/', { timeout: true }),
      new RequestError('HTTP 500', 'http://x/', { status: 500 }),
      stream(408),
      stream(429),
      stream(502),
      stream(503),
      new StreamAttachTimeoutError(5000),
      new DecodeError('not JSON'),
      new EventTooLargeError(1024, 'http://x/'),
    ];
    assert.deepEqual(permanent.map(isPermanent), permanent.map(() => true));
    assert.deepEqual(transient.map(isPermanent), transient.map(() => false));
  });

  it('waits the jittered backoff, or the server’s Retry-After when longer, capped', () => {
    const policy = { baseMs: 100, maxMs: 1000, random: () => 0.5 };
    assert.equal(reconnectDelayMs(stream(503), 1, policy), 75);
    assert.equal(reconnectDelayMs(stream(503), 5, policy), 750);
    assert.equal(reconnectDelayMs(stream(503, 10), 1, policy), 75, 'a shorter Retry-After does not shorten the backoff');
    assert.equal(reconnectDelayMs(stream(503, 4000), 1, policy), 4000, 'never sooner than the server asked');
    assert.equal(reconnectDelayMs(stream(429, 86_400_000), 1, policy), FOLLOW_RETRY_AFTER_MAX_MS);
    assert.equal(reconnectDelayMs(stream(503), 1, { ...policy, random: () => 0 }), 50);
    assert.equal(reconnectDelayMs(stream(503), 1, { ...policy, random: () => 0.999 }), 100);
  });

  it('reads Retry-After as delay-seconds or an HTTP-date, and nothing else', () => {
    const now = Date.UTC(2026, 2, 21, 20, 0, 0);
    assert.equal(parseRetryAfter('7', now), 7000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Sat, 21 Mar 2026 20:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Sat, 21 Mar 2026 19:00:00 GMT', now), 0, 'a date in the past asks for no delay');
    for (const junk of [null, undefined, '', '-1', '1.5', 'soon', 'Sat, 99 Foo']) assert.equal(parseRetryAfter(junk, now), undefined, String(junk));
  });

  /** The next update of `updates`, within a deadline. */
  async function next(updates: AsyncGenerator<FollowUpdate>, what: string): Promise<FollowUpdate> {
    const result = await withDeadline(updates.next(), 5000, what);
    assert.ok(!result.done, `follow ended before ${what}`);
    return result.value;
  }

  it('ends as soon as its signal aborts, even while the first snapshot is still being fetched', async () => {
    const server = await httpServer(() => undefined); // never answers
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url, { snapshotTimeoutMs: 10_000 }).follow({ signal: abort.signal });
    assert.deepEqual(await next(updates, 'connecting'), { type: 'state', state: 'connecting' });
    const ended = updates.next();
    setTimeout(() => abort.abort(), 50);
    assert.deepEqual(await withDeadline(ended, 1000, 'the end after the abort'), { done: true, value: undefined });
  });

  it('stops with the error on a 401 for the snapshot, without retrying', async () => {
    const server = await httpServer((_req, res) => sendJson(res, 401, errorBody('unauthorized'), { 'www-authenticate': 'Bearer realm="opensymphony-control"' }));
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url).follow({ signal: abort.signal, reconnectBaseMs: 1 });
    assert.deepEqual(await next(updates, 'connecting'), { type: 'state', state: 'connecting' });
    const error = await rejection(updates.next());
    assert.ok(error instanceof RequestError, String(error));
    assert.equal(error.status, 401);
    assert.equal(error.serverCode, 'unauthorized');
    assert.deepEqual(await withDeadline(updates.next(), 1000, 'the end'), { done: true, value: undefined });
    assert.deepEqual([...server.counts], [['/api/v1/snapshot', 1]]);
  });

  it('stops with the error on a 404 for the stream, without retrying', async () => {
    const server = await httpServer((req, res) => {
      if (req.url === '/api/v1/snapshot') sendJson(res, 200, referenceEnvelopeJson(1));
      else sendJson(res, 404, errorBody('not_found'));
    });
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url).follow({ signal: abort.signal, reconnectBaseMs: 1 });
    assert.equal((await next(updates, 'connecting')).type, 'state');
    assert.equal((await next(updates, 'the bootstrap')).type, 'snapshot');
    const error = await rejection(updates.next());
    assert.ok(error instanceof StreamError, String(error));
    assert.equal(error.status, 404);
    assert.equal(error.serverCode, 'not_found');
    assert.equal(server.counts.get('/api/v1/events'), 1);
  });

  it('retries a 503 on the stream no sooner than its Retry-After, then goes live', { timeout: 10_000 }, async () => {
    const server = await httpServer((req, res, count) => {
      if (req.url === '/api/v1/snapshot') return sendJson(res, 200, referenceEnvelopeJson(1));
      if (count === 1) return sendJson(res, 503, errorBody('too_many_subscribers'), { 'retry-after': '1' });
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(referenceSnapshotEvent(2));
    });
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url).follow({ signal: abort.signal, reconnectBaseMs: 10, random: () => 0.5 });
    assert.equal((await next(updates, 'connecting')).type, 'state');
    assert.equal((await next(updates, 'the bootstrap')).type, 'snapshot');
    const reconnecting = await next(updates, 'reconnecting');
    assert.ok(reconnecting.type === 'state' && reconnecting.state === 'reconnecting', JSON.stringify(reconnecting));
    assert.ok(reconnecting.error instanceof StreamError);
    assert.equal(reconnecting.error.status, 503);
    assert.equal(reconnecting.error.serverCode, 'too_many_subscribers');
    assert.equal(reconnecting.retryInMs, 1000, 'the server’s second, not the 10 ms backoff');
    const waitedFrom = performance.now();
    assert.deepEqual(await next(updates, 'connecting again'), { type: 'state', state: 'connecting' });
    const waitedMs = performance.now() - waitedFrom;
    assert.ok(waitedMs >= 990, `reconnected after ${waitedMs.toFixed(0)} ms`);
    assert.deepEqual(await next(updates, 'live'), { type: 'state', state: 'live' });
    const update = await next(updates, 'the streamed snapshot');
    assert.ok(update.type === 'snapshot' && update.envelope.sequence === 2);
    abort.abort();
  });

  it('keeps retrying with growing backoff on 500 and 429', { timeout: 10_000 }, async () => {
    const answers = [500, 429, 500, 502];
    const server = await httpServer((_req, res, count) => {
      const status = answers[count - 1] ?? 503;
      sendJson(res, status, errorBody(status === 429 ? 'too_many_requests' : 'internal_error'), status === 429 ? { 'retry-after': '0' } : {});
    });
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url).follow({ signal: abort.signal, reconnectBaseMs: 5, reconnectMaxMs: 20, random: () => 0.999 });
    const seen: Array<[number | undefined, number]> = [];
    while (seen.length < answers.length) {
      const update = await next(updates, 'the next update');
      if (update.type === 'state' && update.state === 'reconnecting') {
        assert.ok(update.error instanceof RequestError);
        seen.push([update.error.status, update.retryInMs]);
      }
    }
    assert.deepEqual(seen, [
      [500, 5],
      [429, 10],
      [500, 20],
      [502, 20],
    ]);
    abort.abort();
  });
});

describe('the client module', () => {
  it('loads no express and no server module', { timeout: 60_000 }, async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    // json-depth.ts is both sides' nesting check, and imports nothing.
    const isClientSource = (url: string) => /\/src\/(client\.ts|client-errors\.ts|json-depth\.ts|client\/)/.test(url);
    const server = await loadedModules(`${root}src/app.ts`);
    assert.ok(
      server.some((url) => url.includes('/node_modules/express/')),
      'the probe sees express when the server is imported',
    );
    const loaded = await loadedModules(`${root}src/client.ts`);
    assert.ok(loaded.some((url) => url.endsWith('/src/client/stream.ts')), 'the probe sees the client’s own modules');
    assert.deepEqual(
      loaded.filter((url) => url.includes('/node_modules/express/') || (url.includes(`${root}src/`) && !isClientSource(url))),
      [],
    );
  });
});
