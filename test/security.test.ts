/**
 * The front layer every request passes: the Host and Origin checks, the read token, CORS, the
 * stream caps, hardened bodies and the headers every answer carries — over real sockets.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { describe, it } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import request, { type Response } from 'supertest';
import type { ErrorCode } from '../generated/api-types.js';
import { ErrorResponseValidator } from '../generated/validators/index.js';
import { createApp, type AppOptions } from '../src/app.js';
import { ERROR_REGISTRY } from '../src/errors.js';
import { CAP_RETRY_AFTER_S, MAX_JSON_DEPTH } from '../src/limits.js';
import { hostnameOf, RequestPolicy } from '../src/request-policy.js';
import { SnapshotStore } from '../src/store.js';
import { fitSubscriberCap, fileDescriptorLimit } from '../src/stream-limits.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { runCli, startServe } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { rawProbe } from './support/http-probe.js';
import { listen } from './support/server.js';

const PUBLISH = 'publish-secret';
const READ = 'read-secret';

function build(options: Partial<AppOptions> = {}) {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'epoch-1' });
  const app = createApp({ store, publishToken: PUBLISH, ...options });
  return { store, app };
}

function assertError(res: Response, code: ErrorCode): void {
  assert.equal(res.status, ERROR_REGISTRY[code].status, `expected ${code}, got ${res.status} ${res.text}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  assert.ok(ErrorResponseValidator.is(res.body), `not an Error envelope: ${res.text}`);
  assert.equal(res.body.error.code, code);
  assert.equal(res.headers['cache-control'], 'no-store');
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
}

/** A PUT of raw bytes with the headers given, over a real socket; resolves with status, headers and body. */
async function rawPut(url: string, body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return withDeadline(
    new Promise((resolve, reject) => {
      const req = httpRequest(`${url}/api/v1/snapshot`, { method: 'PUT', headers: { authorization: `Bearer ${PUBLISH}`, ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    }),
    10_000,
    'raw PUT',
  );
}

describe('the Host check (DNS rebinding)', () => {
  it('answers IP literals, localhost and allowed names, and refuses any other Host on every route with a message naming the flag', async () => {
    const { app } = build({ allowedHosts: ['control.example.com', '.corp.example'] });
    for (const host of ['127.0.0.1:2468', '[::1]:2468', 'localhost:2468', 'LOCALHOST.', 'control.example.com', 'a.b.corp.example', 'corp.example:8080']) {
      await request(app).get('/healthz').set('Host', host).timeout(2000).expect(200);
    }
    for (const path of ['/', '/healthz', '/api/v1/snapshot', '/api/v1/events', '/nowhere']) {
      const res = await request(app).get(path).set('Host', 'evil.example:2468').timeout(2000);
      assertError(res, 'host_not_allowed');
      assert.match(res.body.error.message, /--allowed-host evil\.example/);
    }
    const put = await request(app).put('/api/v1/snapshot').set('Host', 'rebind.evil.example').set('Authorization', `Bearer ${PUBLISH}`).send(fixtureSnapshot(1)).timeout(2000);
    assertError(put, 'host_not_allowed');
  });

  it('answers an absolute-form request target as its origin-form, checking the host it names in place of Host (RFC 9112 §3.2.2)', async () => {
    const { store, app } = build();
    const server = await listen(app);
    try {
      const authority = new URL(server.url).host;
      const send = (method: string, target: string, host = authority, headers = '', body = '') =>
        rawProbe(server.url, Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${headers}\r\n${body}`));
      const stream = await send('GET', `http://${authority}/api/v1/events`);
      assert.equal(stream.status, 200);
      assert.equal(stream.headers['content-type'], 'text/event-stream');
      const health = await send('GET', `HTTP://${authority}/healthz?probe=1`);
      assert.equal(health.status, 200);
      assert.equal((JSON.parse(health.body.toString()) as { current_sequence: number }).current_sequence, 1);
      assert.equal((await send('GET', `http://${authority}`)).status, 200, 'the dashboard, at an empty path');
      assert.equal((await send('GET', `http://${authority}/openapi.json`)).status, 200);
      const snapshot = JSON.stringify(fixtureSnapshot(1));
      const put = await send('PUT', `http://${authority}/api/v1/snapshot`, authority, `Authorization: Bearer ${PUBLISH}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(snapshot)}\r\n`, snapshot);
      assert.equal(put.status, 200, put.body.toString());
      assert.equal(store.current().sequence, 2);
      // The target's host is the one checked, whatever Host says.
      const rebound = await send('GET', 'http://evil.example/api/v1/snapshot', authority);
      assert.equal(rebound.status, 403);
      assert.equal((JSON.parse(rebound.body.toString()) as { error: { code: string } }).error.code, 'host_not_allowed');
    } finally {
      await server.close();
    }
  });

  it('turns off with *', async () => {
    const { app } = build({ allowedHosts: ['*'] });
    await request(app).get('/healthz').set('Host', 'anything.example').timeout(2000).expect(200);
  });

  it('reads the host name out of every form of Host header', () => {
    assert.equal(hostnameOf('[::1]:80'), '::1');
    assert.equal(hostnameOf('Example.COM.:8080'), 'example.com');
    assert.equal(hostnameOf('::1'), '::1');
    assert.equal(new RequestPolicy({}).hostAllowed(undefined), true);
  });
});

describe('the Origin check on publishes', () => {
  it('refuses a publish from a foreign page and publishes nothing, and accepts its own origin, an allowed one, or none', async () => {
    const { app, store } = build({ allowedOrigins: ['https://ops.example.com'] });
    const foreign = await request(app).put('/api/v1/snapshot').set('Origin', 'https://evil.example').set('Authorization', `Bearer ${PUBLISH}`).send(fixtureSnapshot(1)).timeout(2000);
    assertError(foreign, 'origin_not_allowed');
    assert.match(foreign.body.error.message, /--allowed-origin https:\/\/evil\.example/);
    const opaque = await request(app).put('/api/v1/snapshot').set('Origin', 'null').set('Authorization', `Bearer ${PUBLISH}`).send(fixtureSnapshot(1)).timeout(2000);
    assertError(opaque, 'origin_not_allowed');
    assert.equal(store.current().sequence, 1);

    const server = await listen(app);
    try {
      const own = await rawPut(server.url, JSON.stringify(fixtureSnapshot(1)), { 'content-type': 'application/json', origin: server.url });
      assert.equal(own.status, 200, own.body);
      const allowed = await rawPut(server.url, JSON.stringify(fixtureSnapshot(1)), { 'content-type': 'application/json', origin: 'https://ops.example.com' });
      assert.equal(allowed.status, 200, allowed.body);
      const none = await rawPut(server.url, JSON.stringify(fixtureSnapshot(1)), { 'content-type': 'application/json' });
      assert.equal(none.status, 200, none.body);
      assert.equal(store.current().sequence, 4);
    } finally {
      await server.close();
    }
  });
});

describe('CORS', () => {
  it('sends no CORS headers by default', async () => {
    const { app } = build();
    const res = await request(app).get('/api/v1/snapshot').set('Origin', 'https://ops.example.com').timeout(2000).expect(200);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    await request(app).options('/api/v1/snapshot').set('Origin', 'https://ops.example.com').set('Access-Control-Request-Method', 'GET').timeout(2000).expect(405);
  });

  it('lets a named browser app read, with correct preflight answers, and no one else', async () => {
    const { app } = build({ corsOrigins: ['https://ops.example.com'] });
    const preflight = await request(app)
      .options('/api/v1/events')
      .set('Origin', 'https://ops.example.com')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization, last-event-id')
      .timeout(2000)
      .expect(204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://ops.example.com');
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD');
    assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/);
    assert.match(String(preflight.headers['vary']), /Origin/);
    const read = await request(app).get('/api/v1/snapshot').set('Origin', 'https://ops.example.com').timeout(2000).expect(200);
    assert.equal(read.headers['access-control-allow-origin'], 'https://ops.example.com');
    assert.match(String(read.headers['access-control-expose-headers']), /ETag/);
    const other = await request(app).get('/api/v1/snapshot').set('Origin', 'https://evil.example').timeout(2000).expect(200);
    assert.equal(other.headers['access-control-allow-origin'], undefined);
  });
});

describe('the read token', () => {
  it('guards the dashboard, the snapshot and the stream, by header or query, accepts the publish token, and leaves /healthz open', async () => {
    const { app } = build({ readToken: READ });
    for (const path of ['/', '/api/v1/snapshot', '/API/V1/Snapshot/', '/api/v1/events', '/unknown']) {
      const res = await request(app).get(path).timeout(2000);
      assertError(res, 'unauthorized');
      assert.equal(res.headers['www-authenticate'], 'Bearer realm="opensymphony-control"');
    }
    assertError(await request(app).get('/api/v1/snapshot').set('Authorization', 'Bearer wrong').timeout(2000), 'unauthorized');
    await request(app).get('/healthz').timeout(2000).expect(200);
    await request(app).get('/api/v1/snapshot').set('Authorization', `Bearer ${READ}`).timeout(2000).expect(200);
    await request(app).get(`/api/v1/snapshot?access_token=${READ}`).timeout(2000).expect(200);
    await request(app).get('/api/v1/snapshot').set('Authorization', `Bearer ${PUBLISH}`).timeout(2000).expect(200);
    const page = await request(app).get(`/?access_token=${READ}`).timeout(2000).expect(200);
    assert.doesNotMatch(page.text, new RegExp(READ), 'the token is never written into the page');
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
  });
});

describe('the stream caps', () => {
  it('answers 503 past the global cap and 429 past the per-client cap, with Retry-After, while /healthz and the snapshot keep answering', async () => {
    const { app } = build({ maxSubscribers: 3, maxSubscribersPerClient: 2 });
    const server = await listen(app);
    const open: Array<() => void> = [];
    const attach = () =>
      withDeadline(
        new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
          const req = httpRequest(`${server.url}/api/v1/events`, (res) => {
            if (res.statusCode === 200) {
              open.push(() => req.destroy());
              resolve({ status: 200, headers: res.headers, body: '' });
              return;
            }
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          });
          req.on('error', reject);
          req.end();
        }),
        5000,
        'stream attach',
      );
    try {
      assert.equal((await attach()).status, 200);
      assert.equal((await attach()).status, 200);
      const perClient = await attach();
      assert.equal(perClient.status, 429);
      assert.equal(perClient.headers['retry-after'], String(CAP_RETRY_AFTER_S));
      assert.equal((JSON.parse(perClient.body) as { error: { code: string } }).error.code, 'too_many_requests');
      assert.equal(app.subscriberCount, 2);
      await request(app).get('/healthz').timeout(2000).expect(200);
      await request(server.url).get('/api/v1/snapshot').timeout(2000).expect(200);
      open.pop()?.();
      await withDeadline(
        (async () => {
          while (app.subscriberCount !== 1) await new Promise((resolve) => setImmediate(resolve));
        })(),
        2000,
        'a closed stream to give its place back',
      );
      assert.equal((await attach()).status, 200);
    } finally {
      for (const close of open) close();
      await server.close();
    }
  });

  it('answers 503 too_many_subscribers once the server holds its cap', async () => {
    const { app } = build({ maxSubscribers: 1 });
    const server = await listen(app);
    try {
      const first = httpRequest(`${server.url}/api/v1/events`);
      first.end();
      await withDeadline(new Promise((resolve) => first.once('response', resolve)), 2000, 'first stream');
      const res = await request(server.url).get('/api/v1/events').timeout(2000);
      assertError(res, 'too_many_subscribers');
      assert.equal(res.headers['retry-after'], String(CAP_RETRY_AFTER_S));
      first.destroy();
    } finally {
      await server.close();
    }
  });

  it('lowers the cap to fit the file-descriptor limit', () => {
    assert.deepEqual(fitSubscriberCap(10_000, 1024), { cap: 768, lowered: true });
    assert.deepEqual(fitSubscriberCap(100, 1024), { cap: 100, lowered: false });
    assert.deepEqual(fitSubscriberCap(100, undefined), { cap: 100, lowered: false });
    const limit = fileDescriptorLimit();
    assert.ok(limit === undefined || limit > 0);
  });
});

describe('hostile bodies', () => {
  const snapshot = JSON.stringify(fixtureSnapshot(1));

  it('decodes gzip, deflate and br, applying the size limit to the decoded bytes', async () => {
    const { app, store } = build({ bodyLimitBytes: 64 * 1024 });
    const server = await listen(app);
    try {
      for (const [encoding, body] of [
        ['gzip', gzipSync(snapshot)],
        ['deflate', deflateSync(snapshot)],
        ['br', brotliCompressSync(snapshot)],
      ] as const) {
        const res = await rawPut(server.url, body, { 'content-type': 'application/json', 'content-encoding': encoding });
        assert.equal(res.status, 200, `${encoding}: ${res.body}`);
      }
      const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
      assert.ok(bomb.length < 64 * 1024, 'the bomb itself fits the limit');
      const exploded = await rawPut(server.url, bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      assert.equal(exploded.status, 413, exploded.body);
      assert.match(exploded.body, /once decoded/);
      const broken = await rawPut(server.url, Buffer.from('not gzip at all'), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      assert.equal(broken.status, 400, broken.body);
      const unknown = await rawPut(server.url, snapshot, { 'content-type': 'application/json', 'content-encoding': 'compress' });
      assert.equal(unknown.status, 415, unknown.body);
      assert.equal(store.current().sequence, 4);
    } finally {
      await server.close();
    }
  });

  it('refuses nesting past the limit quickly, without recursion, even a million levels deep', async () => {
    const { app, store } = build({ bodyLimitBytes: 4 * 1024 * 1024 });
    const server = await listen(app);
    try {
      const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
      const began = Date.now();
      const res = await rawPut(server.url, deep, { 'content-type': 'application/json' });
      assert.equal(res.status, 400, res.body);
      assert.match(res.body, new RegExp(`deeper than ${MAX_JSON_DEPTH} levels`));
      assert.ok(Date.now() - began < 2000, 'refused without parsing');
      const justDeepEnough = `{"x":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
      const shallow = await rawPut(server.url, justDeepEnough, { 'content-type': 'application/json' });
      assert.equal(JSON.parse(shallow.body).error.code, 'invalid_snapshot', 'parsed, then refused by the schema');
      assert.equal(store.current().sequence, 1);
    } finally {
      await server.close();
    }
  });

  it('stores __proto__ and constructor keys verbatim', async () => {
    const { app, store } = build();
    const server = await listen(app);
    try {
      const body = snapshot.replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":"kept",');
      const res = await rawPut(server.url, body, { 'content-type': 'application/json' });
      assert.equal(res.status, 200, res.body);
      const json = store.currentPublished().json;
      assert.match(json, /"__proto__":\{"polluted":true\}/);
      assert.match(json, /"constructor":"kept"/);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    } finally {
      await server.close();
    }
  });

  it('answers a body that never finishes with 408 in JSON and publishes nothing', async () => {
    const { app, store } = build({ requestTimeoutMs: 300 });
    const server = await listen(app);
    try {
      const res = await withDeadline(
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest(`${server.url}/api/v1/snapshot`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${PUBLISH}`, 'content-type': 'application/json', 'content-length': String(snapshot.length) },
          });
          req.on('response', (answer) => {
            let text = '';
            answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
            answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }));
          });
          req.on('error', reject);
          req.write(snapshot.slice(0, 10));
        }),
        5000,
        'the 408',
      );
      assert.equal(res.status, 408);
      assert.equal((JSON.parse(res.body) as { error: { code: string } }).error.code, 'request_timeout');
      assert.equal(store.current().sequence, 1);
    } finally {
      await server.close();
    }
  });
});

