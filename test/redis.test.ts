/**
 * The Redis engine on a real Redis: `redis-server` started here on a free port, replicas as
 * separate `serve --redis` processes (run `npm run build` first: the bin runs dist/).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { performance } from 'node:perf_hooks';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { StoreUnavailableError } from '../src/engine.js';
import { createRedisStore, type RedisSnapshotStore } from '../src/redis-store.js';
import { SnapshotStore } from '../src/store.js';
import { startServe, type ServeProcess } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { SseReader } from './support/sse-reader.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { redisServerAvailable, startRedis, type RedisProcess } from './support/redis-server.js';

const TOKEN = 'redis-test-token';
const REQUEST_MS = 5_000;
/** How long replicas may take to notice Redis is gone or back (reconnect backoff is capped at 1 s). */
const RECOVERY_MS = 10_000;
/** Far above the 100 ms target (which the bench measures): only a replica that stopped converging fails it. */
const CONVERGENCE_SANITY_MS = 1_000;

const available = redisServerAvailable();
const skip = !available && !process.env['CI'] ? 'redis-server is not installed (apt-get install redis-server, or scripts/setup.sh); these tests run in CI' : false;

test('redis-server is installed where CI runs these tests', { skip: !process.env['CI'] }, () => {
  assert.ok(available, 'redis-server is missing: CI must run the Redis engine tests (scripts/setup.sh installs it)');
});

let redis: RedisProcess | undefined;
const processes: ServeProcess[] = [];
const readers: SseReader[] = [];
let prefixCount = 0;

before(async () => {
  if (available) redis = await startRedis();
});

after(async () => {
  for (const reader of readers) reader.close();
  await Promise.allSettled(processes.map((replica) => replica.stop('SIGKILL')));
  await redis?.dispose();
});

function redisUrl(): string {
  assert.ok(redis, 'redis-server is not running');
  return redis.url;
}

/** A fresh prefix per test: each test is its own control plane on the shared Redis. */
function freshPrefix(): string {
  prefixCount += 1;
  return `test-${process.pid}-${prefixCount}`;
}

async function replica(prefix: string, extra: string[] = []): Promise<ServeProcess> {
  const started = await startServe(['--redis', redisUrl(), '--redis-prefix', prefix, '--publish-token', TOKEN, ...extra]);
  processes.push(started);
  return started;
}

async function put(base: string, step: number): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await withDeadline(
    fetch(`${base}/api/v1/snapshot`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(fixtureSnapshot(step)),
      signal: AbortSignal.timeout(REQUEST_MS),
    }),
    REQUEST_MS,
    `PUT on ${base}`,
  );
  return { status: response.status, headers: response.headers, body: await withDeadline(response.text(), REQUEST_MS, 'the PUT body') };
}

async function publish(base: string, step: number): Promise<SnapshotEnvelope> {
  const answer = await put(base, step);
  assert.equal(answer.status, 200, answer.body);
  return JSON.parse(answer.body) as SnapshotEnvelope;
}

async function read(base: string): Promise<{ status: number; etag: string | null; body: string; envelope: SnapshotEnvelope }> {
  const response = await withDeadline(fetch(`${base}/api/v1/snapshot`, { signal: AbortSignal.timeout(REQUEST_MS) }), REQUEST_MS, `GET on ${base}`);
  const body = await withDeadline(response.text(), REQUEST_MS, 'the GET body');
  return { status: response.status, etag: response.headers.get('etag'), body, envelope: JSON.parse(body) as SnapshotEnvelope };
}

async function stream(base: string): Promise<SseReader> {
  const reader = await SseReader.open(`${base}/api/v1/events`);
  readers.push(reader);
  await reader.until(() => reader.events.length > 0, REQUEST_MS, 'the first event');
  return reader;
}

function envelopesOf(reader: SseReader): SnapshotEnvelope[] {
  return reader.events.map((event) => JSON.parse(event.data) as SnapshotEnvelope);
}

/** Sequences only go up on one stream: never a duplicate, never a regression. */
function assertIncreasing(reader: SseReader, what: string): void {
  const ids = reader.ids();
  for (let index = 1; index < ids.length; index += 1) {
    assert.ok(ids[index]! > ids[index - 1]!, `${what}: sequence ${ids[index]} came after ${ids[index - 1]}`);
  }
}

