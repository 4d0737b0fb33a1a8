import assert from 'node:assert/strict';
import { connect as connectTcp, type Socket } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import express from 'express';
import { SnapshotEnvelopeValidator } from '../generated/validators/index.js';
import { createApp, type AppOptions, type ControlPlaneApp } from '../src/app.js';
import { parseLastEventId, type StreamEvent } from '../src/sse.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime, referenceSnapshotJson } from './fixtures/reference.js';
import { listen, type TestServer } from './support/server.js';
import { SseReader } from './support/sse-reader.js';
import { withDeadline } from './support/deadline.js';

const open: Array<{ close(): void | Promise<void> }> = [];

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function start(
  options: Partial<AppOptions> = {},
): Promise<{ store: SnapshotStore; app: ControlPlaneApp; server: TestServer; streamSubscribers: () => number }> {
  const store = (options.store as SnapshotStore | undefined) ?? new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'e' });
  const app = createApp({ store, ...options });
  // The app's own subscribers (its metrics history) stay; streams must leave none behind.
  const idle = store.subscriberCount;
  const server = await listen(app);
  open.push(server);
  return { store, app, server, streamSubscribers: () => store.subscriberCount - idle };
}

async function connect(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const reader = await SseReader.open(url, headers);
  open.push(reader);
  return reader;
}

/** A TCP connection that sends `request` as it is and keeps every byte of the answer. */
class RawExchange {
  readonly socket: Socket;
  received = Buffer.alloc(0);
  ended = false;

  constructor(url: string, request: string) {
    const { port, hostname } = new URL(url);
    this.socket = connectTcp({ port: Number(port), host: hostname });
    this.socket.on('data', (chunk: Buffer) => (this.received = Buffer.concat([this.received, chunk])));
    this.socket.on('error', () => undefined);
    this.socket.once('end', () => (this.ended = true));
    this.socket.write(request);
    open.push({ close: () => void this.socket.destroy() });
  }

  text(): string {
    return this.received.toString('utf8');
  }

  async until(done: () => boolean, ms: number, what: string): Promise<void> {
    await withDeadline(
      (async () => {
        while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
      })(),
      ms,
      what,
    );
  }
}

/** The body of a chunked HTTP/1.1 answer, decoded strictly: every size line, every chunk's CRLF. */
function dechunk(raw: string): { body: string; rest: string } {
  let body = '';
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd === -1) return { body, rest: raw.slice(at) };
    const size = raw.slice(at, lineEnd);
    assert.match(size, /^[0-9a-f]+$/, `a chunk size line: ${JSON.stringify(size)}`);
    const length = Number.parseInt(size, 16);
    const start = lineEnd + 2;
    if (raw.length < start + length + 2) return { body, rest: raw.slice(at) };
    // Sizes count bytes; every frame here is ASCII, so characters are bytes.
    body += raw.slice(start, start + length);
    assert.equal(raw.slice(start + length, start + length + 2), '\r\n', 'the CRLF that ends a chunk');
    at = start + length + 2;
    if (length === 0) return { body, rest: raw.slice(at) };
  }
}

const frameOf = (sequence: number, step: number) =>
  `event: snapshot\nid: ${sequence}\ndata: {"sequence":${sequence},"published_at":"${fixtureTime(0)}","snapshot":${referenceSnapshotJson(step)},"epoch":"e"}\n\n`;

/** A snapshot of about `issues` KiB, so socket buffers fill with few publishes. */
function bulkySnapshot(step: number, issues = 8) {
  const snapshot = fixtureSnapshot(step);
  const template = snapshot.issues[0]!;
  snapshot.issues = Array.from({ length: issues }, (_, index) => ({ ...template, identifier: `COE-${index}`, title: 'x'.repeat(900) }));
  return snapshot;
}

