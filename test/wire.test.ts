import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { deepFreeze, type WireBuildRuntime, type WireBuilders, type WireRuntime, type WireSerializers } from '../generated/wire.js';
import { wireSource } from '../scripts/generate-wire.js';
import { InvalidSnapshotError, SnapshotStore, validateSnapshot } from '../src/store.js';
import { canonicalEnvelope, canonicalSnapshot, frozenEnvelopeWithJson, isArrayIndex, issueCount, normalizeTimestamp, WIRE, WIRE_CHECKERS, WIRE_RUNTIME } from '../src/wire.js';
import { fixtureSnapshot, fixtureTime, referenceEnvelopeJson, referenceSnapshotJson } from './fixtures/reference.js';
import { readSpec, snapshotFixture } from './support/spec.js';

type Json = Record<string, unknown>;

/** A builders' runtime for tests: no unknown members expected, nothing frozen. */
const PLAIN_BUILD_RUNTIME: WireBuildRuntime = {
  timestamp: normalizeTimestamp,
  appendUnknown: () => assert.fail('no unknown member expected'),
  copy: (value) => value,
  seal: (value) => value,
};

interface GeneratedWire {
  createWireSerializers(runtime: WireRuntime): WireSerializers;
  createWireBuilders(runtime: WireBuildRuntime): WireBuilders;
}