/** Resolves once `condition` holds, re-checked whenever `watch` calls back. */
async function when(watch: (wake: () => void) => () => void, condition: () => boolean, ms: number, what: string): Promise<void> {
  let stop = () => undefined as void;
  try {
    await withDeadline(
      new Promise<void>((resolve) => {
        const check = () => {
          if (condition()) resolve();
        };
        stop = watch(check);
        check();
      }),
      ms,
      what,
    );
  } finally {
    stop();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

test('an envelope published through Redis has the bytes the in-memory store makes for it', { skip }, async () => {
  const clock = () => new Date(fixtureTime(10));
  const store = await createRedisStore({ url: redisUrl(), prefix: freshPrefix(), initial: fixtureSnapshot(0), clock });
  try {
    const memory = new SnapshotStore(fixtureSnapshot(0), { epoch: store.epoch, clock });
    assert.equal(store.currentPublished().json, memory.currentPublished().json);
    const viaRedis = await withDeadline(store.publish(fixtureSnapshot(1)), REQUEST_MS, 'the publish');
    const inMemory = memory.publish(fixtureSnapshot(1));
    assert.equal(store.serialized(viaRedis), memory.serialized(inMemory));
    assert.equal(store.currentPublished().json, memory.currentPublished().json);
    assert.equal(store.ready(), true);
  } finally {
    await store.close();
  }
});

test('unknown members, one named like an array index, reach Redis and every replica in the bytes the in-memory store writes', { skip }, async () => {
  const clock = () => new Date(fixtureTime(10));
  const prefix = freshPrefix();
  /** `fixtureSnapshot(step)` with unknown members added to the snapshot and to its issue. */
  const withUnknown = (step: number, snapshotMembers: object, issueMembers: object): DaemonSnapshot => {
    const snapshot = fixtureSnapshot(step);
    return { ...snapshot, ...snapshotMembers, issues: snapshot.issues.map((issue) => ({ ...issue, ...issueMembers })) };
  };
  // "7" is an array index to JavaScript, which enumerates it before the known members.
  const indexNamed = withUnknown(1, { '7': { nested: [1, 2] } }, { '7': 'x', paused: true });
  const ordinary = withUnknown(2, { future_field: { added: 'later' } }, { paused: true });
  const store = await createRedisStore({ url: redisUrl(), prefix, initial: fixtureSnapshot(0), clock });
  let later: RedisSnapshotStore | undefined;
  try {
    const memory = new SnapshotStore(fixtureSnapshot(0), { epoch: store.epoch, clock });
    const written: string[] = [];
    for (const snapshot of [indexNamed, ordinary]) {
      const viaRedis = await withDeadline(store.publish(snapshot), REQUEST_MS, 'the publish');
      const inMemory = memory.publish(snapshot);
      written.push(memory.currentPublished().json);
      assert.equal(store.serialized(viaRedis), memory.serialized(inMemory));
      assert.equal(store.currentPublished().json, memory.currentPublished().json);
    }
    // What Redis holds, as a replica that starts now reads it.
    later = await createRedisStore({ url: redisUrl(), prefix, initial: fixtureSnapshot(0), clock });
    assert.equal(later.currentPublished().json, memory.currentPublished().json);
    // Not merely equal: "7" comes after the known members, in canonical order.
    assert.match(written[0]!, /"cache_read_tokens":256,"7":"x","paused":true\}\],"recent_events":\[[^\]]*\],"7":\{"nested":\[1,2\]\}\},"epoch":/);
    assert.match(written[1]!, /"cache_read_tokens":256,"paused":true\}\],"recent_events":\[[^\]]*\],"future_field":\{"added":"later"\}\},"epoch":/);
  } finally {
    await later?.close();
    await store.close();
  }
});

