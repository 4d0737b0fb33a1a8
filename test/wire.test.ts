import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import type { WireRuntime, WireSerializers } from '../generated/wire.js';
import { wireSource } from '../scripts/generate-wire.js';
import { InvalidSnapshotError, SnapshotStore } from '../src/store.js';
import { WIRE, WIRE_RUNTIME } from '../src/wire.js';
import { fixtureSnapshot, fixtureTime, referenceEnvelopeJson, referenceSnapshotJson } from './fixtures/reference.js';
import { readSpec, snapshotFixture } from './support/spec.js';

type Json = Record<string, unknown>;

/** Generates the serialisers of `schema` into a temp dir, as `npm run generate` would, and loads them. */
async function serializersOf(schema: Json): Promise<WireSerializers> {
  const dir = mkdtempSync(join(tmpdir(), 'opensymphony-wire-'));
  try {
    const file = join(dir, 'wire.ts');
    writeFileSync(file, wireSource(schema));
    const module = (await import(pathToFileURL(file).href)) as { createWireSerializers(runtime: WireRuntime): WireSerializers };
    return module.createWireSerializers(WIRE_RUNTIME);
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
    const scratch = await serializersOf(schema);

    const snapshot = fixtureSnapshot(0) as unknown as Json;
    // The producer sends the new member last; the schema says it goes after `blocked`.
    (snapshot['issues'] as Json[])[0]!['paused'] = true;
    const withScratch = scratch.DaemonSnapshot(snapshot as unknown as DaemonSnapshot);
    assert.match(withScratch, /"blocked":false,"paused":true,"turn_count":0,"server_base_url":/);
    assert.doesNotMatch(withScratch, /"cache_read_tokens":256,"paused"/);
    // Today's schema does not know it: an unknown member, kept after the known ones.
    assert.match(WIRE.DaemonSnapshot(snapshot as unknown as DaemonSnapshot), /"cache_read_tokens":256,"paused":true}/);
  });
});
