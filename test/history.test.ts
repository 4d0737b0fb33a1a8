import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import type { SnapshotEnvelope } from '../generated/api-types.js';
import { MetricsHistoryValidator } from '../generated/validators/index.js';
import { createApp } from '../src/app.js';
import { FOLLOW_RECONNECT_BASE_MS, FOLLOW_RECONNECT_MAX_MS, isNewer } from '../src/client/follow.js';
import { HISTORY_MAX_AGE_MS, HISTORY_MAX_POINTS, MetricsHistoryRing, metricsHistoryOf } from '../src/history.js';
import { SnapshotStore } from '../src/store.js';
import { canonicalEnvelope } from '../src/wire.js';
import { fixtureEnvelope, fixtureSnapshot, fixtureTime } from './fixtures/reference.js';

const READ = 'read-token-1';

function storeAt(clock: { now: number }): SnapshotStore {
  return new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(clock.now), epoch: 'epoch-h' });
}

describe('the metrics history ring', () => {
  it('keeps one point per publish, oldest first, ending with the current envelope', () => {
    const clock = { now: Date.parse(fixtureTime(0)) };
    const store = storeAt(clock);
    const ring = new MetricsHistoryRing(store);
    for (let step = 1; step <= 3; step += 1) {
      clock.now += 1_000;
      store.publish(fixtureSnapshot(step));
    }
    const history = ring.toJSON();
    assert.ok(MetricsHistoryValidator.is(history));
    assert.deepEqual(history.points.map((point) => point.sequence), [1, 2, 3, 4]);
    assert.deepEqual(history.points.at(-1), {
      published_at: store.current().published_at,
      sequence: 4,
      generated_at: fixtureTime(3),
      metrics: store.current().snapshot.metrics,
    });
    assert.equal(history.max_points, HISTORY_MAX_POINTS);
    assert.equal(history.max_age_seconds, HISTORY_MAX_AGE_MS / 1_000);
    ring.unsubscribe();
  });

  it('keeps at most the last max_points publishes', () => {
    const clock = { now: Date.parse(fixtureTime(0)) };
    const store = storeAt(clock);
    const ring = new MetricsHistoryRing(store, { maxPoints: 5 });
    for (let step = 1; step <= 2_500; step += 1) store.publish(fixtureSnapshot(step));
    assert.deepEqual(ring.toJSON().points.map((point) => point.sequence), [2_497, 2_498, 2_499, 2_500, 2_501]);
    assert.equal(ring.size, 5);
    ring.unsubscribe();
  });

  it('drops points published longer than max_age before the newest', () => {
    const clock = { now: Date.parse(fixtureTime(0)) };
    const store = storeAt(clock);
    const ring = new MetricsHistoryRing(store, { maxAgeMs: 60_000 });
    clock.now += 30_000;
    store.publish(fixtureSnapshot(1));
    clock.now += 45_000;
    store.publish(fixtureSnapshot(2));
    assert.deepEqual(ring.toJSON().points.map((point) => point.sequence), [2, 3]);
    ring.unsubscribe();
  });

  it('refuses bounds that cannot hold a point', () => {
    const store = storeAt({ now: 0 });
    assert.throws(() => new MetricsHistoryRing(store, { maxPoints: 0 }), RangeError);
    assert.throws(() => new MetricsHistoryRing(store, { maxAgeMs: -1 }), RangeError);
  });

  it('is one ring per store, however many apps serve it', () => {
    const store = storeAt({ now: 0 });
    createApp({ store });
    createApp({ store });
    assert.equal(store.subscriberCount, 1);
    assert.equal(metricsHistoryOf(store), metricsHistoryOf(store));
  });
});