test('three replicas under a publish storm give every publish its own sequence and every stream increasing sequences', { skip }, async () => {
  const prefix = freshPrefix();
  // One at a time: three start-ups at once on a small machine can take longer than startServe waits.
  const replicas = [await replica(prefix), await replica(prefix), await replica(prefix)];
  const epochs = await Promise.all(replicas.map(async (one) => (await read(one.url)).envelope.epoch));
  assert.equal(new Set(epochs).size, 1, `one epoch for all: ${epochs.join(', ')}`);
  const streams = await Promise.all(replicas.flatMap((one) => [stream(one.url), stream(one.url)]));
  const start = (await read(replicas[0]!.url)).envelope.sequence;

  const PUBLISHERS_PER_REPLICA = 4;
  const PUBLISHES_EACH = 20;
  const acknowledged = new Map<number, number>(); // sequence → the fixture step published
  let step = 1000;
  await withDeadline(
    Promise.all(
      replicas.flatMap((one) =>
        Array.from({ length: PUBLISHERS_PER_REPLICA }, async () => {
          for (let index = 0; index < PUBLISHES_EACH; index += 1) {
            step += 1;
            const mine = step;
            const envelope = await publish(one.url, mine);
            assert.ok(!acknowledged.has(envelope.sequence), `sequence ${envelope.sequence} was given twice`);
            acknowledged.set(envelope.sequence, mine);
            // GET on the publishing replica is at least as new as what its publish returned.
            assert.ok((await read(one.url)).envelope.sequence >= envelope.sequence);
          }
        }),
      ),
    ),
    60_000,
    'the publish storm',
  );
  const total = replicas.length * PUBLISHERS_PER_REPLICA * PUBLISHES_EACH;
  const last = start + total;
  assert.deepEqual(
    [...acknowledged.keys()].sort((a, b) => a - b),
    Array.from({ length: total }, (_, index) => start + 1 + index),
    'no sequence lost, none shared',
  );

  let skipped = 0;
  for (const [index, reader] of streams.entries()) {
    await reader.until(() => reader.ids().at(-1) === last, REQUEST_MS, `stream ${index} to reach ${last}`);
    assertIncreasing(reader, `stream ${index}`);
    for (const envelope of envelopesOf(reader)) {
      if (envelope.sequence <= start) continue;
      assert.equal(envelope.epoch, epochs[0]);
      assert.deepEqual(envelope.snapshot.recent_events[0]?.summary, `published step ${acknowledged.get(envelope.sequence)}`, `the content of sequence ${envelope.sequence}`);
    }
    skipped += total - reader.ids().filter((id) => id > start).length;
  }
  // Jumps forward are allowed (a slow consumer), but on loopback every stream should see every publish.
  assert.equal(skipped, 0, `${skipped} envelopes skipped over ${streams.length} streams`);
  const finals = await Promise.all(replicas.map((one) => read(one.url)));
  assert.equal(new Set(finals.map((answer) => answer.body)).size, 1, 'every replica serves the same bytes');
  assert.equal(new Set(finals.map((answer) => answer.etag)).size, 1);

  // Convergence, paced: from a publish's answer to every other replica's stream delivering it.
  const latencies: number[] = [];
  for (let round = 0; round < 60; round += 1) {
    const origin = replicas[round % replicas.length]!;
    // From before the PUT is sent: an upper bound that includes the publish itself.
    const sent = performance.now();
    const envelope = await publish(origin.url, 5000 + round);
    const others = streams.filter((_, index) => Math.floor(index / 2) !== round % replicas.length);
    await Promise.all(
      others.map(async (reader) => {
        await reader.until(() => (reader.ids().at(-1) ?? 0) >= envelope.sequence, REQUEST_MS, `sequence ${envelope.sequence}`);
        latencies.push(performance.now() - sent);
      }),
    );
  }
  const p99 = percentile(latencies, 99);
  process.stdout.write(`# convergence across replicas: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${latencies.length} deliveries\n`);
  // The 100 ms p99 target is a speed target, measured by `npm run bench` (its Redis rows), not here:
  // a test shares the machine with other tests. This only catches a replica that stopped converging.
  assert.ok(p99 <= CONVERGENCE_SANITY_MS, `p99 convergence ${p99.toFixed(1)} ms exceeds ${CONVERGENCE_SANITY_MS} ms`);
});

test('a replica killed mid-publish loses nothing it acknowledged', { skip }, async () => {
  const prefix = freshPrefix();
  const survivor = await replica(prefix);
  const victim = await replica(prefix);
  const watcher = await stream(survivor.url);
  const acknowledged: SnapshotEnvelope[] = [];
  let stop = false;
  const storm = (async () => {
    for (let step = 0; !stop; step += 1) {
      const answer = await put(victim.url, 2000 + step).catch(() => undefined);
      if (answer?.status !== 200) break;
      acknowledged.push(JSON.parse(answer.body) as SnapshotEnvelope);
    }
  })();
  // The first event is the envelope current when the stream opened.
  await watcher.until(() => watcher.events.length > 20, REQUEST_MS * 2, 'twenty publishes');
  victim.child.kill('SIGKILL');
  stop = true;
  await withDeadline(storm, REQUEST_MS, 'the storm to stop');
  const lastAcknowledged = acknowledged.at(-1)!;
  await watcher.until(() => (watcher.ids().at(-1) ?? 0) >= lastAcknowledged.sequence, REQUEST_MS, 'the last acknowledged publish on the survivor');
  const seen = new Map(envelopesOf(watcher).map((envelope) => [envelope.sequence, envelope]));
  for (const envelope of acknowledged) assert.deepEqual(seen.get(envelope.sequence), envelope, `acknowledged sequence ${envelope.sequence}`);
  assertIncreasing(watcher, 'the survivor');
  // The survivor goes on publishing after the sequences the dead replica took.
  const next = await publish(survivor.url, 2999);
  assert.ok(next.sequence > (watcher.ids().at(-2) ?? 0) && next.sequence > lastAcknowledged.sequence);
});