/** Generates the serialisers and builders of `schema` into a temp dir, as `npm run generate` would, and loads them. */
async function wireOf(schema: Json): Promise<{ serializers: WireSerializers; builders: WireBuilders }> {
  const dir = mkdtempSync(join(tmpdir(), 'opensymphony-wire-'));
  try {
    const file = join(dir, 'wire.ts');
    writeFileSync(file, wireSource(schema));
    const module = (await import(pathToFileURL(file).href)) as GeneratedWire;
    return { serializers: module.createWireSerializers(WIRE_RUNTIME), builders: module.createWireBuilders(PLAIN_BUILD_RUNTIME) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Inserts `member` into `properties` right after `after`, keeping the rest in order. */
function insertAfter(properties: Json, after: string, member: string, schema: Json): Json {
  const entries = Object.entries(properties);
  const at = entries.findIndex(([name]) => name === after) + 1;
  assert.ok(at > 0, `no member ${after}`);
  entries.splice(at, 0, [member, schema]);
  return Object.fromEntries(entries);
}

describe('the generated wire serialisers', () => {
  it('write the reference’s golden vectors byte for byte', () => {
    for (const step of [0, 1, 81]) {
      assert.equal(WIRE.DaemonSnapshot(fixtureSnapshot(step)), referenceSnapshotJson(step));
      const envelope = JSON.parse(referenceEnvelopeJson(step + 1, step)) as SnapshotEnvelope;
      assert.equal(WIRE.SnapshotEnvelope(envelope), referenceEnvelopeJson(step + 1, step));
    }
    const golden = snapshotFixture('valid/reference-fixture-step-0.json');
    assert.equal(WIRE.DaemonSnapshot(golden as DaemonSnapshot), JSON.stringify(golden));
  });

  it('write whatever order a producer used in the schema’s order, with defaults filled and empties omitted', () => {
    const snapshot = fixtureSnapshot(0) as unknown as Json;
    const shuffled = Object.fromEntries(Object.entries(snapshot).reverse()) as Json;
    delete shuffled['memory_server'];
    const issue = { ...(snapshot['issues'] as Json[])[0]!, recent_events: [], modified_files: [] } as Json;
    delete issue['input_tokens'];
    shuffled['issues'] = [Object.fromEntries(Object.entries(issue).reverse())];
    const written = WIRE.DaemonSnapshot(shuffled as unknown as DaemonSnapshot);
    assert.equal(written, referenceSnapshotJson(0).replace('"input_tokens":1024', '"input_tokens":0'));
  });

  it('keep unknown members after the known ones, in their order, a __proto__ key included', () => {
    const body = referenceSnapshotJson(0).replace(/}$/, ',"paused":false,"__proto__":{"polluted":true},"labels":["a"]}');
    const parsed = JSON.parse(body) as DaemonSnapshot;
    assert.equal(WIRE.DaemonSnapshot(parsed), body);
    const store = new SnapshotStore(parsed, { clock: () => new Date(fixtureTime(0)), epoch: 'e' });
    assert.ok(store.currentPublished().json.endsWith(',"paused":false,"__proto__":{"polluted":true},"labels":["a"]},"epoch":"e"}'));
    const snapshot = store.current().snapshot as unknown as Json;
    assert.deepEqual(Object.getOwnPropertyDescriptor(snapshot, '__proto__')?.value, { polluted: true });
    assert.equal(Object.getPrototypeOf(snapshot), Object.prototype);
    assert.equal(({} as Json)['polluted'], undefined);
  });

  it('refuses an unknown member holding an integer past 2^53 - 1, naming where it is', () => {
    const snapshot = fixtureSnapshot(1) as unknown as Json;
    (snapshot['issues'] as Json[])[0]!['extra'] = { counts: [1, 2 ** 60] };
    const store = new SnapshotStore(fixtureSnapshot(0));
    assert.throws(
      () => store.publish(snapshot),
      (error: unknown) => error instanceof InvalidSnapshotError && error.issues.map((issue) => issue.path).join() === '/issues/0/extra/counts/1',
    );
    assert.equal(store.current().sequence, 1);
  });

  it('follow a member added to a scratch copy of the schema into its schema position', async () => {
    const schema = structuredClone(readSpec('control-plane.schema.yaml')) as Json;
    const defs = schema['$defs'] as Record<string, Json>;
    const issue = defs['IssueSnapshot']!;
    issue['properties'] = insertAfter(issue['properties'] as Json, 'blocked', 'paused', { type: 'boolean' });
    issue['properties'] = insertAfter(issue['properties'] as Json, 'paused', 'turn_count', { $ref: '#/$defs/U32', default: 0 });
    const scratch = await wireOf(schema);

    const snapshot = fixtureSnapshot(0) as unknown as Json;
    // The producer sends the new member last; the schema says it goes after `blocked`.
    (snapshot['issues'] as Json[])[0]!['paused'] = true;
    const withScratch = scratch.serializers.DaemonSnapshot(snapshot as unknown as DaemonSnapshot);
    assert.match(withScratch, /"blocked":false,"paused":true,"turn_count":0,"server_base_url":/);
    assert.doesNotMatch(withScratch, /"cache_read_tokens":256,"paused"/);
    const built = scratch.builders.DaemonSnapshot(snapshot as unknown as DaemonSnapshot);
    assert.equal(built.inOrder, true);
    assert.equal(JSON.stringify(built.value), withScratch, 'the builder makes the object the serialiser writes');
    // Today's schema does not know it: an unknown member, kept after the known ones.
    assert.match(WIRE.DaemonSnapshot(snapshot as unknown as DaemonSnapshot), /"cache_read_tokens":256,"paused":true}/);
    assert.match(JSON.stringify(canonicalSnapshot(snapshot as unknown as DaemonSnapshot)), /"cache_read_tokens":256,"paused":true}/);
  });

  it('refuse to generate a builder for a schema member named like an array index', () => {
    const schema = structuredClone(readSpec('control-plane.schema.yaml')) as Json;
    const issue = (schema['$defs'] as Record<string, Json>)['IssueSnapshot']!;
    issue['properties'] = insertAfter(issue['properties'] as Json, 'blocked', '7', { type: 'boolean' });
    assert.throws(() => wireSource(schema), /properties\/7: a member named like an array index/);
  });
});

