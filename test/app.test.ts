import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import express from 'express';
import request, { type Response } from 'supertest';
import type { ErrorCode } from '../generated/api-types.js';
import { ErrorResponseValidator, HealthResponseValidator, SnapshotEnvelopeValidator } from '../generated/validators/index.js';
import { createApp, type AppOptions } from '../src/app.js';
import { ERROR_REGISTRY } from '../src/errors.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime, referenceSnapshotJson } from './fixtures/reference.js';
import { readSpec } from './support/spec.js';

const TOKEN = 's3cret-token';

function build(options: Partial<AppOptions> = {}) {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'epoch-1' });
  const app = createApp({ store, validateResponses: true, ...options });
  return { store, app };
}

function assertError(res: Response, status: number, code: ErrorCode): void {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status} ${res.text}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  assert.ok(ErrorResponseValidator.is(res.body), `not an Error envelope: ${res.text}`);
  assert.equal(res.body.error.code, code);
  assert.doesNotMatch(res.text, /\n\s+at /, 'no stack traces');
}

describe('GET /healthz and GET /api/v1/snapshot', () => {
  it('answers health with the current sequence, issue count and epoch', async () => {
    const { app, store } = build();
    store.publish(fixtureSnapshot(1));
    const res = await request(app).get('/healthz').timeout(2000).expect(200);
    assert.ok(HealthResponseValidator.is(res.body));
    assert.deepEqual(res.body, { status: 'ok', current_sequence: 2, published_at: fixtureTime(0), issue_count: 1, epoch: 'epoch-1' });
  });

  it('serves the current envelope with the reference’s bytes', async () => {
    const { app } = build();
    const res = await request(app).get('/api/v1/snapshot').timeout(2000).expect(200);
    assert.ok(SnapshotEnvelopeValidator.is(res.body));
    assert.equal(res.text, `{"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":${referenceSnapshotJson(0)},"epoch":"epoch-1"}`);
  });

  it('names each envelope with an ETag and answers 304 until a newer one is published', async () => {
    const { app, store } = build();
    const first = await request(app).get('/api/v1/snapshot').timeout(2000).expect(200);
    assert.equal(first.headers['etag'], '"epoch-1-1"');
    assert.equal(first.text, store.currentPublished().json);
    const unchanged = await request(app).get('/api/v1/snapshot').set('if-none-match', '"epoch-1-1"').timeout(2000);
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.text, '');
    store.publish(fixtureSnapshot(1));
    const changed = await request(app).get('/api/v1/snapshot').set('if-none-match', '"epoch-1-1"').timeout(2000).expect(200);
    assert.equal(changed.headers['etag'], '"epoch-1-2"');
    assert.equal(changed.body.sequence, 2);
  });

  it('answers HEAD on the JSON routes without a body', async () => {
    const { app } = build();
    const res = await request(app).head('/api/v1/snapshot').timeout(2000).expect(200);
    assert.equal(res.text, undefined);
  });
});

describe('PUT /api/v1/snapshot', () => {
  it('is off (403) when no publish token is configured', async () => {
    const { app, store } = build();
    const res = await request(app).put('/api/v1/snapshot').set('authorization', `Bearer ${TOKEN}`).send(fixtureSnapshot(1)).timeout(2000);
    assertError(res, 403, 'publishing_disabled');
    assert.equal(store.current().sequence, 1);
  });

  it('requires the bearer token (401 with WWW-Authenticate when missing or wrong)', async () => {
    const { app, store } = build({ publishToken: TOKEN });
    for (const header of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, 'Bearer']) {
      const req = request(app).put('/api/v1/snapshot').send(fixtureSnapshot(1)).timeout(2000);
      const res = await (header === undefined ? req : req.set('authorization', header));
      assertError(res, 401, 'unauthorized');
      assert.match(String(res.headers['www-authenticate']), /^Bearer/);
    }
    assert.equal(store.current().sequence, 1);
  });

  it('publishes with the right token and returns the new envelope', async () => {
    const { app, store } = build({ publishToken: TOKEN });
    const res = await request(app).put('/api/v1/snapshot').set('authorization', `bearer ${TOKEN}`).send(fixtureSnapshot(1)).timeout(2000).expect(200);
    assert.ok(SnapshotEnvelopeValidator.is(res.body));
    assert.equal(res.body.sequence, 2);
    assert.equal(res.body.snapshot.recent_events[0]?.summary, 'published step 1');
    assert.equal(store.current().sequence, 2);
  });

  it('rejects invalid snapshots with every violation as a JSON Pointer, and changes nothing', async () => {
    const { app, store } = build({ publishToken: TOKEN });
    const cases: Array<[unknown, string]> = [
      [{ ...fixtureSnapshot(1), agent_server: { ...fixtureSnapshot(1).agent_server, reachable: 'yes' } }, '/agent_server/reachable'],
      [{ ...fixtureSnapshot(1), generated_at: 'yesterday' }, '/generated_at'],
      [{ ...fixtureSnapshot(1), metrics: { ...fixtureSnapshot(1).metrics, input_tokens: -1 } }, '/metrics/input_tokens'],
      [{ ...fixtureSnapshot(1), daemon: undefined }, '/daemon'],
      ['a string', ''],
      [[1, 2], ''],
    ];
    for (const [body, path] of cases) {
      const res = await request(app).put('/api/v1/snapshot').set('authorization', `Bearer ${TOKEN}`).set('content-type', 'application/json').send(JSON.stringify(body)).timeout(2000);
      assertError(res, 400, 'invalid_snapshot');
      const paths = (res.body.error.details ?? []).map((detail: { path: string }) => detail.path);
      assert.ok(paths.includes(path), `expected a detail at ${JSON.stringify(path)}, got ${JSON.stringify(paths)}`);
    }
    assert.equal(store.current().sequence, 1);
  });

  it('validates structure, formats and ranges once, with the generated validator', async () => {
    const { app } = build({ publishToken: TOKEN });
    const put = (body: unknown) => request(app).put('/api/v1/snapshot').set('authorization', `Bearer ${TOKEN}`).send(body as object).timeout(2000);
    const structural = await put({ ...fixtureSnapshot(1), agent_server: { ...fixtureSnapshot(1).agent_server, reachable: 'yes' } });
    assert.equal(structural.body.error.details[0].message, 'must be boolean');
    const format = await put({ ...fixtureSnapshot(1), generated_at: 'yesterday' });
    assert.match(format.body.error.details[0].message, /must match format "date-time"/);
  });

  it('rejects malformed JSON (400), a non-JSON body (415) and a body over the limit (413)', async () => {
    const { app, store } = build({ publishToken: TOKEN, bodyLimitBytes: 2048 });
    const auth = `Bearer ${TOKEN}`;
    assertError(await request(app).put('/api/v1/snapshot').set('authorization', auth).set('content-type', 'application/json').send('{"generated_at":').timeout(2000), 400, 'invalid_json');
    assertError(await request(app).put('/api/v1/snapshot').set('authorization', auth).set('content-type', 'text/plain').send('hello').timeout(2000), 415, 'unsupported_media_type');
    assertError(await request(app).put('/api/v1/snapshot').set('authorization', auth).timeout(2000), 415, 'unsupported_media_type');
    const big = { ...fixtureSnapshot(1), padding: 'x'.repeat(4096) };
    assertError(await request(app).put('/api/v1/snapshot').set('authorization', auth).send(big).timeout(2000), 413, 'payload_too_large');
    assert.equal(store.current().sequence, 1);
  });

  it('checks the token before reading the body', async () => {
    const { app } = build({ publishToken: TOKEN, bodyLimitBytes: 16 });
    const res = await request(app).put('/api/v1/snapshot').set('content-type', 'application/json').send('{not json but unauthenticated').timeout(2000);
    assertError(res, 401, 'unauthorized');
  });

  it('reports each rejected publish', async () => {
    const rejected: string[] = [];
    const { app } = build({ publishToken: TOKEN, onPublishRejected: (event) => rejected.push(event.code) });
    await request(app).put('/api/v1/snapshot').send({}).timeout(2000);
    await request(app).put('/api/v1/snapshot').set('authorization', `Bearer ${TOKEN}`).send({}).timeout(2000);
    assert.deepEqual(rejected, ['unauthorized', 'invalid_snapshot']);
  });
});