test('while Redis is away a publish is refused with 503 and Retry-After, reads go on, and replicas recover without a restart', { skip }, async () => {
  assert.ok(redis);
  const prefix = freshPrefix();
  const a = await replica(prefix, ['--keepalive-ms', '200']);
  const b = await replica(prefix, ['--keepalive-ms', '200']);
  const stateWatchers = new Set<() => void>();
  const inProcess = await createRedisStore({ url: redisUrl(), prefix, initial: fixtureSnapshot(0), onStateChange: () => stateWatchers.forEach((wake) => wake()) });
  const watchState = (wake: () => void) => {
    stateWatchers.add(wake);
    const unsubscribe = inProcess.subscribe(wake);
    return () => {
      stateWatchers.delete(wake);
      unsubscribe();
    };
  };
  try {
    const before = await publish(a.url, 1);
    const watcher = await stream(b.url);
    await watcher.until(() => watcher.ids().at(-1) === before.sequence, REQUEST_MS, 'the publish on the other replica');
    await when(watchState, () => inProcess.current().sequence >= before.sequence, REQUEST_MS, 'the in-process replica to catch up');
    await redis.save();
    const unavailableLogs = (one: ServeProcess) => one.logs.filter((line) => line['event'] === 'store_unavailable').length;
    const readyLogs = (one: ServeProcess) => one.logs.filter((line) => line['event'] === 'store_ready').length;
    const readyBefore = [readyLogs(a), readyLogs(b)];
    await redis.stop();

    await a.waitForLog((line) => line['event'] === 'store_unavailable', 'replica a to see Redis gone', RECOVERY_MS);
    await b.waitForLog((line) => line['event'] === 'store_unavailable', 'replica b to see Redis gone', RECOVERY_MS);
    const refused = await put(a.url, 2);
    assert.equal(refused.status, 503, refused.body);
    assert.equal(refused.headers.get('retry-after'), '2');
    assert.equal(refused.headers.get('cache-control'), 'no-store');
    assert.equal((JSON.parse(refused.body) as { error: { code: string } }).error.code, 'store_unavailable');
    await when(watchState, () => !inProcess.ready(), RECOVERY_MS, 'the in-process replica to see Redis gone');
    await assert.rejects(inProcess.publish(fixtureSnapshot(3)), StoreUnavailableError);
    for (const one of [a, b]) {
      const answer = await read(one.url);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.envelope, before);
      const readiness = await withDeadline(fetch(`${one.url}/readyz`), REQUEST_MS, 'readyz during the outage');
      assert.equal(readiness.status, 503, 'not ready while Redis is unreachable');
      assert.equal(((await readiness.json()) as { error: { code: string } }).error.code, 'not_ready');
    }
    // The stream stays open through the outage: keepalives still come.
    const comments = watcher.comments.length;
    await watcher.until(() => watcher.comments.length > comments, REQUEST_MS, 'a keepalive during the outage');
    assert.equal(watcher.ended, false);
    assert.ok(unavailableLogs(a) >= 1 && unavailableLogs(b) >= 1);

    await redis.start();
    await a.waitForLog(() => readyLogs(a) > readyBefore[0]!, 'replica a to be in step again', RECOVERY_MS);
    await b.waitForLog(() => readyLogs(b) > readyBefore[1]!, 'replica b to be in step again', RECOVERY_MS);
    // Nothing half-applied: the refused publish took no sequence; the epoch survived Redis's restart.
    const after = await publish(a.url, 4);
    assert.equal(after.sequence, before.sequence + 1);
    assert.equal(after.epoch, before.epoch);
    await watcher.until(() => watcher.ids().at(-1) === after.sequence, REQUEST_MS, 'the new publish on the same stream');
    assertIncreasing(watcher, 'the stream across the outage');
    await when(watchState, () => inProcess.ready() && inProcess.current().sequence >= after.sequence, RECOVERY_MS, 'the in-process replica to recover');
  } finally {
    await inProcess.close();
  }
});

