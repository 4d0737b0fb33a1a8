/**
 * The nesting check that runs on every publish body (and every payload a client reads) before it
 * is parsed: it must agree with the depth of what JSON.parse makes of the text, whatever the
 * strings hold (brackets, escaped quotes, runs of backslashes).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jsonDepthExceeds } from '../src/json-depth.js';

/** Nesting depth of a parsed JSON value: 0 for a scalar, 1 for `[]` or `{}`. */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Object.values(value);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, depthOf(child)), 0);
}

/** Strings that would fool a scanner that does not skip them exactly. */
const trickyString = fc.stringMatching(/^[[\]{}"\\a]{0,12}$/);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, trickyString, fc.integer(), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(trickyString, tie('node'), { maxKeys: 3 })),
})).node;

describe('jsonDepthExceeds', () => {
  it('agrees with the depth JSON.parse sees, for any JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(value.map((item) => JSON.stringify(item)), fc.json()), (text) => {
        const depth = depthOf(JSON.parse(text));
        assert.equal(jsonDepthExceeds(text, depth), false, text);
        if (depth > 0) assert.equal(jsonDepthExceeds(text, depth - 1), true, text);
      }),
      { numRuns: 2000, seed: 20261126 },
    );
  });

  it('stops at the limit on hostile nesting, and leaves text that is not JSON to the parser', () => {
    assert.equal(jsonDepthExceeds('['.repeat(1_000_000), 64), true);
    assert.equal(jsonDepthExceeds(`"${'['.repeat(100)}`, 64), false, 'an unterminated string is the parser’s to refuse');
    assert.equal(jsonDepthExceeds(`["\\\\"${'['.repeat(70)}]`, 64), true, 'an escaped backslash does not escape the quote after it');
    assert.equal(jsonDepthExceeds(`["\\"${'['.repeat(70)}"]`, 64), false, 'an escaped quote does not end the string');
  });
});
