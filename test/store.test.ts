import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DaemonSnapshot } from '../generated/api-types.js';
import standalone from '../generated/validators/standalone.cjs';
import { InvalidSnapshotError, MAX_REPORTED_VIOLATIONS, SnapshotStore, validateSnapshot, type PublishedEnvelope } from '../src/store.js';
import { fixtureSnapshot, fixtureTime, referenceSnapshotJson } from './fixtures/reference.js';

function fixedClock(step = 0): () => Date {
  return () => new Date(fixtureTime(step));
}

describe('SnapshotStore', () => {
  it('starts at sequence 1 and grows by one per publish, stamping now and its epoch', () => {
    let step = 0;
    const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(step)), epoch: 'epoch-a' });
    assert.equal(store.current().sequence, 1);
    assert.equal(store.current().published_at, '2026-03-21T20:00:00Z');
    assert.equal(store.current().epoch, 'epoch-a');
    for (step = 1; step <= 5; step += 1) {
      const envelope = store.publish(fixtureSnapshot(step));
      assert.equal(envelope.sequence, step + 1);
      assert.equal(envelope.published_at, fixtureTime(step));
      assert.equal(envelope.epoch, 'epoch-a');
      assert.equal(store.current(), envelope);
    }
  });

  it('picks a different random epoch for every store', () => {
    const epochs = new Set(Array.from({ length: 5 }, () => new SnapshotStore(fixtureSnapshot(0)).epoch));
    assert.equal(epochs.size, 5);
  });

  it('serialises the envelope as the reference does, once per publish', () => {
    const store = new SnapshotStore(fixtureSnapshot(0), { clock: fixedClock(0), epoch: 'e' });
    const expected = `{"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":${referenceSnapshotJson(0)},"epoch":"e"}`;
    assert.equal(store.currentPublished().json, expected);
    assert.equal(store.currentPublished(), store.currentPublished());
    const seen: PublishedEnvelope[] = [];
    store.subscribe((published) => seen.push(published));
    store.subscribe((published) => seen.push(published));
    store.publish(fixtureSnapshot(1));
    assert.equal(seen.length, 2);
    assert.equal(seen[0], seen[1], 'every subscriber gets the same serialised envelope');
    assert.equal(seen[0], store.currentPublished());
  });

  it('tells the fan-out first, with the final JSON, and freezes the envelope before any other subscriber sees it', () => {
    const errors: unknown[] = [];
    const store = new SnapshotStore(fixtureSnapshot(0), { clock: fixedClock(0), epoch: 'e', onListenerError: (error) => errors.push(error) });
    const told: string[] = [];
    let fanoutSaw: PublishedEnvelope | undefined;
    store.subscribe((published) => {
      told.push('subscriber');
      assert.equal(published, fanoutSaw, 'the same envelope');
      assert.ok(Object.isFrozen(published.envelope.snapshot) && Object.isFrozen(published.envelope.snapshot.issues));
      assert.equal(store.serialized(published.envelope), published.json);
    });
    store.subscribeFanout((published) => {
      told.push('fan-out');
      fanoutSaw = published;
      assert.equal(store.currentPublished(), published, 'already current');
      // Its bytes are final; the envelope is frozen only once the fan-out has written them.
      assert.equal(published.json, JSON.stringify(published.envelope));
      assert.equal(Object.isFrozen(published.envelope), false);
    });
    store.subscribeFanout(() => {
      throw new Error('a broken fan-out listener');
    });
    assert.equal(store.subscriberCount, 3);
    const envelope = store.publish(fixtureSnapshot(1));
    assert.deepEqual(told, ['fan-out', 'subscriber']);
    assert.equal(errors.length, 1, 'the throwing listener was reported, and the rest still told');
    assert.ok(Object.isFrozen(envelope) && Object.isFrozen(envelope.snapshot) && Object.isFrozen(envelope.snapshot.metrics));
    assert.equal(store.serialized(envelope), fanoutSaw?.json);
    assert.deepStrictEqual(envelope, JSON.parse(fanoutSaw!.json));
  });

  it('answers the JSON of every envelope it made for as long as it is held, and of nothing else', () => {
    const store = new SnapshotStore(fixtureSnapshot(0), { clock: fixedClock(0), epoch: 'e' });
    const made: PublishedEnvelope[] = [store.currentPublished()];
    store.subscribe((published) => made.push(published));
    // Canonical bodies (written as they are) and ones the builder must rewrite (a non-UTC offset).
    store.publish(fixtureSnapshot(1));
    store.publish({ ...fixtureSnapshot(2), generated_at: '2026-03-21T21:00:00+01:00' });
    store.publish(fixtureSnapshot(3));
    assert.equal(made.length, 4);
    for (const { envelope, json } of made) {
      assert.equal(store.serialized(envelope), json, `sequence ${envelope.sequence}, no longer current`);
      // The envelope holds its JSON out of sight: not in its keys, its own JSON or deep equality.
      assert.deepEqual(Object.keys(envelope), ['sequence', 'published_at', 'snapshot', 'epoch']);
      assert.equal(JSON.stringify(envelope), json);
      assert.deepStrictEqual(envelope, JSON.parse(json));
      assert.ok(Object.isFrozen(envelope));
      assert.equal(store.serialized({ ...envelope }), undefined, 'a copy is not an envelope the store made');
    }
    assert.equal(made[2]!.envelope.snapshot.generated_at, '2026-03-21T20:00:00Z');
    for (const other of [undefined, null, 'text', 7, {}, [], fixtureSnapshot(1)]) assert.equal(store.serialized(other), undefined);
  });

  it('rejects an invalid snapshot with its validation errors and changes nothing', () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const before = store.currentPublished();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    const bad = { ...fixtureSnapshot(1), daemon: { ...fixtureSnapshot(1).daemon, state: 'sleeping' } };
    assert.throws(
      () => store.publish(bad),
      (error: unknown) => {
        assert.ok(error instanceof InvalidSnapshotError);
        assert.equal(error.code, 'invalid_snapshot');
        assert.deepEqual(error.issues.map((issue) => issue.path), ['/daemon/state']);
        return true;
      },
    );
    assert.throws(() => store.publish(null), InvalidSnapshotError);
    assert.throws(() => store.publish('snapshot'), InvalidSnapshotError);
    assert.equal(store.currentPublished(), before);
    assert.equal(store.current().sequence, 1);
    assert.equal(notified, 0);
  });

  it('refuses integers past 2^53 instead of publishing a rounded count', () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const snapshot = fixtureSnapshot(1);
    snapshot.metrics.total_tokens = 2 ** 64;
    assert.throws(
      () => store.publish(snapshot),
      (error: unknown) => error instanceof InvalidSnapshotError && error.issues[0]?.path === '/metrics/total_tokens',
    );
    snapshot.metrics.total_tokens = Number.MAX_SAFE_INTEGER;
    assert.equal(store.publish(snapshot).snapshot.metrics.total_tokens, Number.MAX_SAFE_INTEGER);
  });

  it('keeps the first 100 violations of a badly broken snapshot and counts them all', () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const snapshot = fixtureSnapshot(1);
    const template = snapshot.issues[0]!;
    snapshot.issues = Array.from({ length: 250 }, () => ({ ...template, blocked: 'no' as unknown as boolean }));
    assert.throws(
      () => store.publish(snapshot),
      (error: unknown) => {
        assert.ok(error instanceof InvalidSnapshotError);
        assert.equal(error.total, 250);
        assert.equal(error.issues.length, MAX_REPORTED_VIOLATIONS);
        assert.match(error.message, /250 violations in all/);
        assert.ok(error.message.length < 1000, 'the message lists a few, not all');
        return true;
      },
    );
  });

  it('publishes and freezes, all the way down, an unknown member nested thousands of levels deep', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 3000; level += 1) deep = [deep];
    const snapshot = { ...fixtureSnapshot(1), deep } as DaemonSnapshot;
    const store = new SnapshotStore(fixtureSnapshot(0));
    const envelope = store.publish(snapshot);
    let node: unknown = (envelope.snapshot as unknown as { deep: unknown }).deep;
    for (let level = 0; level < 3000; level += 1) {
      assert.ok(Object.isFrozen(node));
      node = (node as unknown[])[0];
    }
    assert.equal(node, 1);
  });

  it('refuses an invalid initial snapshot', () => {
    assert.throws(() => new SnapshotStore({} as DaemonSnapshot), InvalidSnapshotError);
  });

  it('stores the canonical form: defaults filled, UTC timestamps, and a frozen envelope', () => {
    const snapshot = fixtureSnapshot(0) as Partial<DaemonSnapshot>;
    delete snapshot.memory_server;
    snapshot.generated_at = '2026-03-21T21:00:00+01:00';
    const store = new SnapshotStore(snapshot as DaemonSnapshot, { clock: fixedClock(0), epoch: 'e' });
    assert.equal(store.current().snapshot.generated_at, '2026-03-21T20:00:00Z');
    assert.deepEqual(store.current().snapshot.memory_server, { enabled: false, reachable: false, status_line: 'disabled' });
    assert.ok(Object.isFrozen(store.current().snapshot.issues[0]));
    assert.equal(snapshot.generated_at, '2026-03-21T21:00:00+01:00', 'the caller’s object is not changed');
  });

  it('keeps notifying the other subscribers when one throws, and reports it', () => {
    const reported: unknown[] = [];
    const store = new SnapshotStore(fixtureSnapshot(0), { onListenerError: (error) => reported.push(error) });
    const seen: number[] = [];
    store.subscribe(() => {
      throw new Error('boom');
    });
    store.subscribe((published) => seen.push(published.envelope.sequence));
    store.publish(fixtureSnapshot(1));
    assert.deepEqual(seen, [2]);
    assert.equal(reported.length, 1);
  });

  it('stops notifying after unsubscribe and counts its subscribers', () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const seen: number[] = [];
    const unsubscribe = store.subscribe((published) => seen.push(published.envelope.sequence));
    assert.equal(store.subscriberCount, 1);
    store.publish(fixtureSnapshot(1));
    unsubscribe();
    unsubscribe();
    store.publish(fixtureSnapshot(2));
    assert.deepEqual(seen, [2]);
    assert.equal(store.subscriberCount, 0);
  });

  it('validates with the fast validator and lists every violation of a refusal with the full one', () => {
    const snapshot = fixtureSnapshot(1);
    snapshot.daemon.state = 'sleeping' as never;
    snapshot.generated_at = '2026-02-29T20:00:00Z';
    snapshot.metrics.total_tokens = -1;
    assert.equal(standalone.fast.DaemonSnapshot(snapshot), false);
    assert.equal(standalone.fast.DaemonSnapshot.errors?.length, 1, 'the fast one stops at the first');
    assert.throws(
      () => validateSnapshot(snapshot),
      (error: unknown) => {
        assert.ok(error instanceof InvalidSnapshotError);
        assert.deepEqual(error.issues.map((issue) => issue.path).sort(), ['/daemon/state', '/generated_at', '/metrics/total_tokens']);
        return true;
      },
    );
  });

  it('accepts exactly the timestamps the full validator accepts, shortcut or not', () => {
    const cases = [
      '2026-03-21T20:00:00Z', '2026-03-21t20:00:00.5z', '2024-02-29T00:00:00Z', '2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z',
      '2026-01-31T23:59:59.999999999Z', '2026-12-31T23:59:60Z', '2026-03-21T24:00:00Z', '2026-03-21T20:60:00Z', '2026-00-10T20:00:00Z',
      '2026-13-10T20:00:00Z', '2026-03-00T20:00:00Z', '2026-03-21T20:00:00', '2026-03-21T20:00:00+01:00', '2026-03-21 20:00:00Z',
      '2026-03-21T20:00:00.Z', '2026-03-21TT20:00:00Z', '+2026-03-21T20:00:00Z',
    ];
    for (const value of cases) assert.equal(standalone.fast.Timestamp(value), standalone.Timestamp(value), value);
    const digits = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
    const timestamp = fc
      .tuple(digits(0, 9999, 4), digits(0, 13, 2), digits(0, 32, 2), fc.constantFrom('T', 't', ' ', 'x'), digits(0, 24, 2), digits(0, 60, 2), digits(0, 61, 2),
        fc.constantFrom('', '.5', '.123456789', '.'), fc.constantFrom('Z', 'z', '', '+01:00', '-23:59', '+24:00'))
      .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${zone}`);
    fc.assert(
      fc.property(fc.oneof(timestamp, fc.string()), (value) => standalone.fast.Timestamp(value) === standalone.Timestamp(value)),
      { numRuns: 5000 },
    );
  });
});