describe('the generated wire builders', () => {
  it('build the reference’s golden vectors, which JSON.stringify writes byte for byte', () => {
    for (const step of [0, 1, 81]) {
      assert.equal(JSON.stringify(canonicalSnapshot(fixtureSnapshot(step))), referenceSnapshotJson(step));
      const envelope = JSON.parse(referenceEnvelopeJson(step + 1, step)) as SnapshotEnvelope;
      assert.equal(JSON.stringify(canonicalEnvelope(envelope)), referenceEnvelopeJson(step + 1, step));
    }
  });

  it('tell array indexes, which JavaScript enumerates first, from other names', () => {
    for (const name of ['0', '7', '42', '4294967294']) assert.equal(isArrayIndex(name), true, name);
    for (const name of ['', '-1', '07', '1.5', '1e3', ' 7', '4294967295', '99999999999', 'x7']) assert.equal(isArrayIndex(name), false, name);
  });

  it('publish an unknown member named like an array index after the known ones, written by the serialiser', () => {
    for (const name of ['7', '0', '4294967294']) {
      // Among unknown members, JSON.parse already put the index first: that is the order they came in.
      const body = referenceSnapshotJson(0).replace(/}$/, `,"${name}":{"x":[1]},"paused":false}`);
      const issueBody = body.replace('"cache_read_tokens":256}', `"cache_read_tokens":256,"${name}":true}`);
      assert.notEqual(issueBody, body, 'the fixture has an issue to extend');
      const store = new SnapshotStore(JSON.parse(issueBody) as DaemonSnapshot, { clock: () => new Date(fixtureTime(0)), epoch: 'e' });
      const { envelope, json } = store.currentPublished();
      assert.equal(json, `{"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":${issueBody},"epoch":"e"}`, name);
      // The object holds it (first, as JavaScript must), frozen like the rest.
      const snapshot = envelope.snapshot as unknown as Json;
      assert.deepEqual(snapshot[name], { x: [1] });
      assert.ok(Object.isFrozen(snapshot[name]) && Object.isFrozen((snapshot[name] as Json)['x']));
      assert.equal((envelope.snapshot.issues[0] as unknown as Json)[name], true);
      assert.equal(store.serialized(envelope), json);
    }
  });

  it('write an unknown member named like a number past the indexes in its place by JSON.stringify', () => {
    const body = referenceSnapshotJson(0).replace(/}$/, ',"4294967295":1,"paused":false}');
    const store = new SnapshotStore(JSON.parse(body) as DaemonSnapshot, { clock: () => new Date(fixtureTime(0)), epoch: 'e' });
    assert.equal(store.currentPublished().json, `{"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":${body},"epoch":"e"}`);
    assert.deepEqual(Object.keys(store.current().snapshot).slice(-2), ['4294967295', 'paused']);
  });

  it('share nothing with the caller: the canonical object is a new one, unknown members copied', () => {
    const snapshot = fixtureSnapshot(0) as unknown as Json;
    const extra = { labels: ['a'] };
    snapshot['extra'] = extra;
    const canonical = canonicalSnapshot(snapshot as unknown as DaemonSnapshot) as unknown as Json;
    assert.deepEqual(canonical['extra'], extra);
    assert.notEqual(canonical['extra'], extra);
    assert.notEqual(canonical['issues'], snapshot['issues']);
    assert.equal(Object.isFrozen(canonical), false, 'canonicalSnapshot returns an object the caller may change');
    const store = new SnapshotStore(snapshot as unknown as DaemonSnapshot);
    assert.equal(Object.isFrozen(extra), false, 'publishing does not freeze the caller’s objects');
    assert.ok(Object.isFrozen((store.current().snapshot as unknown as Json)['extra']));
  });
});

/**
 * The reference's own JSON of a snapshot, parsed: canonical, as a producer that follows the
 * schema sends it. `busy` gives its issue the lists the reference leaves out when empty.
 */
function referenceSnapshot(step: number, busy = false): Json {
  if (!busy) return JSON.parse(referenceSnapshotJson(step)) as Json;
  const snapshot = fixtureSnapshot(step);
  const issue = snapshot.issues[0]!;
  issue.recent_events = [{ event_id: 'evt-1', happened_at: fixtureTime(step), kind: 'tool_call', summary: 'ran a step' }];
  issue.modified_files = [{ path: 'src/a.ts', change_kind: 'modified', lines_added: 3, lines_removed: 1 }];
  return JSON.parse(JSON.stringify(canonicalSnapshot(snapshot))) as Json;
}

function envelopeOf(snapshot: unknown): SnapshotEnvelope {
  return { sequence: 7, published_at: '2026-03-21T20:00:00.250Z', snapshot: snapshot as DaemonSnapshot, epoch: 'e' };
}

function reversedMembers(value: Json): Json {
  return Object.fromEntries(Object.entries(value).reverse());
}