test('Redis restarted empty gives a new epoch, never a lower sequence under the old one', { skip }, async () => {
  assert.ok(redis);
  const prefix = freshPrefix();
  const a = await replica(prefix);
  const b = await replica(prefix);
  const before = await publish(a.url, 7);
  await publish(b.url, 8);
  const watcher = await stream(b.url);
  await redis.stop();
  await redis.start(); // the last save() was another test's: this prefix's state is gone
  await a.waitForLog((line) => line['event'] === 'epoch_changed', 'replica a to adopt a new epoch', RECOVERY_MS);
  await b.waitForLog((line) => line['event'] === 'epoch_changed', 'replica b to adopt a new epoch', RECOVERY_MS);
  const [readA, readB] = await Promise.all([read(a.url), read(b.url)]);
  assert.notEqual(readA.envelope.epoch, before.epoch);
  assert.equal(readA.envelope.epoch, readB.envelope.epoch);
  assert.equal(readA.envelope.sequence, 1);
  // The new epoch starts from the last state the replicas knew, not from nothing.
  assert.deepEqual(readA.envelope.snapshot, readB.envelope.snapshot);
  // Open streams end, so their clients start over in the new epoch.
  await watcher.waitForEnd(RECOVERY_MS);
  for (const envelope of envelopesOf(watcher)) assert.equal(envelope.epoch, before.epoch);
  assertIncreasing(watcher, 'the stream before the new epoch');
  const fresh = await stream(b.url);
  const next = await publish(a.url, 9);
  assert.deepEqual([next.sequence, next.epoch], [2, readA.envelope.epoch]);
  await fresh.until(() => fresh.ids().at(-1) === 2, REQUEST_MS, 'the new epoch on a new stream');
});

test('a replica started later serves the current envelope at once, and a restarted one keeps the epoch', { skip }, async () => {
  const prefix = freshPrefix();
  const first = await replica(prefix);
  await publish(first.url, 11);
  const current = await publish(first.url, 12);
  // Its own --initial only seeds a prefix Redis holds nothing for.
  const late = await replica(prefix, ['--initial', 'test/fixtures/snapshots/valid/edge-values.json']);
  const seen = await read(late.url);
  assert.deepEqual(seen.envelope, current);
  assert.equal(seen.body, (await read(first.url)).body);
  await first.stop();
  const restarted = await replica(prefix);
  assert.equal((await read(restarted.url)).envelope.epoch, current.epoch);
});

test('two prefixes on one Redis are two control planes', { skip }, async () => {
  const left = await replica(freshPrefix());
  const right = await replica(freshPrefix());
  const [leftBefore, rightBefore] = await Promise.all([read(left.url), read(right.url)]);
  assert.notEqual(leftBefore.envelope.epoch, rightBefore.envelope.epoch);
  const watcher = await stream(right.url);
  const published = await publish(left.url, 21);
  assert.equal(published.sequence, leftBefore.envelope.sequence + 1);
  // A publish on the other side is the fence: had the left one leaked, it would have arrived first.
  const own = await publish(right.url, 22);
  await watcher.until(() => watcher.ids().at(-1) === own.sequence, REQUEST_MS, 'the right prefix own publish');
  assert.deepEqual(watcher.ids(), [rightBefore.envelope.sequence, own.sequence]);
  assert.equal(envelopesOf(watcher).at(-1)?.snapshot.recent_events[0]?.summary, 'published step 22');
});

test('a replica configured only by environment variables joins the control plane of its prefix', { skip }, async () => {
  const prefix = freshPrefix();
  const flagged = await replica(prefix);
  const fromEnvironment = await startServe(['--publish-token', TOKEN], { OPENSYMPHONY_REDIS_URL: redisUrl(), OPENSYMPHONY_REDIS_PREFIX: prefix });
  processes.push(fromEnvironment);
  const started = await fromEnvironment.waitForLog((line) => line['event'] === 'started', 'the started line');
  assert.equal(started['redis_prefix'], prefix);
  const published = await publish(flagged.url, 23);
  const seen = await read(fromEnvironment.url);
  assert.equal(seen.envelope.epoch, published.epoch);
  assert.ok(seen.envelope.sequence >= published.sequence, 'the same control plane: the publish is already there or newer');
});
