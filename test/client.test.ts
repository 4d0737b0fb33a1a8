import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { SnapshotEnvelope } from '../generated/api-types.js';
import { createApp } from '../src/app.js';
import { ControlPlaneClient, isNewer, SNAPSHOT_TIMEOUT_MS, STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS, type FollowUpdate } from '../src/client.js';
import { DecodeError, InvalidBaseUrlError, RequestError, StreamAttachTimeoutError, StreamError } from '../src/client-errors.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureEnvelope, fixtureSnapshot, referenceSnapshotEvent } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { rawServer, SSE_HEADERS, stall, writeSafely } from './support/raw-server.js';
import { listen } from './support/server.js';
import { readSpec } from './support/spec.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function client(url: string, timeouts: { snapshot?: number; attach?: number; read?: number } = {}): ControlPlaneClient {
  return new ControlPlaneClient(url, {
    snapshotTimeoutMs: timeouts.snapshot ?? SNAPSHOT_TIMEOUT_MS,
    streamAttachTimeoutMs: timeouts.attach ?? 1000,
    streamReadTimeoutMs: timeouts.read ?? 1000,
  });
}

async function rejection(promise: Promise<unknown>, ms = 1000): Promise<unknown> {
  return withDeadline(
    promise.then(
      () => assert.fail('expected a failure'),
      (error: unknown) => error,
    ),
    ms,
    'the failure',
  );
}

describe('ControlPlaneClient constants and URLs', () => {
  it('uses the deadlines the specs state as data (x-opensymphony-numbers)', () => {
    const value = (block: unknown, key: string) => ((block as Record<string, { value: number }>)[key])?.value;
    const http = (readSpec('openapi.yaml')['info'] as Record<string, unknown>)['x-opensymphony-numbers'];
    const stream = ((readSpec('asyncapi.yaml')['operations'] as Record<string, Record<string, unknown>>)['receiveSnapshots'] ?? {})['x-opensymphony-numbers'];
    assert.deepEqual(
      [SNAPSHOT_TIMEOUT_MS, STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS],
      [value(http, 'snapshot-timeout-ms'), value(stream, 'stream-attach-timeout-ms'), value(stream, 'stream-read-timeout-ms')],
    );
  });

  it('preserves path prefixes with or without a trailing slash', () => {
    for (const base of ['http://proxy/opensymphony', 'http://proxy/opensymphony/']) {
      const c = new ControlPlaneClient(base);
      assert.equal(c.resolve('api/v1/snapshot'), 'http://proxy/opensymphony/api/v1/snapshot');
      assert.equal(c.resolve('api/v1/events'), 'http://proxy/opensymphony/api/v1/events');
    }
    assert.equal(new ControlPlaneClient('http://127.0.0.1:2468').resolve('healthz'), 'http://127.0.0.1:2468/healthz');
  });

  it('reports an invalid base URL with the URL and the path', async () => {
    for (const base of ['not a url', 'ftp://proxy/opensymphony']) {
      const error = await rejection(new ControlPlaneClient(base).fetchSnapshot());
      assert.ok(error instanceof InvalidBaseUrlError);
      assert.equal(error.code, 'invalid_base_url');
      assert.equal(error.baseUrl, base);
      assert.equal(error.path, 'api/v1/snapshot');
    }
  });
});