/** Ways a valid snapshot can differ from its canonical object; each is applied to a fresh copy. */
const DEVIATIONS: Record<string, (snapshot: Json) => void> = {
  'members in another order': (snapshot) => {
    const issues = snapshot['issues'] as Json[];
    issues[0] = reversedMembers(issues[0]!);
  },
  'a default left out': (snapshot) => delete snapshot['memory_server'],
  'an empty list the reference leaves out': (snapshot) => {
    (snapshot['issues'] as Json[])[0]!['modified_files'] = [];
  },
  'a timestamp at another offset': (snapshot) => {
    snapshot['generated_at'] = '2026-03-21T21:00:00+01:00';
  },
  'a timestamp with trailing zero digits': (snapshot) => {
    snapshot['generated_at'] = '2026-03-21T20:00:00.500000Z';
  },
  'an unknown member': (snapshot) => {
    snapshot['paused'] = false;
  },
  'an optional member present as undefined': (snapshot) => {
    (snapshot['issues'] as Json[])[0]!['server_base_url'] = undefined;
  },
  'an object with a prototype of its own': (snapshot) => {
    snapshot['metrics'] = Object.assign(Object.create({ toJSON: () => ({}) }) as Json, snapshot['metrics']);
  },
  'an array of a subclass': (snapshot) => {
    class Issues extends Array<unknown> {}
    snapshot['issues'] = Issues.from(snapshot['issues'] as unknown[]);
  },
};

describe('the generated deepFreeze', () => {
  it('freezes every object however deep, past members whose value is undefined, and leaves primitives alone', () => {
    let deep: unknown = { leaf: [1] };
    for (let level = 0; level < 10_000; level += 1) deep = [undefined, deep];
    const value = { a: undefined, b: { c: { d: 'x' } }, deep };
    assert.equal(deepFreeze(value), value);
    assert.ok(Object.isFrozen(value) && Object.isFrozen(value.b) && Object.isFrozen(value.b.c));
    let node = value.deep as unknown[];
    for (let level = 0; level < 10_000; level += 1) {
      assert.ok(Object.isFrozen(node));
      node = node[1] as unknown[];
    }
    assert.ok(Object.isFrozen(node) && Object.isFrozen((node as unknown as { leaf: number[] }).leaf));
    assert.equal(deepFreeze(7), 7);
  });
});

