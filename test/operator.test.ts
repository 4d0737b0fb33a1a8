/**
 * What an operator relies on: `/metrics` counting real actions (checked by Prometheus's own
 * `promtool`), `/readyz` following the instance's state, and a request id on every answer.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import request from 'supertest';
import { createApp, type RequestLog } from '../src/app.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { startServe } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { listen } from './support/server.js';

const TOKEN = 'operator-token';

function build(options: Parameters<typeof createApp>[0] extends infer O ? Partial<O> : never = {}) {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'epoch-1' });
  const app = createApp({ store, publishToken: TOKEN, ...options });
  return { store, app };
}

/** The value of one sample in a Prometheus text exposition, by metric name and labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.startsWith(name)) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[4]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('counts publishes by result, streams, events, refusals and requests as they happen', async () => {
    const { app } = build({ keepaliveMs: 60_000 });
    const server = await listen(app);
    try {
      const stream = httpRequest(`${server.url}/api/v1/events`);
      stream.end();
      const response = await withDeadline(new Promise<IncomingMessage>((resolve) => stream.once('response', resolve)), 2000, 'stream');
      await withDeadline(new Promise((resolve) => response.once('data', resolve)), 2000, 'first event');

      await request(server.url).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).send(fixtureSnapshot(1)).timeout(2000).expect(200);
      await request(server.url).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).send({ nope: true }).timeout(2000).expect(400);
      await request(server.url).put('/api/v1/snapshot').set('Authorization', 'Bearer wrong').send(fixtureSnapshot(1)).timeout(2000).expect(401);
      await request(server.url).get('/healthz').set('Host', 'evil.example').timeout(2000).expect(403);
      await request(server.url).get('/api/v1/snapshot').timeout(2000).expect(200);
      // A PUT elsewhere is no publish: not counted, whatever it is answered.
      await request(server.url).put('/healthz').set('Authorization', `Bearer ${TOKEN}`).send(fixtureSnapshot(1)).timeout(2000).expect(405);
      await request(server.url).put('/nowhere').set('Authorization', `Bearer ${TOKEN}`).send(fixtureSnapshot(1)).timeout(2000).expect(404);

      const scraped = await request(server.url).get('/metrics').timeout(5000).expect(200);
      const text = scraped.text;
      assert.match(String(scraped.headers['content-type']), /^text\/plain; version=0\.0\.4/);
      assert.equal(sample(text, 'opensymphony_publishes_total', { result: 'ok' }), 1);
      assert.equal(sample(text, 'opensymphony_publishes_total', { result: 'invalid_snapshot' }), 1);
      assert.equal(sample(text, 'opensymphony_publishes_total', { result: 'unauthorized' }), 1);
      assert.equal(sample(text, 'opensymphony_publishes_total', { result: 'method_not_allowed' }), undefined);
      assert.equal(sample(text, 'opensymphony_publishes_total', { result: 'not_found' }), undefined);
      assert.equal(sample(text, 'opensymphony_subscribers'), 1);
      assert.equal(sample(text, 'opensymphony_sequence'), 2);
      assert.equal(sample(text, 'opensymphony_events_written_total'), 1, 'the one publish reached the one stream');
      assert.equal(sample(text, 'opensymphony_rejected_requests_total', { reason: 'host_not_allowed' }), 1);
      assert.equal(sample(text, 'opensymphony_http_requests_total', { route: '/api/v1/snapshot', method: 'GET', status: '200' }), 1);
      assert.equal(sample(text, 'opensymphony_publish_to_write_seconds_count'), 1);
      assert.ok((sample(text, 'opensymphony_seconds_since_last_publish') ?? -1) >= 0);
      assert.ok(sample(text, 'process_cpu_user_seconds_total') !== undefined, 'the process defaults are there');
      stream.destroy();
    } finally {
      await server.close();
    }
  });

  it('is guarded by the read token like every read', async () => {
    const { app } = build({ readToken: 'r' });
    await request(app).get('/metrics').timeout(2000).expect(401);
    await request(app).get('/metrics').set('Authorization', 'Bearer r').timeout(5000).expect(200);
  });

  it('passes promtool check metrics, process defaults included', { skip: spawnSync('promtool', ['--version']).error !== undefined && !process.env['CI'] ? 'promtool is missing: run scripts/setup.sh (Debian prometheus)' : false }, async () => {
    const { app } = build();
    await request(app).get('/api/v1/snapshot').timeout(2000);
    const text = (await request(app).get('/metrics').timeout(5000).expect(200)).text;
    const result = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    assert.equal(result.error, undefined, 'promtool must be installed (Debian prometheus)');
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
    assert.equal(`${result.stdout}${result.stderr}`.trim(), '', 'nothing to fix');
  });
});

describe('GET /readyz', () => {
  it('answers 200 while ready, 503 not_ready while the store is unreachable or the app drains, and stays open without the read token', async () => {
    let reason: string | undefined;
    const { app } = build({ readToken: 'r', notReadyReason: () => reason });
    const ready = await request(app).get('/readyz').timeout(2000).expect(200);
    assert.deepEqual(ready.body, { status: 'ready' });
    assert.equal(ready.headers['cache-control'], 'no-store');
    reason = 'its shared store is unreachable';
    const unreachable = await request(app).get('/readyz').timeout(2000).expect(503);
    assert.equal(unreachable.body.error.code, 'not_ready');
    assert.match(unreachable.body.error.message, /shared store/);
    reason = undefined;
    app.drain();
    const draining = await request(app).get('/readyz').timeout(2000).expect(503);
    assert.match(draining.body.error.message, /shutting down/);
    await request(app).get('/healthz').timeout(2000).expect(200);
  });
});

describe('request ids and request logs', () => {
  it('answers every request with an X-Request-Id, keeps a sane one the client sent, and reports each request once', async () => {
    const logs: RequestLog[] = [];
    const { app } = build({ onRequest: (event) => logs.push(event) });
    const first = await request(app).get('/api/v1/snapshot').timeout(2000).expect(200);
    const second = await request(app).get('/healthz').timeout(2000).expect(200);
    assert.ok(first.headers['x-request-id']);
    assert.notEqual(first.headers['x-request-id'], second.headers['x-request-id']);
    const kept = await request(app).get('/nowhere').set('X-Request-Id', 'trace-42').timeout(2000).expect(404);
    assert.equal(kept.headers['x-request-id'], 'trace-42');
    const replaced = await request(app).get('/healthz').set('X-Request-Id', 'bad id\twith spaces').timeout(2000);
    assert.notEqual(replaced.headers['x-request-id'], 'bad id\twith spaces');
    assert.deepEqual(
      logs.map(({ method, route, status }) => [method, route, status]),
      [
        ['GET', '/api/v1/snapshot', 200],
        ['GET', '/healthz', 200],
        ['GET', 'unmatched', 404],
        ['GET', '/healthz', 200],
      ],
    );
    assert.equal(logs[2]!.id, 'trace-42');
    assert.ok(logs.every((log) => log.durationMs >= 0 && log.remote.length > 0));
  });

  it('logs one JSON line per request in serve, and none below --log-level warn', async () => {
    const server = await startServe([]);
    try {
      await withDeadline(fetch(`${server.url}/healthz`), 5000, 'health');
      const line = await server.waitForLog((entry) => entry['event'] === 'request', 'a request line');
      assert.equal(line['route'], '/healthz');
      assert.equal(line['status'], 200);
      assert.equal(typeof line['request_id'], 'string');
      assert.equal(typeof line['duration_ms'], 'number');
    } finally {
      await server.stop();
    }
    const quiet = await startServe(['--log-level', 'warn']);
    try {
      await withDeadline(fetch(`${quiet.url}/healthz`), 5000, 'health');
      await request(quiet.url).get('/healthz').set('Host', 'evil.example').timeout(5000).expect(403);
      await quiet.waitForLog((entry) => entry['event'] === 'request_rejected', 'the refusal, at warn');
      assert.equal(quiet.logs.filter((entry) => entry['event'] === 'request').length, 0);
    } finally {
      await quiet.stop();
    }
  });
});