describe('fetchSnapshot', () => {
  it('times out when the response body never arrives', async () => {
    const server = await rawServer(async (socket) => {
      writeSafely(socket, 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: keep-alive\r\n\r\n');
      await stall(250);
    });
    cleanup.push(() => server.close());
    const error = await rejection(client(server.url, { snapshot: 75 }).fetchSnapshot());
    assert.ok(error instanceof RequestError, String(error));
    assert.equal(error.code, 'request');
    assert.equal(error.timeout, true);
  });

  it('fails with the status and the server’s error body on a non-2xx answer', async () => {
    const app = createApp({ store: new SnapshotStore(fixtureSnapshot(0)), publishToken: 'right' });
    const server = await listen(app);
    cleanup.push(() => server.close());
    const error = await rejection(client(server.url).publishSnapshot(fixtureSnapshot(1), 'wrong'));
    assert.ok(error instanceof RequestError);
    assert.equal(error.status, 401);
    assert.equal(error.details.body?.error.code, 'unauthorized');
  });

  it('fails to decode a body that is not JSON, or not an envelope', async () => {
    for (const body of ['{"sequence":', '{"sequence":1}']) {
      const server = await rawServer((socket) => {
        writeSafely(socket, `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`);
      });
      cleanup.push(() => server.close());
      const error = await rejection(client(server.url).fetchSnapshot());
      assert.ok(error instanceof DecodeError, String(error));
      assert.equal(error.code, 'decode');
    }
  });

  it('fails with a request error when nothing listens', async () => {
    const server = await rawServer(() => undefined);
    await server.close();
    const error = await rejection(client(server.url).fetchSnapshot(), 3000);
    assert.ok(error instanceof RequestError);
    assert.equal(error.timeout, false);
  });
});

describe('streamUpdates', () => {
  it('times out when the event stream goes idle after the first snapshot', async () => {
    const server = await rawServer(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, referenceSnapshotEvent(6));
      await stall(250);
    });
    cleanup.push(() => server.close());
    const stream = client(server.url, { attach: 75, read: 75 }).streamUpdates();
    cleanup.push(() => stream.close());
    const first = await withDeadline(stream.next(), 1000, 'the first snapshot');
    assert.equal(first.value?.sequence, 6);
    const error = await rejection(stream.next());
    assert.ok(error instanceof StreamError, String(error));
    assert.equal(error.timeout, true);
  });

  it('stays alive when keepalive comments arrive before a snapshot', async () => {
    const server = await rawServer(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      // Six gaps of 50 ms: each well inside the 150 ms idle deadline, together well past it.
      for (let beat = 0; beat < 6; beat += 1) {
        await stall(50);
        writeSafely(socket, ': keepalive\n\n');
      }
      await stall(50);
      writeSafely(socket, referenceSnapshotEvent(6, 5));
    });
    cleanup.push(() => server.close());
    const stream = client(server.url, { attach: 2000, read: 150 }).streamUpdates();
    cleanup.push(() => stream.close());
    const result = await withDeadline(stream.next(), 2000, 'the snapshot after keepalives');
    assert.deepEqual(result.value, fixtureEnvelope(6, 5));
  });

  /** Opens a stream against a server that behaves as `onConnection` and expects the attach deadline (75 ms) to fire. */
  async function expectAttachTimeout(onConnection: Parameters<typeof rawServer>[0]): Promise<void> {
    const server = await rawServer(onConnection);
    cleanup.push(() => server.close());
    const stream = client(server.url, { attach: 75, read: 1000 }).streamUpdates();
    cleanup.push(() => stream.close());
    const error = await rejection(stream.next());
    assert.ok(error instanceof StreamAttachTimeoutError, String(error));
    assert.equal(error.timeoutMs, 75);
  }

  it('times out when only keepalive comments arrive before a snapshot', async () => {
    await expectAttachTimeout(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      for (let beat = 0; beat < 8; beat += 1) {
        await stall(20);
        if (!writeSafely(socket, ': keepalive\n\n')) break;
      }
    });
  });

  it('times out when the first snapshot never arrives after open', async () => {
    await expectAttachTimeout(async (socket) => {
      writeSafely(socket, SSE_HEADERS);
      await stall(250);
    });
  });

  it('times out when the event stream never opens', async () => {
    await expectAttachTimeout(() => stall(250));
  });

  it('fails on a wrong status or content type', async () => {
    for (const head of ['HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n', 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}']) {
      const server = await rawServer((socket) => void writeSafely(socket, head));
      cleanup.push(() => server.close());
      const stream = client(server.url).streamUpdates();
      cleanup.push(() => stream.close());
      const error = await rejection(stream.next());
      assert.ok(error instanceof StreamError, String(error));
    }
  });

  it('fails to decode an event whose data is not a valid envelope', async () => {
    const server = await rawServer((socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, 'event: snapshot\nid: 1\ndata: {"sequence":"one"}\n\n');
    });
    cleanup.push(() => server.close());
    const stream = client(server.url).streamUpdates();
    cleanup.push(() => stream.close());
    const error = await rejection(stream.next());
    assert.ok(error instanceof DecodeError, String(error));
    assert.ok(error.issues.length > 0);
  });

  it('ignores other event names, comments, CRLF line ends and unknown fields', async () => {
    const envelope = JSON.stringify({ ...fixtureEnvelope(3), added_later: { x: 1 } });
    const server = await rawServer((socket) => {
      writeSafely(socket, SSE_HEADERS);
      writeSafely(socket, ': hello\r\n\r\nevent: progress\r\ndata: {}\r\n\r\n');
      const frame = `event: snapshot\r\nid: 3\r\ndata: ${envelope}\r\n\r\n`;
      writeSafely(socket, frame.slice(0, 17));
      setTimeout(() => writeSafely(socket, frame.slice(17)), 10);
    });
    cleanup.push(() => server.close());
    const stream = client(server.url).streamUpdates();
    cleanup.push(() => stream.close());
    const result = await withDeadline(stream.next(), 1000, 'the snapshot');
    assert.equal(result.value?.sequence, 3);
  });

  it('follows a real server: the current envelope, then each publish in order', async () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const server = await listen(createApp({ store, basePath: '/opensymphony' }));
    cleanup.push(() => server.close());
    const c = client(`${server.url}/opensymphony`);
    assert.equal((await withDeadline(c.health(), 1000, 'health')).current_sequence, 1);
    assert.equal((await withDeadline(c.fetchSnapshot(), 1000, 'snapshot')).sequence, 1);
    const stream = c.streamUpdates();
    cleanup.push(() => stream.close());
    assert.equal((await withDeadline(stream.next(), 1000, 'the first event')).value?.sequence, 1);
    store.publish(fixtureSnapshot(1));
    store.publish(fixtureSnapshot(2));
    assert.equal((await withDeadline(stream.next(), 1000, 'event 2')).value?.sequence, 2);
    assert.equal((await withDeadline(stream.next(), 1000, 'event 3')).value?.sequence, 3);
    stream.close();
    assert.deepEqual(await withDeadline(stream.next(), 1000, 'the end'), { done: true, value: undefined });
  });
});

