/**
 * The server under faults, over real sockets: consumers that stop reading, clients that vanish
 * or storm, the subscriber caps, dribbled headers and bodies, hostile Last-Event-ID, Host and
 * Origin, deep nesting and compression bombs. Each test says what must stay true — bounded
 * memory, no listener or timer left, honest JSON answers — and checks it with a deadline.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import { createGzip, createBrotliCompress, createDeflate, type Gzip } from 'node:zlib';
import { ErrorResponseValidator } from '../generated/validators/index.js';
import { createApp, type AppOptions, type ControlPlaneApp } from '../src/app.js';
import { ERROR_REGISTRY } from '../src/errors.js';
import { configureServer } from '../src/http-server.js';
import { MAX_JSON_DEPTH } from '../src/limits.js';
import type { StreamEvent } from '../src/sse.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { probe, rawProbe, type ProbeAnswer } from './support/http-probe.js';
import { stall } from './support/raw-server.js';
import { RawSubscriber } from './support/raw-subscriber.js';

const TOKEN = 'faults-token';
/** How often node looks for requests past their headers or request deadline (its default is 30 s). */
const CONNECTIONS_CHECK_INTERVAL_MS = 100;

interface Running {
  store: SnapshotStore;
  app: ControlPlaneApp;
  server: Server;
  url: string;
  host: string;
  sockets: Set<Socket>;
  streamEvents: StreamEvent[];
  /** The store's subscribers when no stream is open: the app's own (its metrics history). */
  idleStoreSubscribers: number;
  /** Resolves once `condition` holds, re-checked on every stream event and server-side socket close. */
  until(condition: () => boolean, ms: number, what: string): Promise<void>;
  close(): Promise<void>;
}

const open: Array<{ close(): void | Promise<void> }> = [];

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function start(options: Partial<AppOptions> = {}, headersTimeoutMs?: number): Promise<Running> {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'faults' });
  const streamEvents: StreamEvent[] = [];
  let waiters: Array<() => void> = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const waiter of woken) waiter();
  };
  const app = createApp({
    store,
    publishToken: TOKEN,
    onStreamEvent: (event) => {
      streamEvents.push(event);
      // After the app's own close handlers, which release the caps.
      setImmediate(wake);
    },
    ...options,
  });
  const idleStoreSubscribers = store.subscriberCount;
  // configureServer leaves node's check interval at its default, so a short headers timeout is set here.
  const server = createServer({ connectionsCheckingInterval: CONNECTIONS_CHECK_INTERVAL_MS }, app);
  configureServer(server, { requestTimeoutMs: options.requestTimeoutMs, headersTimeoutMs });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      setImmediate(wake);
    });
  });
  await withDeadline(new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)), 2000, 'listen');
  const { port } = server.address() as AddressInfo;
  const running: Running = {
    store,
    app,
    server,
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    sockets,
    streamEvents,
    idleStoreSubscribers,
    async until(condition, ms, what) {
      await withDeadline(
        (async () => {
          while (!condition()) await new Promise<void>((resolve) => waiters.push(resolve));
        })(),
        ms,
        what,
      );
    },
    async close() {
      app.closeStreams();
      server.closeAllConnections();
      await withDeadline(new Promise<void>((resolve) => server.close(() => resolve())), 2000, 'server close');
    },
  };
  open.push(running);
  return running;
}

function subscribe(running: Running, options: Parameters<typeof RawSubscriber.open>[1] = {}): RawSubscriber {
  const subscriber = RawSubscriber.open(running.url, options);
  open.push({ close: () => subscriber.destroy() });
  return subscriber;
}

/** A snapshot of about `issues` KiB, so socket buffers fill after a few publishes. */
function bulkySnapshot(step: number, issues = 8) {
  const snapshot = fixtureSnapshot(step);
  const template = snapshot.issues[0]!;
  snapshot.issues = Array.from({ length: issues }, (_, index) => ({ ...template, identifier: `COE-${index}`, title: 'x'.repeat(900) }));
  return snapshot;
}

