/**
 * The one walker of values by the schema model (src/schema-walk.ts): what the conformance suite's
 * timestamp and enum checks and the dashboard's defaults see, found by following
 * generated/schema-model.ts and never by a list of fields.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { SCHEMA_MODEL, type SchemaMember, type SchemaModel } from '../generated/schema-model.js';
import { isRfc3339 } from '../src/rfc3339.js';
import { fillDefaults, schemaEnumValues, schemaTimestamps, walkSchema } from '../src/schema-walk.js';
import { canonicalSnapshot } from '../src/wire.js';
import { fixtureEnvelope, fixtureSnapshot, fixtureTime } from './fixtures/reference.js';

type Json = Record<string, unknown>;

/** The fixture envelope with one conversation event on its issue, so every timestamp the schema has occurs once. */
function envelopeWithEvents(): SnapshotEnvelope {
  const envelope = fixtureEnvelope(1);
  envelope.snapshot.issues[0]!.recent_events = [{ event_id: 'evt-1', happened_at: fixtureTime(2), kind: 'tool_call', summary: 'ran the tests' }];
  return envelope;
}

/** `model` with one more member on one object type: a field no code in src/ has ever been told about. */
function withMember(model: SchemaModel, type: string, name: string, member: SchemaMember): SchemaModel {
  const object = model.objects[type]!;
  return { ...model, objects: { ...model.objects, [type]: { ...object, members: { ...object.members, [name]: member } } } };
}

/** A small model of its own, for what the contract's schema does not have (nullable and oddly named members). */
const SMALL_MODEL: SchemaModel = {
  objects: {
    Root: {
      members: {
        at: { type: { kind: 'timestamp' }, required: true, nullable: false },
        later: { type: { kind: 'timestamp' }, required: false, nullable: false },
        cleared: { type: { kind: 'timestamp' }, required: true, nullable: true },
        'a/b~c': { type: { kind: 'timestamp' }, required: false, nullable: false },
        child: { type: { kind: 'object', name: 'Child' }, required: false, nullable: false },
        children: { type: { kind: 'array', items: { kind: 'object', name: 'Child' } }, required: false, nullable: false },
      },
    },
    Child: {
      members: {
        colour: { type: { kind: 'enum', name: 'Colour' }, required: true, nullable: false },
        size: { type: { kind: 'integer' }, required: false, nullable: false, default: 1 },
      },
    },
  },
  enums: { Colour: ['red', 'green'] },
};

describe('the schema walker', () => {
  it('finds every timestamp of an envelope with its JSON Pointer, in document order, by following the model', () => {
    const found = schemaTimestamps('SnapshotEnvelope', envelopeWithEvents());
    assert.deepEqual(
      found.map((item) => item.pointer),
      [
        '/published_at',
        '/snapshot/generated_at',
        '/snapshot/daemon/last_poll_at',
        '/snapshot/issues/0/last_event_at',
        '/snapshot/issues/0/recent_events/0/happened_at',
        '/snapshot/recent_events/0/happened_at',
      ],
    );
    assert.equal(found[4]?.value, fixtureTime(2));
  });

  it('finds a bad timestamp in a member it was never told about by name, only through the model', () => {
    const model = withMember(SCHEMA_MODEL, 'IssueSnapshot', 'scratch_finished_at', { type: { kind: 'timestamp' }, required: false, nullable: false });
    const envelope = envelopeWithEvents();
    (envelope.snapshot.issues[0] as unknown as Json)['scratch_finished_at'] = 'yesterday at noon';
    const bad = schemaTimestamps('SnapshotEnvelope', envelope, model).filter((item) => !isRfc3339(item.value));
    assert.deepEqual(bad, [{ pointer: '/snapshot/issues/0/scratch_finished_at', value: 'yesterday at noon' }]);
    // Without the model's word for it, the member is one the schema does not know, and is passed over.
    assert.deepEqual(schemaTimestamps('SnapshotEnvelope', envelope).filter((item) => !isRfc3339(item.value)), []);
  });

  it('visits an absent required member as undefined, passes over an absent optional one and an allowed null, and escapes pointers', () => {
    const found = schemaTimestamps('Root' as 'SnapshotEnvelope', { cleared: null, 'a/b~c': 'x' }, SMALL_MODEL);
    assert.deepEqual(found, [
      { pointer: '/at', value: undefined },
      { pointer: '/a~1b~0c', value: 'x' },
    ]);
  });

  it('does not descend into what does not have the shape the model says, and never throws on it', () => {
    for (const value of [null, 'text', 7, [], { at: 'now', child: 'not an object', children: { 0: { colour: 'red' } } }]) {
      assert.doesNotThrow(() => walkSchema(SMALL_MODEL, 'Root', value, {}));
    }
    const found = schemaEnumValues('Root' as 'SnapshotEnvelope', { at: 'now', child: 'not an object', children: { 0: { colour: 'red' } } }, SMALL_MODEL);
    assert.deepEqual(found, []);
  });

  it('finds every enum value of an envelope with its enum and the enum’s values', () => {
    const envelope = envelopeWithEvents();
    envelope.snapshot.issues[0]!.modified_files = [{ path: 'src/a.rs', change_kind: 'created', lines_added: 1, lines_removed: 0 }];
    const found = schemaEnumValues('SnapshotEnvelope', envelope);
    assert.deepEqual(
      found.map(({ pointer, name, value }) => [pointer, name, value]),
      [
        ['/snapshot/daemon/state', 'DaemonState', 'ready'],
        ['/snapshot/issues/0/runtime_state', 'IssueRuntimeState', 'running'],
        ['/snapshot/issues/0/last_outcome', 'WorkerOutcome', 'running'],
        ['/snapshot/issues/0/modified_files/0/change_kind', 'FileChangeKind', 'created'],
        ['/snapshot/recent_events/0/kind', 'RecentEventKind', 'snapshot_published'],
      ],
    );
    for (const item of found) assert.equal(item.values, SCHEMA_MODEL.enums[item.name as keyof typeof SCHEMA_MODEL.enums]);
  });

  it('fills every absent member that has a default, at every depth, with a copy a reader may change', () => {
    const snapshot = fixtureSnapshot(0) as unknown as Json;
    delete snapshot['memory_server'];
    const issue = (snapshot['issues'] as Json[])[0]!;
    for (const name of ['input_tokens', 'output_tokens', 'cache_read_tokens']) delete issue[name];
    // The wire builders fill the same defaults (and leave out the arrays that read as empty when absent).
    const canonical = canonicalSnapshot(structuredClone(snapshot) as unknown as DaemonSnapshot);
    const filled = fillDefaults(SCHEMA_MODEL, 'DaemonSnapshot', snapshot) as unknown as DaemonSnapshot;
    assert.equal(filled, snapshot as unknown, 'filled in place');
    assert.deepEqual(filled.memory_server, canonical.memory_server);
    const [mine, theirs] = [filled.issues[0]!, canonical.issues[0]!];
    assert.deepEqual([mine.input_tokens, mine.output_tokens, mine.cache_read_tokens], [theirs.input_tokens, theirs.output_tokens, theirs.cache_read_tokens]);
    assert.deepEqual([mine.recent_events, mine.modified_files, theirs.recent_events, theirs.modified_files], [[], [], undefined, undefined]);
    assert.equal(Object.isFrozen(filled.memory_server), false);
    const children = fillDefaults(SMALL_MODEL, 'Root', { children: [{ colour: 'red' }, { colour: 'green', size: 3 }] });
    assert.deepEqual(children, { children: [{ colour: 'red', size: 1 }, { colour: 'green', size: 3 }] });
  });
});