describe('follow', () => {
  function envelope(sequence: number, epoch?: string): SnapshotEnvelope {
    const value = fixtureEnvelope(sequence);
    return epoch === undefined ? value : { ...value, epoch };
  }

  it('orders by (epoch, sequence): adopts a restart, drops an older sequence of the same epoch', () => {
    assert.equal(isNewer(envelope(5, 'a'), envelope(4, 'a'), true), true);
    assert.equal(isNewer(envelope(3, 'a'), envelope(4, 'a'), false), false);
    assert.equal(isNewer(envelope(1, 'b'), envelope(4, 'a'), false), true);
    assert.equal(isNewer(envelope(4, 'a'), envelope(4, 'a'), false), false);
    assert.equal(isNewer(envelope(1), envelope(9), false), true, 'without epochs a lower sequence on a new connection is a restart');
    assert.equal(isNewer(envelope(1), envelope(9), true), false);
  });

  it('bootstraps, goes live, and adopts a restarted server after reconnecting with Last-Event-ID', { timeout: 20_000 }, async () => {
    let store = new SnapshotStore(fixtureSnapshot(0), { epoch: 'first' });
    let app = createApp({ store });
    const server = await listen((req, res) => app(req, res));
    cleanup.push(() => server.close());
    const lastEventIds: Array<string | undefined> = [];
    server.server.on('request', (req) => {
      if (req.url === '/api/v1/events') lastEventIds.push(req.headers['last-event-id'] as string | undefined);
    });
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url).follow({ signal: abort.signal, reconnectBaseMs: 20, random: () => 0.5 });
    const seen: FollowUpdate[] = [];
    const next = async (what: string) => {
      const result = await withDeadline(updates.next(), 5000, what);
      assert.ok(!result.done, `follow ended before ${what}`);
      seen.push(result.value);
      return result.value;
    };
    assert.deepEqual(await next('connecting'), { type: 'state', state: 'connecting' });
    const bootstrap = await next('bootstrap');
    assert.ok(bootstrap.type === 'snapshot' && bootstrap.envelope.sequence === 1);
    assert.deepEqual(await next('live'), { type: 'state', state: 'live' });
    store.publish(fixtureSnapshot(1));
    const published = await next('the publish');
    assert.ok(published.type === 'snapshot' && published.envelope.sequence === 2);

    // The stream drops; the same daemon is still there: no duplicate, and Last-Event-ID says 2.
    app.closeStreams();
    const dropped = await next('reconnecting after a drop');
    assert.ok(dropped.type === 'state' && dropped.state === 'reconnecting');
    assert.equal(dropped.retryInMs, 15, 'base 20 ms with jitter 0.5 → 15 ms');
    assert.equal(dropped.error.code, 'stream');
    assert.deepEqual(await next('connecting again'), { type: 'state', state: 'connecting' });
    assert.deepEqual(await next('live again'), { type: 'state', state: 'live' });
    store.publish(fixtureSnapshot(2));
    const third = await next('the next publish');
    assert.ok(third.type === 'snapshot' && third.envelope.sequence === 3);

    // The daemon restarts: a new store (new epoch, sequence 1) behind the same address.
    store = new SnapshotStore(fixtureSnapshot(7), { epoch: 'second' });
    app.closeStreams();
    app = createApp({ store });
    assert.equal((await next('reconnecting after the restart')).type, 'state');
    assert.deepEqual(await next('connecting to the restarted daemon'), { type: 'state', state: 'connecting' });
    const adopted = await next('the restarted daemon');
    assert.ok(adopted.type === 'snapshot');
    assert.equal(adopted.envelope.epoch, 'second');
    assert.equal(adopted.envelope.sequence, 1);
    assert.deepEqual(await next('live on the restarted daemon'), { type: 'state', state: 'live' });
    assert.deepEqual(lastEventIds, ['1', '2', '1']);
    assert.equal(seen.filter((update) => update.type === 'snapshot').length, 4, 'no envelope was yielded twice');
    abort.abort();
    assert.equal((await withDeadline(updates.next(), 2000, 'the end of follow')).done, true);
  });

  it('backs off with growing, capped, jittered delays while the server is down', { timeout: 10_000 }, async () => {
    const server = await rawServer(() => undefined);
    await server.close();
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const updates = client(server.url).follow({ signal: abort.signal, reconnectBaseMs: 10, reconnectMaxMs: 40, random: () => 0.999 });
    const delays: number[] = [];
    while (delays.length < 5) {
      const result = await withDeadline(updates.next(), 3000, 'the next update');
      assert.ok(!result.done);
      if (result.value.type === 'state' && result.value.state === 'reconnecting') {
        assert.equal(result.value.error.code, 'request');
        delays.push(result.value.retryInMs);
      }
    }
    assert.deepEqual(delays, [10, 20, 40, 40, 40]);
    abort.abort();
  });
});