describe('errors', () => {
  it('answers unknown routes with 404 JSON', async () => {
    const { app } = build();
    for (const path of ['/nope', '/api/v1', '/api/v2/snapshot', '/healthz/extra']) {
      assertError(await request(app).get(path).timeout(2000), 404, 'not_found');
    }
  });

  it('answers a wrong method with 405 JSON and Allow', async () => {
    const { app } = build();
    const cases: Array<[string, string, string]> = [
      ['delete', '/api/v1/snapshot', 'GET, HEAD, PUT'],
      ['post', '/api/v1/snapshot', 'GET, HEAD, PUT'],
      ['post', '/healthz', 'GET, HEAD'],
      ['put', '/api/v1/events', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await (request(app) as unknown as Record<string, (path: string) => request.Test>)[method]!(path).timeout(2000);
      assertError(res, 405, 'method_not_allowed');
      assert.equal(res.headers['allow'], allow);
    }
  });

  it('hides internal failures behind a 500 JSON body without a stack trace', async () => {
    const failures: unknown[] = [];
    const { app, store } = build({ onInternalError: (error) => failures.push(error) });
    store.current = () => {
      throw new Error('secret internals');
    };
    const res = await request(app).get('/healthz').timeout(2000);
    assertError(res, 500, 'internal_error');
    assert.doesNotMatch(res.text, /secret internals/);
    assert.equal(failures.length, 1);
  });

  it('maps every code of the spec’s ErrorCode enum, and no other', () => {
    const defs = readSpec('control-plane.schema.yaml')['$defs'] as Record<string, { enum?: string[] }>;
    assert.deepEqual(Object.keys(ERROR_REGISTRY).sort(), [...(defs['ErrorCode']?.enum ?? [])].sort());
    const openapi = readSpec('openapi.yaml') as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const publishStatuses = Object.keys(openapi.paths['/api/v1/snapshot']?.['put']?.responses ?? {});
    for (const code of ['invalid_json', 'invalid_snapshot', 'unauthorized', 'publishing_disabled', 'payload_too_large', 'unsupported_media_type'] as const) {
      assert.ok(publishStatuses.includes(String(ERROR_REGISTRY[code].status)), `PUT /api/v1/snapshot documents ${ERROR_REGISTRY[code].status}`);
    }
  });
});

describe('path prefixes', () => {
  it('serves everything under basePath, and nothing outside it', async () => {
    const { app } = build({ basePath: '/opensymphony/' });
    const res = await request(app).get('/opensymphony/healthz').timeout(2000).expect(200);
    assert.ok(HealthResponseValidator.is(res.body));
    await request(app).get('/opensymphony/api/v1/snapshot').timeout(2000).expect(200);
    assertError(await request(app).get('/healthz').timeout(2000), 404, 'not_found');
  });

  it('can be mounted inside another express app', async () => {
    const { app: plane } = build();
    const host = express();
    host.use('/control', plane);
    await request(host).get('/control/healthz').timeout(2000).expect(200);
    const res = await request(host).get('/control/api/v1/snapshot').timeout(2000).expect(200);
    assert.equal(res.body.sequence, 1);
  });
});