function activeTimeouts(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

function assertError(answer: ProbeAnswer, status: number, code: string, what: string): void {
  const text = answer.body.toString('utf8');
  assert.equal(answer.status, status, `${what}: ${answer.status} ${text.slice(0, 200)}`);
  assert.match(String(answer.headers['content-type']), /^application\/json/, `${what}: not JSON`);
  assert.equal(answer.headers['x-content-type-options'], 'nosniff', what);
  const body: unknown = JSON.parse(text);
  assert.ok(ErrorResponseValidator.is(body), `${what}: not an Error envelope: ${text}`);
  assert.equal(body.error.code, code, what);
  assert.equal(ERROR_REGISTRY[body.error.code].status, status, what);
}

const publishHeaders = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/** Compresses `totalBytes` of zeros a megabyte at a time, so making the bomb costs no memory. */
async function bomb(encoder: Gzip | ReturnType<typeof createBrotliCompress>, totalBytes: number): Promise<Buffer> {
  const zeros = Buffer.alloc(1024 * 1024);
  const chunks: Buffer[] = [];
  encoder.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    encoder.once('end', resolve);
    encoder.once('error', reject);
  });
  for (let written = 0; written < totalBytes; written += zeros.length) {
    if (!encoder.write(zeros)) await new Promise<void>((resolve) => encoder.once('drain', resolve));
  }
  encoder.end();
  await withDeadline(done, 20_000, 'compressing the bomb');
  return Buffer.concat(chunks);
}

