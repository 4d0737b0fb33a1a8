/** The snapshot the benchmark publishes: a busy daemon with 20 issues (about 10 KiB of JSON). */
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { fixtureSnapshot } from '../../test/fixtures/reference.js';

/** Publishes measured per latency scenario, after the warm-up ones. */
export const PUBLISHES_PER_SCENARIO = 200;
/** Publishes before measuring, so neither server is timed while the JIT compiles it. */
export const WARMUP_PUBLISHES = 30;
const ISSUES = 20;

export function benchSnapshot(step: number): DaemonSnapshot {
  const snapshot = fixtureSnapshot(step);
  const template = snapshot.issues[0]!;
  snapshot.issues = Array.from({ length: ISSUES }, (_, index) => ({
    ...template,
    identifier: `COE-${300 + index}`,
    title: `Issue ${index}: keep the control plane honest under load`,
    retry_count: (step + index) % 3,
    recent_events: [{ event_id: `evt-${step}-${index}`, happened_at: snapshot.generated_at, kind: 'tool_call', summary: `ran step ${step}` }],
    modified_files: [{ path: `src/module_${index}.ts`, change_kind: 'modified', lines_added: step % 50, lines_removed: index }],
  }));
  return snapshot;
}