describe('headers on every answer', () => {
  it('sends nosniff everywhere, no X-Powered-By, no-cache with the ETag on the snapshot and no-store on errors and health', async () => {
    const { app } = build();
    for (const path of ['/', '/healthz', '/api/v1/snapshot', '/nowhere']) {
      const res = await request(app).get(path).timeout(2000);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['x-powered-by'], undefined, path);
    }
    const snapshot = await request(app).get('/api/v1/snapshot').timeout(2000).expect(200);
    assert.equal(snapshot.headers['cache-control'], 'no-cache');
    assert.equal(snapshot.headers['etag'], '"epoch-1-1"');
    assert.equal((await request(app).get('/healthz').timeout(2000)).headers['cache-control'], 'no-store');
    assertError(await request(app).delete('/healthz').timeout(2000), 'method_not_allowed');
  });
});

describe('serve beyond loopback', () => {
  it('refuses a non-loopback --host without a read token or --public, saying which flag to add', async () => {
    const refused = await runCli(['serve', '--host', '0.0.0.0', '--port', '0']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--read-token/);
    assert.match(refused.stderr, /--public/);
  });

  it('starts with --public or a read token, and logs its caps and the Host check being off', async () => {
    const server = await startServe(['--host', '0.0.0.0', '--public', '--allowed-host', '*', '--max-subscribers', '5']);
    try {
      const started = server.logs.find((line) => line['event'] === 'started')!;
      assert.equal(started['max_subscribers'], 5);
      await server.waitForLog((line) => line['event'] === 'host_check_off', 'the Host check warning');
      await server.waitForLog((line) => line['event'] === 'exposed_without_read_token', 'the exposure warning');
    } finally {
      await server.stop();
    }
    const guarded = await startServe(['--host', '0.0.0.0', '--read-token', READ], { OPENSYMPHONY_ALLOWED_HOSTS: 'control.example.com' });
    try {
      const port = new URL(guarded.url).port;
      const res = await withDeadline(fetch(`http://127.0.0.1:${port}/api/v1/snapshot`), 5000, 'unauthorised read');
      assert.equal(res.status, 401);
      const ok = await withDeadline(fetch(`http://127.0.0.1:${port}/api/v1/snapshot`, { headers: { authorization: `Bearer ${READ}` } }), 5000, 'read');
      assert.equal(ok.status, 200);
      const watched = await runCli(['watch', '--once', `http://127.0.0.1:${port}`], { env: { OPENSYMPHONY_READ_TOKEN: READ } });
      assert.equal(watched.code, 0, watched.stderr);
    } finally {
      await guarded.stop();
    }
  });
});