describe('the generated wire checkers', () => {
  it('take the reference’s own JSON as canonical, envelope and all', () => {
    for (const step of [0, 1, 81]) {
      assert.equal(WIRE_CHECKERS.DaemonSnapshot(referenceSnapshot(step) as unknown as DaemonSnapshot), true, `step ${step}`);
      assert.equal(WIRE_CHECKERS.DaemonSnapshot(referenceSnapshot(step, true) as unknown as DaemonSnapshot), true, `busy step ${step}`);
      const envelope = JSON.parse(referenceEnvelopeJson(step + 1, step)) as SnapshotEnvelope;
      assert.equal(WIRE_CHECKERS.SnapshotEnvelope(envelope), true, `envelope of step ${step}`);
    }
  });

  it('send every other form to the builder, and both ways write the same bytes', () => {
    for (const [deviation, apply] of Object.entries(DEVIATIONS)) {
      const snapshot = referenceSnapshot(1, true);
      apply(snapshot);
      const valid = validateSnapshot(snapshot);
      assert.equal(WIRE_CHECKERS.DaemonSnapshot(valid), false, deviation);
      const { envelope, json } = frozenEnvelopeWithJson(envelopeOf(valid));
      assert.equal(json, WIRE.SnapshotEnvelope(envelopeOf(valid)), deviation);
      assert.equal(JSON.stringify(envelope), json, deviation);
    }
  });

  it('publish the same envelope, object and bytes, whichever way it is made (property)', () => {
    const names = Object.keys(DEVIATIONS);
    let asGiven = 0;
    let built = 0;
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 81), fc.boolean(), fc.subarray(names), fc.boolean(), (step, busy, deviations, reverseEnvelope) => {
        const snapshot = referenceSnapshot(step, busy);
        for (const name of deviations) DEVIATIONS[name]!(snapshot);
        const valid = validateSnapshot(snapshot);
        const value = reverseEnvelope ? (reversedMembers(envelopeOf(valid) as unknown as Json) as unknown as SnapshotEnvelope) : envelopeOf(valid);
        if (WIRE_CHECKERS.SnapshotEnvelope(value)) asGiven += 1;
        else built += 1;
        const { envelope, json } = frozenEnvelopeWithJson(value);
        assert.equal(json, WIRE.SnapshotEnvelope(value));
        assert.equal(JSON.stringify(envelope), json);
        assert.deepEqual(envelope, canonicalEnvelope(value));
        assert.deepEqual(Object.keys(envelope.snapshot), Object.keys(canonicalEnvelope(value).snapshot));
      }),
      { numRuns: 200, seed: 20261126 },
    );
    assert.ok(asGiven > 0 && built > 0, `both ways were taken (as given ${asGiven}, built ${built})`);
  });

  it('decode the issues of an envelope written as given from its JSON: frozen, and blind to later changes of the caller’s object', () => {
    const snapshot = referenceSnapshot(1, true);
    const value = envelopeOf(validateSnapshot(snapshot));
    assert.equal(WIRE_CHECKERS.SnapshotEnvelope(value), true);
    const { envelope, json } = frozenEnvelopeWithJson(value);
    const issues = snapshot['issues'] as Json[];
    issues[0]!['title'] = 'changed after publishing';
    issues.push({ ...issues[0]! });
    assert.equal(envelope.snapshot.issues.length, 1);
    assert.notEqual(envelope.snapshot.issues[0]!.title, 'changed after publishing');
    assert.equal(envelope.snapshot.issues, envelope.snapshot.issues, 'decoded once');
    assert.ok(Object.isFrozen(envelope) && Object.isFrozen(envelope.snapshot) && Object.isFrozen(envelope.snapshot.issues));
    assert.ok(Object.isFrozen(envelope.snapshot.issues[0]) && Object.isFrozen(envelope.snapshot.metrics) && Object.isFrozen(envelope.snapshot.recent_events));
    assert.equal(JSON.stringify(envelope), json);
    assert.notEqual(envelope.snapshot.metrics, snapshot['metrics'], 'nothing shared with the caller');
  });

  it('write the envelope and its JSON from one read of the caller’s value, even when its getters answer differently each time', () => {
    const snapshot = referenceSnapshot(1, true);
    const metrics = snapshot['metrics'] as Json;
    let reads = 0;
    Object.defineProperty(snapshot, 'metrics', { enumerable: true, get: () => ({ ...metrics, running_issues: (reads += 1) }) });
    const issues = snapshot['issues'] as Json[];
    const value = envelopeOf(snapshot);
    assert.equal(WIRE_CHECKERS.SnapshotEnvelope(value), true);
    const { envelope, json } = frozenEnvelopeWithJson(value);
    assert.equal(JSON.stringify(envelope), json);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(envelope)));
    assert.equal(issueCount(envelope.snapshot), issues.length);
  });

  it('count the deferred issues without decoding them, and any other snapshot’s by its list', () => {
    const value = envelopeOf(validateSnapshot(referenceSnapshot(1, true)));
    const { envelope } = frozenEnvelopeWithJson(value);
    const state = Object.getOwnPropertySymbols(envelope.snapshot).map((symbol) => (envelope.snapshot as unknown as Record<symbol, { json?: string }>)[symbol]);
    assert.equal(issueCount(envelope.snapshot), 1);
    assert.ok(state.some((item) => typeof item === 'object' && item.json !== undefined), 'still not decoded');
    assert.equal(issueCount(canonicalSnapshot(fixtureSnapshot(0))), fixtureSnapshot(0).issues.length);
  });

  it('show the deferred issues when the envelope is inspected, as an array, not a getter', () => {
    const value = envelopeOf(validateSnapshot(referenceSnapshot(1, true)));
    const { envelope } = frozenEnvelopeWithJson(value);
    const shown = inspect(envelope, { depth: 4 });
    assert.doesNotMatch(shown, /Getter/);
    assert.match(shown, new RegExp(`identifier: '${value.snapshot.issues[0]!.identifier}'`));
    assert.equal(shown, inspect(canonicalEnvelope(value), { depth: 4 }));
  });
});
