import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { SnapshotEnvelope } from '../generated/api-types.js';
import { ChunkStage, envelopeBytes } from '../src/envelope-bytes.js';
import type { PublishedEnvelope } from '../src/store.js';

/** What the encoders read of a published envelope: its sequence and epoch, and its JSON (any text: they do not parse it). */
function published(sequence: number, json: string): PublishedEnvelope {
  return { envelope: { sequence, epoch: 'e' } as SnapshotEnvelope, json };
}

/** The bytes of the event and of its chunk, spelled out. */
function expected(sequence: number, json: string): { frame: Buffer; chunk: Buffer } {
  const frame = Buffer.from(`event: snapshot\nid: ${sequence}\ndata: ${json}\n\n`, 'utf8');
  return { frame, chunk: Buffer.concat([Buffer.from(`${frame.length.toString(16)}\r\n`), frame, Buffer.from('\r\n')]) };
}

/** JSON-ish text of any size, ASCII or not: sizes that cross a stage's edges either way. */
const text = fc.oneof(
  fc.string({ maxLength: 64 }),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', minLength: 500, maxLength: 3000 }),
  fc.nat({ max: 40_000 }).map((length) => 'x'.repeat(length)),
  fc.nat({ max: 10_000 }).map((length) => '€'.repeat(length)),
);

describe('envelope bytes', () => {
  it('are the event, its chunk, the JSON as the body, and the ETag, for any text', () => {
    fc.assert(
      fc.property(fc.nat(), text, (sequence, json) => {
        const bytes = envelopeBytes(published(sequence, json));
        const want = expected(sequence, json);
        assert.deepEqual(bytes.frame, want.frame);
        assert.deepEqual(bytes.chunk, want.chunk);
        assert.deepEqual(bytes.body, Buffer.from(json, 'utf8'));
        assert.equal(bytes.etag, `"e-${sequence}"`);
      }),
    );
  });

  it('are made once per envelope and shared', () => {
    const envelope = published(3, '{}');
    assert.equal(envelopeBytes(envelope), envelopeBytes(envelope));
  });
});

describe('ChunkStage', () => {
  it('stages every envelope of a run, whatever their sizes and characters, in the same bytes as its own', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), text), { minLength: 1, maxLength: 12 }), (run) => {
        const stage = new ChunkStage();
        for (const [sequence, json] of run) {
          const staged = stage.stage(published(sequence, json));
          const want = expected(sequence, json);
          assert.deepEqual(staged.chunk, want.chunk);
          assert.deepEqual(staged.frame, want.frame);
        }
      }),
    );
  });

  it('writes each envelope into the same memory while it fits, and into new memory once released', () => {
    const stage = new ChunkStage();
    const first = stage.stage(published(1, 'x'.repeat(20_000)));
    const kept = Buffer.from(first.chunk);
    const second = stage.stage(published(2, 'y'.repeat(19_000)));
    assert.equal(second.chunk.buffer, first.chunk.buffer, 'an envelope that fits reuses the stage');
    assert.deepEqual(second.chunk, expected(2, 'y'.repeat(19_000)).chunk);
    stage.release();
    const copy = Buffer.from(second.chunk);
    const third = stage.stage(published(3, 'z'.repeat(19_000)));
    assert.notEqual(third.chunk.buffer, second.chunk.buffer, 'a released stage is left to its holders');
    assert.deepEqual(second.chunk, copy, 'the released bytes are not written over');
    assert.notDeepEqual(kept, second.chunk);
  });

  it('grows for a larger envelope and shrinks back after a much smaller one', () => {
    const stage = new ChunkStage();
    const small = stage.stage(published(1, 'x'.repeat(1_000)));
    const large = stage.stage(published(2, '€'.repeat(50_000)));
    assert.ok(large.chunk.buffer.byteLength >= 150_000);
    assert.deepEqual(large.chunk, expected(2, '€'.repeat(50_000)).chunk);
    const again = stage.stage(published(3, 'x'.repeat(1_000)));
    assert.ok(again.chunk.buffer.byteLength < 10_000, `a stage of ${again.chunk.buffer.byteLength} bytes for a 1 KB envelope`);
    assert.ok(small.chunk.buffer.byteLength < 10_000);
  });
});