describe('GET /api/v1/history', () => {
  it('serves the publishes since the app was built, valid against the schema and never cached', async () => {
    const clock = { now: Date.parse(fixtureTime(0)) };
    const store = storeAt(clock);
    const app = createApp({ store, validateResponses: true });
    clock.now += 1_000;
    store.publish(fixtureSnapshot(1));
    const res = await request(app).get('/api/v1/history').timeout(2000).expect(200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(MetricsHistoryValidator.is(res.body));
    assert.equal(res.body.epoch, 'epoch-h');
    assert.deepEqual(res.body.points.map((point: { sequence: number }) => point.sequence), [1, 2]);
  });

  it('needs the read token when the server has one, and answers 405 to writes', async () => {
    const app = createApp({ store: storeAt({ now: 0 }), readToken: READ });
    const refused = await request(app).get('/api/v1/history').timeout(2000).expect(401);
    assert.equal(refused.body.error.code, 'unauthorized');
    await request(app).get(`/api/v1/history?access_token=${READ}`).timeout(2000).expect(200);
    await request(app).get('/api/v1/history').set('authorization', `Bearer ${READ}`).timeout(2000).expect(200);
    const put = await request(app).put('/api/v1/history').set('authorization', `Bearer ${READ}`).timeout(2000).expect(405);
    assert.equal(put.headers['allow'], 'GET, HEAD');
  });

  it('serves the client’s follow rules and the schema’s defaults to the dashboard as a JavaScript module', async () => {
    const app = createApp({ store: storeAt({ now: 0 }), basePath: '/opensymphony' });
    const res = await request(app).get('/opensymphony/dashboard/follow.js').timeout(2000).expect(200);
    assert.match(String(res.headers['content-type']), /^text\/javascript/);
    const served = (await import(`data:text/javascript,${encodeURIComponent(res.text)}`)) as {
      isNewer: typeof isNewer;
      RECONNECT_BASE_MS: number;
      RECONNECT_MAX_MS: number;
      withDefaults(envelope: unknown): SnapshotEnvelope;
    };
    assert.equal(served.RECONNECT_BASE_MS, FOLLOW_RECONNECT_BASE_MS);
    assert.equal(served.RECONNECT_MAX_MS, FOLLOW_RECONNECT_MAX_MS);
    const envelope = (sequence: number, epoch?: string): SnapshotEnvelope => ({ sequence, published_at: fixtureTime(0), snapshot: fixtureSnapshot(0), ...(epoch ? { epoch } : {}) });
    const cases: [SnapshotEnvelope, SnapshotEnvelope | undefined, boolean][] = [
      [envelope(1, 'a'), undefined, false],
      [envelope(2, 'a'), envelope(1, 'a'), true],
      [envelope(1, 'a'), envelope(2, 'a'), true],
      [envelope(1, 'b'), envelope(5, 'a'), true],
      [envelope(1), envelope(5), false],
      [envelope(1), envelope(5), true],
      [envelope(5), envelope(5), false],
    ];
    for (const [candidate, current, sameConnection] of cases) {
      assert.equal(served.isNewer(candidate, current, sameConnection), isNewer(candidate, current, sameConnection));
    }
    // The schema's defaults: an envelope without the members a producer may leave out reads as
    // the store would publish it, and the arrays left out when empty read as empty.
    const bare = fixtureEnvelope(1) as unknown as { snapshot: Record<string, unknown> & { issues: Array<Record<string, unknown>> } };
    delete bare.snapshot['memory_server'];
    for (const name of ['input_tokens', 'output_tokens', 'cache_read_tokens']) delete bare.snapshot.issues[0]![name];
    const filled = served.withDefaults(structuredClone(bare));
    const canonical = canonicalEnvelope(bare as unknown as SnapshotEnvelope);
    assert.deepEqual(filled.snapshot.memory_server, canonical.snapshot.memory_server);
    const [issue, published] = [filled.snapshot.issues[0]!, canonical.snapshot.issues[0]!];
    assert.deepEqual([issue.input_tokens, issue.output_tokens, issue.cache_read_tokens], [published.input_tokens, published.output_tokens, published.cache_read_tokens]);
    assert.deepEqual([issue.recent_events, issue.modified_files], [[], []]);
    const page = await request(app).get('/opensymphony/').timeout(2000).expect(200);
    const policy = String(page.headers['content-security-policy']);
    assert.match(policy, /script-src 'sha256-[^']+' 'self';/);
    assert.doesNotMatch(policy, /unsafe-inline/);
  });
});