describe('stalled readers', () => {
  it('bounds what the server buffers for a reader that never reads, and closes its stream after the write timeout', { timeout: 30_000 }, async () => {
    // The healthy reader runs in this process, beside the server: on a CI machine running two
    // suites at once it can go unread for over a second, and must not be taken for stalled.
    const running = await start({ writeTimeoutMs: 3000, keepaliveMs: 60_000 });
    const stalled = subscribe(running, { stallAfterHeaders: true });
    await stalled.until(() => stalled.status === 200, 2000, 'the stalled stream to open');
    const healthy = subscribe(running);
    await healthy.until(() => healthy.events === 1, 2000, 'the healthy reader’s first event');
    let step = 0;
    let mostBuffered = 0;
    const publish = () => {
      step += 1;
      running.store.publish(bulkySnapshot(step, 32));
      for (const socket of running.sockets) mostBuffered = Math.max(mostBuffered, socket.writableLength);
    };
    // 1000 publishes of ~30 KiB (~30 MiB in all), with I/O between batches as a live daemon has.
    for (let batch = 0; batch < 20; batch += 1) {
      for (let i = 0; i < 50; i += 1) publish();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const timedOut = () => running.streamEvents.some((event) => event.type === 'detach' && event.reason === 'write_timeout');
    // The kernel's socket buffers may still hold the stalled reader's backlog; a live daemon keeps publishing.
    const publisher = setInterval(() => {
      if (!timedOut()) publish();
    }, 20);
    try {
      await running.until(timedOut, 15_000, 'the server to close the stalled stream after its write timeout');
    } finally {
      clearInterval(publisher);
    }
    // One frame past a full socket, never a queue of them.
    assert.ok(mostBuffered < 512 * 1024, `the server buffered ${mostBuffered} bytes for one reader`);
    const detached = () =>
      running.streamEvents.flatMap((event) => (event.type === 'detach' ? [`${event.reason} after ${event.sent} events`] : [])).join(', ');
    await running
      .until(() => running.app.subscriberCount === 1 && running.store.subscriberCount === running.idleStoreSubscribers + 1, 2000, 'the stalled stream to be released')
      .catch((error: unknown) => {
        throw new Error(`${String(error)}; streams open: ${running.app.subscriberCount}; detached: ${detached()}`);
      });
    await healthy.until(() => healthy.lastId === step + 1, 5000, 'the healthy reader to reach the latest envelope');
    assert.equal(healthy.regressions, 0);
    assert.equal(healthy.duplicates, 0);
  });

  it('lets a reader that stalls and then resumes jump to the latest envelope, in order', { timeout: 20_000 }, async () => {
    const running = await start({ writeTimeoutMs: 10_000 });
    const reader = subscribe(running, { stallAfterHeaders: true });
    await reader.until(() => reader.status === 200, 2000, 'the stream to open');
    for (let step = 1; step <= 1000; step += 1) running.store.publish(bulkySnapshot(step));
    reader.resume();
    await reader.until(() => reader.lastId === 1001, 5000, 'the latest envelope');
    assert.equal(reader.regressions, 0);
    assert.equal(reader.duplicates, 0);
    assert.ok(reader.events < 1001, `a stalled reader skips to the latest (got ${reader.events} events)`);
  });
});

describe('abrupt disconnects and reconnect storms', () => {
  it('releases every subscriber, listener and timer when 100 clients vanish mid-stream', { timeout: 20_000 }, async () => {
    const running = await start({ maxSubscribersPerClient: 1000, keepaliveMs: 60_000 });
    const timersBefore = activeTimeouts();
    const subscribers = Array.from({ length: 100 }, () => subscribe(running));
    await Promise.all(subscribers.map((subscriber) => subscriber.until(() => subscriber.events === 1, 5000, 'a first event')));
    assert.equal(running.app.subscriberCount, 100);
    running.store.publish(bulkySnapshot(1));
    for (const subscriber of subscribers) subscriber.destroy();
    await running.until(
      () => running.app.subscriberCount === 0 && running.store.subscriberCount === running.idleStoreSubscribers && running.sockets.size === 0,
      5000,
      'every stream to be released',
    );
    assert.equal(running.streamEvents.filter((event) => event.type === 'detach').length, 100);
    assert.ok(activeTimeouts() <= timersBefore, `timers left behind: ${activeTimeouts()} now, ${timersBefore} before`);
  });

  it('survives a storm of 500 connects and disconnects with nothing leaked, and still answers', { timeout: 30_000 }, async () => {
    const running = await start({ maxSubscribersPerClient: 1000, keepaliveMs: 60_000 });
    const timersBefore = activeTimeouts();
    const BURST = 50;
    for (let burst = 0; burst < 10; burst += 1) {
      const wave = Array.from({ length: BURST }, () => RawSubscriber.open(running.url));
      // Half leave before their answer, half after their first event.
      await Promise.all(
        wave.map(async (subscriber, index) => {
          if (index % 2 === 0) {
            subscriber.destroy();
            return;
          }
          await subscriber.until(() => subscriber.events === 1, 5000, 'a first event in the storm');
          subscriber.destroy();
        }),
      );
      running.store.publish(fixtureSnapshot(burst + 1));
    }
    await running.until(
      () => running.app.subscriberCount === 0 && running.store.subscriberCount === running.idleStoreSubscribers && running.sockets.size === 0,
      10_000,
      'the storm to leave nothing behind',
    );
    const attached = running.streamEvents.filter((event) => event.type === 'attach').length;
    assert.equal(running.streamEvents.filter((event) => event.type === 'detach').length, attached);
    assert.ok(activeTimeouts() <= timersBefore, `timers left behind: ${activeTimeouts()} now, ${timersBefore} before`);
    const health = await probe(running.url, { method: 'GET', path: '/healthz' });
    assert.equal(health.status, 200);
    const after = subscribe(running);
    await after.until(() => after.lastId === 11, 2000, 'a stream after the storm');
  });
});

describe('the subscriber caps', () => {
  it('answers 429 past the per-client cap and 503 past the global cap, with Retry-After, while /healthz and the snapshot answer 200', { timeout: 20_000 }, async () => {
    const running = await start({ maxSubscribers: 5, maxSubscribersPerClient: 3 });
    const first = [1, 2, 3].map(() => subscribe(running, { localAddress: '127.0.0.1' }));
    await Promise.all(first.map((subscriber) => subscriber.until(() => subscriber.events === 1, 2000, 'a stream under the caps')));
    const fourth = subscribe(running, { localAddress: '127.0.0.1' });
    await fourth.until(() => fourth.status !== 0 && fourth.errorBody.length > 0, 2000, 'the 429');
    assert.equal(fourth.status, 429);
    assert.equal(fourth.headers['retry-after'], '5');
    assert.equal((JSON.parse(fourth.errorBody) as { error: { code: string } }).error.code, 'too_many_requests');

    const others = [1, 2].map(() => subscribe(running, { localAddress: '127.0.0.2' }));
    await Promise.all(others.map((subscriber) => subscriber.until(() => subscriber.events === 1, 2000, 'a stream from another client')));
    assert.equal(running.app.subscriberCount, 5);
    const refused = subscribe(running, { localAddress: '127.0.0.3' });
    await refused.until(() => refused.status !== 0 && refused.errorBody.length > 0, 2000, 'the 503');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers['retry-after'], '5');
    assert.equal(refused.headers['content-type']?.startsWith('application/json'), true);
    assert.equal((JSON.parse(refused.errorBody) as { error: { code: string } }).error.code, 'too_many_subscribers');

    for (const path of ['/healthz', '/api/v1/snapshot']) {
      const answer = await probe(running.url, { method: 'GET', path });
      assert.equal(answer.status, 200, `${path} at the cap`);
    }
    first[0]!.destroy();
    await running.until(() => running.app.subscriberCount === 4, 2000, 'a place to free up');
    const later = subscribe(running, { localAddress: '127.0.0.3' });
    await later.until(() => later.events === 1, 2000, 'a stream once a place is free');
  });
});

