/**
 * The snapshots the benchmark publishes: the reference fixture grown to a given number of busy
 * issues, each step a little different so no publish is a repeat of the one before — in the
 * schema's member order, as a producer that follows the schema sends them (the Rust reference,
 * the generated clients' models), unless asked for another order.
 */
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { canonicalSnapshot } from '../../src/wire.js';
import { fixtureSnapshot } from '../../test/fixtures/reference.js';

/** `schema`: members in the schema's order; `reversed`: every object's members the other way round (the store must reorder them). */
export type MemberOrder = 'schema' | 'reversed';

function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([name, member]) => [name, reversed(member)]));
}

/** The size of "a 20 KB snapshot" in the target rows: the smallest issue count whose JSON reaches it. */
export const SNAPSHOT_TARGET_BYTES = 20 * 1024;

export function benchSnapshot(step: number, issues: number, order: MemberOrder = 'schema'): DaemonSnapshot {
  const snapshot = fixtureSnapshot(step);
  const template = snapshot.issues[0]!;
  snapshot.issues = Array.from({ length: issues }, (_, index) => ({
    ...template,
    identifier: `COE-${300 + index}`,
    title: `Issue ${index}: keep the control plane honest under load`,
    retry_count: (step + index) % 3,
    recent_events: [{ event_id: `evt-${step}-${index}`, happened_at: snapshot.generated_at, kind: 'tool_call', summary: `ran step ${step}` }],
    modified_files: [{ path: `src/module_${index}.ts`, change_kind: 'modified', lines_added: step % 50, lines_removed: index }],
  }));
  const canonical = canonicalSnapshot(snapshot);
  return order === 'schema' ? canonical : (reversed(canonical) as DaemonSnapshot);
}

/** How many issues make a snapshot of at least `bytes` of JSON. */
export function issuesForBytes(bytes: number): number {
  let issues = 1;
  while (Buffer.byteLength(JSON.stringify(benchSnapshot(0, issues))) < bytes) issues += 1;
  return issues;
}