describe('GET /api/v1/events', () => {
  it('sends the headers and the current envelope at once, in the reference’s exact bytes', async () => {
    const { server } = await start();
    const reader = await connect(`${server.url}/api/v1/events`);
    assert.equal(reader.response.statusCode, 200);
    assert.equal(reader.response.headers['content-type'], 'text/event-stream');
    assert.equal(reader.response.headers['cache-control'], 'no-cache');
    assert.equal(reader.response.headers['x-accel-buffering'], 'no');
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    const envelope = `{"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":${referenceSnapshotJson(0)},"epoch":"e"}`;
    assert.equal(reader.bytes, `event: snapshot\nid: 1\ndata: ${envelope}\n\n`);
  });

  it('then sends every newer envelope in order, each validating, with id = sequence', async () => {
    const { server, store } = await start();
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    for (let step = 1; step <= 5; step += 1) store.publish(fixtureSnapshot(step));
    await reader.until(() => reader.events.length === 6, 2000, 'five more events');
    assert.deepEqual(reader.ids(), [1, 2, 3, 4, 5, 6]);
    for (const event of reader.events) {
      assert.equal(event.event, 'snapshot');
      const envelope = JSON.parse(event.data) as unknown;
      assert.ok(SnapshotEnvelopeValidator.is(envelope));
      assert.equal(String(envelope.sequence), event.id);
    }
  });

  it('writes a new envelope to every stream before any other store subscriber is told of it', async () => {
    const { server, store } = await start();
    // Subscribed before the stream opens, so before the stream's own subscription.
    let writtenWhenTold = -1;
    let before = 0;
    store.subscribe(({ envelope }) => {
      // The event is on the socket (written, or queued there) already, and the envelope is frozen.
      writtenWhenTold = [...server.sockets][0]!.bytesWritten - before;
      assert.ok(Object.isFrozen(envelope) && Object.isFrozen(envelope.snapshot) && Object.isFrozen(envelope.snapshot.daemon));
    });
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    assert.equal(server.sockets.size, 1, 'one connection: the stream');
    before = [...server.sockets][0]!.bytesWritten;
    store.publish(fixtureSnapshot(1));
    assert.ok(writtenWhenTold > store.currentPublished().json.length, `the event was on the socket when the subscriber ran (${writtenWhenTold} bytes)`);
    await reader.until(() => reader.events.length === 2, 2000, 'the second event');
    assert.equal(reader.events[1]!.data, store.currentPublished().json);
  });

  it('writes a keepalive comment after each quiet interval', async () => {
    const { server } = await start({ keepaliveMs: 40 });
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.comments.length >= 2, 2000, 'two keepalives');
    assert.deepEqual(reader.comments.slice(0, 2), ['keepalive', 'keepalive']);
    assert.ok(reader.bytes.endsWith('\n\n: keepalive\n\n'));
  });

  it('starts a resuming client at the current envelope whatever its Last-Event-ID, malformed or not', async () => {
    const { server, store } = await start();
    store.publish(fixtureSnapshot(1));
    for (const lastEventId of ['1', '2', '99', 'garbage', '-1', '1e3', '', '99999999999999999999']) {
      const reader = await connect(`${server.url}/api/v1/events`, { 'last-event-id': lastEventId });
      assert.equal(reader.response.statusCode, 200);
      await reader.until(() => reader.events.length === 1, 2000, `the first event after Last-Event-ID ${lastEventId}`);
      assert.equal(reader.events[0]?.id, '2');
    }
    assert.equal(parseLastEventId('41'), 41);
    assert.equal(parseLastEventId('garbage'), undefined);
    assert.equal(parseLastEventId('0'), undefined);
  });

  it('serves the stream under a base path', async () => {
    const { server } = await start({ basePath: '/opensymphony' });
    const reader = await connect(`${server.url}/opensymphony/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
  });

  it('leaves no subscriber, timer or socket behind after 100 connect/disconnect cycles', async () => {
    const events: StreamEvent[] = [];
    const { server, streamSubscribers } = await start({ keepaliveMs: 1000, onStreamEvent: (event) => events.push(event) });
    const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    for (let cycle = 0; cycle < 100; cycle += 1) {
      const reader = await SseReader.open(`${server.url}/api/v1/events`);
      await reader.until(() => reader.events.length === 1, 2000, `the first event of cycle ${cycle}`);
      reader.close();
    }
    await withDeadline(
      (async () => {
        while (streamSubscribers() > 0 || server.sockets.size > 0) await new Promise((resolve) => setImmediate(resolve));
      })(),
      5000,
      'every stream to be cleaned up',
    );
    const timersAfter = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    assert.equal(streamSubscribers(), 0);
    assert.ok(timersAfter <= timersBefore, `timers grew from ${timersBefore} to ${timersAfter}`);
    assert.equal(events.filter((event) => event.type === 'attach').length, 100);
    assert.equal(events.filter((event) => event.type === 'detach' && event.reason === 'client_closed').length, 100);
  });

  it('keeps a paused reader’s buffer bounded through 10 000 publishes, then jumps it to the latest without regressing', { timeout: 60_000 }, async () => {
    const { server, store } = await start();
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    reader.pause();
    let maxBuffered = 0;
    let frameBytes = 0;
    for (let step = 1; step <= 10_000; step += 1) {
      store.publish(bulkySnapshot(step));
      frameBytes = Math.max(frameBytes, store.currentPublished().json.length);
      for (const socket of server.sockets) maxBuffered = Math.max(maxBuffered, socket.writableLength);
    }
    // Node's buffer may hold its high-water mark plus the one frame that crossed it; never a backlog.
    const bound = 64 * 1024 + 2 * frameBytes;
    assert.ok(maxBuffered <= bound, `buffered ${maxBuffered} bytes, bound ${bound}`);
    reader.resume();
    await reader.until(() => reader.ids().at(-1) === 10_001, 20_000, 'the latest sequence');
    const ids = reader.ids();
    for (let index = 1; index < ids.length; index += 1) assert.ok(ids[index]! > ids[index - 1]!, `id went from ${ids[index - 1]} to ${ids[index]}`);
    assert.ok(ids.length < 10_001, `a paused reader replayed the whole backlog (${ids.length} events)`);
    store.publish(fixtureSnapshot(10_001));
    await reader.until(() => reader.ids().at(-1) === 10_002, 2000, 'the next live event after catching up');
  });

  it('writes every event whole to a reader whose socket fills while another reads on, each event the JSON of its id', { timeout: 30_000 }, async () => {
    const { server, store } = await start();
    const [paused, reading] = [await connect(`${server.url}/api/v1/events`), await connect(`${server.url}/api/v1/events`)];
    await paused.until(() => paused.events.length === 1, 2000, 'the first event');
    paused.pause();
    const sent = new Map<number, string>([[1, store.currentPublished().json]]);
    const publish = (step: number) => {
      // Sizes differ from one envelope to the next, so bytes written over others never pass for them.
      store.publish(bulkySnapshot(step, 4 + (step % 7)));
      sent.set(store.current().sequence, store.currentPublished().json);
    };
    let step = 0;
    await withDeadline(
      (async () => {
        while (![...server.sockets].some((socket) => socket.writableLength > 0)) {
          publish((step += 1));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })(),
      20_000,
      'the paused reader’s socket to queue an event',
    );
    // Envelopes after the one left queued: each is staged where the queued one would be, were it reused.
    for (const last = step + 20; step < last; ) {
      publish((step += 1));
      await new Promise((resolve) => setImmediate(resolve));
    }
    paused.resume();
    const latest = store.current().sequence;
    for (const reader of [paused, reading]) {
      await reader.until(() => reader.ids().at(-1) === latest, 10_000, 'the latest envelope');
      for (const event of reader.events) assert.equal(event.data, sent.get(Number(event.id)), `event ${event.id}`);
    }
    assert.equal(reading.events.length, latest, 'the reading stream got every envelope');
  });

  it('closes a stream that stays undrained past the write timeout', { timeout: 20_000 }, async () => {
    const events: StreamEvent[] = [];
    const { server, store, streamSubscribers } = await start({ writeTimeoutMs: 100, onStreamEvent: (event) => events.push(event) });
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    reader.pause();
    await withDeadline(
      (async () => {
        for (let step = 1; !events.some((event) => event.type === 'detach'); step += 1) {
          store.publish(bulkySnapshot(step, 64));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })(),
      15_000,
      'the write timeout to close the stream',
    );
    assert.deepEqual(
      events.filter((event) => event.type === 'detach').map((event) => event.type === 'detach' && event.reason),
      ['write_timeout'],
    );
    assert.equal(streamSubscribers(), 0);
  });

  it('does not count a stall of the whole process against a full stream, and still closes a stalled one', { timeout: 20_000 }, async () => {
    const events: StreamEvent[] = [];
    const { server, store } = await start({ writeTimeoutMs: 300, keepaliveMs: 600, onStreamEvent: (event) => events.push(event) });
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    // The reader lives in this process: while this code runs, nothing reads its socket.
    let step = 0;
    while (![...server.sockets].some((socket) => socket.writableLength > 64 * 1024) && step < 1000) store.publish(bulkySnapshot((step += 1), 64));
    assert.ok(step < 1000, 'the stream never filled its socket');
    const busyUntil = Date.now() + 1000;
    while (Date.now() < busyUntil);
    await reader.until(() => reader.ids().at(-1) === step + 1, 5000, 'the reader to reach the latest envelope after the stall');
    assert.deepEqual(events.filter((event) => event.type === 'detach'), []);
    reader.pause();
    await withDeadline(
      (async () => {
        for (let next = step + 1; !events.some((event) => event.type === 'detach'); next += 1) {
          store.publish(bulkySnapshot(next, 64));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })(),
      10_000,
      'the write timeout to close the paused stream',
    );
    assert.deepEqual(
      events.flatMap((event) => (event.type === 'detach' ? [event.reason] : [])),
      ['write_timeout'],
    );
  });

  it('ends every open stream on closeStreams(), for a clean shutdown', async () => {
    const { server, app, streamSubscribers } = await start();
    const readers = await Promise.all([1, 2, 3].map(() => connect(`${server.url}/api/v1/events`)));
    for (const reader of readers) await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    app.closeStreams();
    for (const reader of readers) await reader.waitForEnd(2000);
    assert.equal(streamSubscribers(), 0);
  });

  it('frames a stream to an HTTP/1.0 client by the connection, not by chunks, and ends it by closing', async () => {
    const { server, store, app } = await start();
    const exchange = new RawExchange(server.url, `GET /api/v1/events HTTP/1.0\r\nHost: ${new URL(server.url).host}\r\n\r\n`);
    await exchange.until(() => exchange.text().includes('\n\n'), 2000, 'the first event');
    store.publish(fixtureSnapshot(1));
    await exchange.until(() => exchange.text().split('event: ').length === 3, 2000, 'the second event');
    app.closeStreams();
    await exchange.until(() => exchange.ended, 2000, 'the end of the stream');
    const [head = '', body] = exchange.text().split('\r\n\r\n');
    assert.match(head, /^HTTP\/1\.1 200 OK\r\n/);
    assert.doesNotMatch(head, /transfer-encoding/i);
    assert.equal(body, frameOf(1, 0) + frameOf(2, 1));
  });

  it('sends a stream pipelined behind another request after that answer, in valid chunks', async () => {
    const { server, store, app } = await start();
    const host = new URL(server.url).host;
    const exchange = new RawExchange(server.url, `GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\nGET /api/v1/events HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    await exchange.until(() => exchange.text().includes('\n\n'), 2000, 'the first event');
    store.publish(fixtureSnapshot(1));
    await exchange.until(() => exchange.text().split('event: ').length === 3, 2000, 'the second event');
    app.closeStreams();
    await exchange.until(() => exchange.text().endsWith('0\r\n\r\n'), 2000, 'the last chunk');
    const text = exchange.text();
    const firstHeadEnd = text.indexOf('\r\n\r\n');
    const firstLength = Number(/content-length: (\d+)/i.exec(text.slice(0, firstHeadEnd))?.[1]);
    const health = text.slice(firstHeadEnd + 4, firstHeadEnd + 4 + firstLength);
    assert.equal((JSON.parse(health) as { status: string }).status, 'ok');
    const second = text.slice(firstHeadEnd + 4 + firstLength);
    const secondHeadEnd = second.indexOf('\r\n\r\n');
    assert.match(second.slice(0, secondHeadEnd), /^HTTP\/1\.1 200 OK\r\n[^]*transfer-encoding: chunked/i);
    const { body, rest } = dechunk(second.slice(secondHeadEnd + 4));
    assert.equal(body, frameOf(1, 0) + frameOf(2, 1));
    assert.equal(rest, '');
  });

  it('writes through a host app’s wrapper of res.write (compression middleware, say) when there is one', async () => {
    const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'e' });
    const app = createApp({ store, keepaliveMs: 40 });
    let wrapped = 0;
    const host = express();
    host.use((_req, res, next) => {
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      res.write = ((...args: unknown[]) => {
        wrapped += 1;
        return write(...args);
      }) as typeof res.write;
      next();
    });
    host.use(app);
    const server = await listen(host);
    open.push(server);
    const reader = await connect(`${server.url}/api/v1/events`);
    await reader.until(() => reader.events.length === 1, 2000, 'the first event');
    store.publish(fixtureSnapshot(1));
    await reader.until(() => reader.events.length === 2 && reader.comments.length >= 1, 2000, 'the second event and a keepalive');
    assert.deepEqual(reader.ids(), [1, 2]);
    assert.equal(reader.bytes.slice(0, frameOf(1, 0).length + frameOf(2, 1).length), frameOf(1, 0) + frameOf(2, 1));
    assert.ok(wrapped >= 3, `the wrapper saw ${wrapped} writes, not the two events and a keepalive`);
  });

  it('answers HEAD with the headers a GET’s stream starts with, and no body', async () => {
    const { server } = await start();
    const res = await withDeadline(fetch(`${server.url}/api/v1/events`, { method: 'HEAD' }), 2000, 'HEAD');
    assert.equal(res.status, 200);
    const get = new AbortController();
    const stream = await withDeadline(fetch(`${server.url}/api/v1/events`, { signal: get.signal }), 2000, 'GET');
    get.abort();
    for (const name of ['content-type', 'cache-control', 'x-accel-buffering', 'x-content-type-options']) {
      assert.equal(res.headers.get(name), stream.headers.get(name), name);
    }
    assert.equal(res.headers.get('cache-control'), 'no-cache');
  });
});