describe('slow clients', () => {
  it('cuts a client that dribbles its headers within the headers timeout, with a JSON 408', { timeout: 10_000 }, async () => {
    const running = await start({}, 500);
    const socket = connect(Number(new URL(running.url).port), '127.0.0.1');
    open.push({ close: () => void socket.destroy() });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
    const started = Date.now();
    socket.write(`GET /healthz HTTP/1.1\r\nHost: ${running.host}\r\n`);
    const dribble = (async () => {
      for (let i = 0; i < 40 && !socket.destroyed; i += 1) {
        socket.write(`X-Slow-${i}: y\r\n`);
        await stall(100);
      }
    })();
    await withDeadline(closed, 3000, 'the server to cut the dribbling client');
    const elapsed = Date.now() - started;
    await dribble;
    assert.ok(elapsed < 2000, `cut after ${elapsed} ms`);
    assert.match(answer, /^HTTP\/1\.1 408 /);
    const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
    const parsed: unknown = JSON.parse(body);
    assert.ok(ErrorResponseValidator.is(parsed));
    assert.equal(parsed.error.code, 'request_timeout');
  });

  it('answers a body sent one byte per 100 ms past the request timeout with a JSON 408, and publishes nothing', { timeout: 10_000 }, async () => {
    const running = await start({ requestTimeoutMs: 1000 });
    const body = JSON.stringify(fixtureSnapshot(1));
    const socket = connect(Number(new URL(running.url).port), '127.0.0.1');
    open.push({ close: () => void socket.destroy() });
    socket.on('error', () => undefined);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    const answered = new Promise<void>((resolve) => {
      const check = () => {
        if (answer.includes('\r\n\r\n{') && answer.endsWith('}}')) resolve();
      };
      socket.on('data', check);
      socket.once('close', () => resolve());
    });
    const started = Date.now();
    socket.write(
      `PUT /api/v1/snapshot HTTP/1.1\r\nHost: ${running.host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    const dribble = (async () => {
      for (let i = 0; i < 30 && !socket.destroyed; i += 1) {
        socket.write(body[i]!);
        await stall(100);
      }
    })();
    await withDeadline(answered, 3000, 'the 408');
    const elapsed = Date.now() - started;
    socket.destroy();
    await dribble;
    assert.ok(elapsed >= 900 && elapsed < 2500, `answered after ${elapsed} ms`);
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.match(answer, /content-type: application\/json/i);
    const parsed: unknown = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    assert.ok(ErrorResponseValidator.is(parsed));
    assert.equal(parsed.error.code, 'request_timeout');
    assert.equal(running.store.current().sequence, 1, 'nothing was published');
  });
});

describe('hostile headers', () => {
  it('starts every stream with the current envelope whatever Last-Event-ID says', { timeout: 10_000 }, async () => {
    const running = await start();
    running.store.publish(fixtureSnapshot(1));
    running.store.publish(fixtureSnapshot(2));
    const hostile = ['9'.repeat(8000), '-1', '-99999999999', 'abc', '1e30', '99999999999999999999', '9007199254740993', '0', '', ' 3', '3.5', '0x10', '１'];
    for (const lastEventId of hostile) {
      const subscriber = subscribe(running, { headers: { 'last-event-id': lastEventId } });
      await subscriber.until(() => subscriber.events === 1, 2000, `the first event after Last-Event-ID ${lastEventId.slice(0, 20)}`);
      assert.equal(subscriber.lastId, 3, `Last-Event-ID ${lastEventId.slice(0, 20)}`);
      assert.equal((JSON.parse(subscriber.firstData ?? '') as { sequence: number }).sequence, 3);
      subscriber.destroy();
    }
  });

  it('refuses rebinding host names on every route, the stream and the dashboard included, with 403 host_not_allowed', { timeout: 15_000 }, async () => {
    const running = await start();
    const hosts = ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', 'attacker.test:80', '0x7f.1', '[::1].evil.example'];
    const routes = [
      ['GET', '/'],
      ['GET', '/healthz'],
      ['HEAD', '/healthz'],
      ['GET', '/api/v1/snapshot'],
      ['PUT', '/api/v1/snapshot'],
      ['GET', '/api/v1/events'],
      ['GET', '/no/such/route'],
      ['DELETE', '/api/v1/snapshot'],
    ] as const;
    for (const host of hosts) {
      for (const [method, path] of routes) {
        const answer = await probe(running.url, {
          method,
          path,
          headers: { host, ...(method === 'PUT' ? publishHeaders : {}) },
          body: method === 'PUT' ? JSON.stringify(fixtureSnapshot(1)) : undefined,
        });
        if (method === 'HEAD') assert.equal(answer.status, 403, `HEAD ${path} with Host ${host}`);
        else assertError(answer, 403, 'host_not_allowed', `${method} ${path} with Host ${host}`);
      }
    }
    assert.equal(running.app.subscriberCount, 0);
    assert.equal(running.store.current().sequence, 1, 'nothing was published');
  });

  it('answers /healthz with its body whatever the conditional headers say (no undocumented 304)', { timeout: 5000 }, async () => {
    const running = await start();
    for (const headers of [{ 'if-none-match': '*' }, { 'if-none-match': 'W/"x", *' }, { 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString() }]) {
      const answer = await probe(running.url, { method: 'GET', path: '/healthz', headers });
      assert.equal(answer.status, 200, JSON.stringify(headers));
      assert.equal((JSON.parse(answer.body.toString('utf8')) as { status: string }).status, 'ok');
    }
  });

  it('routes a request target with a fragment as the router does: the stream, and /healthz open under a read token', { timeout: 5000 }, async () => {
    const running = await start({ readToken: 'read' });
    const health = await probe(running.url, { method: 'GET', path: '/healthz#probe' });
    assert.equal(health.status, 200);
    const stream = subscribe(running, { path: '/api/v1/events#x', headers: { authorization: 'Bearer read' } });
    await stream.until(() => stream.events === 1, 2000, 'the stream behind a fragment');
    const refused = subscribe(running, { path: '/api/v1/events#x' });
    await refused.until(() => refused.status !== 0 && refused.errorBody.length > 0, 2000, 'the 401');
    assert.equal(refused.status, 401);
  });

  it('refuses a publish from a foreign Origin with 403 origin_not_allowed and publishes nothing', { timeout: 10_000 }, async () => {
    const running = await start();
    for (const origin of ['http://evil.example', 'null', `http://${running.host}.evil.example`, 'https://127.0.0.1', 'http://localhost', 'garbage']) {
      const answer = await probe(running.url, {
        method: 'PUT',
        path: '/api/v1/snapshot',
        headers: { ...publishHeaders, origin },
        body: JSON.stringify(fixtureSnapshot(1)),
      });
      assertError(answer, 403, 'origin_not_allowed', `Origin ${origin}`);
    }
    assert.equal(running.store.current().sequence, 1, 'nothing was published');
    const own = await probe(running.url, {
      method: 'PUT',
      path: '/api/v1/snapshot',
      headers: { ...publishHeaders, origin: `http://${running.host}` },
      body: JSON.stringify(fixtureSnapshot(1)),
    });
    assert.equal(own.status, 200, 'the server’s own origin may publish');
  });
});

/** How long a refusal of a 5 MB body nested a million deep may take, however loaded the machine. */
const DEEP_BODY_SANITY_MS = 8_000;

describe('hostile bodies', () => {
  it('refuses JSON nested 1 000 000 levels deep with a fast 400 that names the limit, and keeps serving', { timeout: 40_000 }, async () => {
    const running = await start({ bodyLimitBytes: 8 * 1024 * 1024 });
    const depth = 1_000_000;
    for (const body of ['['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), '['.repeat(depth)]) {
      const started = Date.now();
      const answer = await probe(running.url, { method: 'PUT', path: '/api/v1/snapshot', headers: publishHeaders, body });
      const elapsed = Date.now() - started;
      assertError(answer, 400, 'invalid_json', 'a deep body');
      assert.match(answer.body.toString('utf8'), new RegExp(`${MAX_JSON_DEPTH} levels`));
      // A sanity bound, not a speed target (the bench has those): a check that went quadratic, or
      // a parse before the check, would take minutes on 5 MB; 2 s was missed by a loaded machine.
      assert.ok(elapsed < DEEP_BODY_SANITY_MS, `answered after ${elapsed} ms`);
    }
    const health = await probe(running.url, { method: 'GET', path: '/healthz' });
    assert.equal(health.status, 200);
    assert.equal(running.store.current().sequence, 1);
  });

  it('answers compression bombs (100 MB of zeros) with 413 without holding them in memory', { timeout: 40_000 }, async () => {
    const running = await start();
    const bombs = {
      gzip: await bomb(createGzip(), 100 * 1024 * 1024),
      deflate: await bomb(createDeflate(), 100 * 1024 * 1024),
      br: await bomb(createBrotliCompress(), 100 * 1024 * 1024),
    };
    for (const [encoding, body] of Object.entries(bombs)) {
      assert.ok(body.length < 1024 * 1024, `the ${encoding} bomb is small on the wire (${body.length} bytes)`);
      global.gc?.();
      const before = process.memoryUsage();
      const started = Date.now();
      const answer = await probe(running.url, {
        method: 'PUT',
        path: '/api/v1/snapshot',
        headers: { ...publishHeaders, 'content-encoding': encoding },
        body,
      });
      const elapsed = Date.now() - started;
      const after = process.memoryUsage();
      assertError(answer, 413, 'payload_too_large', `a ${encoding} bomb`);
      assert.ok(elapsed < 5000, `answered after ${elapsed} ms`);
      const grown = after.rss - before.rss;
      assert.ok(grown < 64 * 1024 * 1024, `the ${encoding} bomb grew the process by ${Math.round(grown / 1024 / 1024)} MiB`);
    }
    assert.equal(running.store.current().sequence, 1);
    const health = await probe(running.url, { method: 'GET', path: '/healthz' });
    assert.equal(health.status, 200);
  });

  it('answers a raw PUT whose gzip body is garbage with 400, never a 500', { timeout: 5000 }, async () => {
    const running = await start();
    const garbage = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0xff, 0x01, 0x02]);
    const head = `PUT /api/v1/snapshot HTTP/1.1\r\nHost: ${running.host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${garbage.length}\r\nConnection: close\r\n\r\n`;
    const answer = await rawProbe(running.url, Buffer.concat([Buffer.from(head), garbage]));
    assertError(answer, 400, 'invalid_json', 'a garbage gzip body');
  });
});
