/**
 * Publish cost in process, run by scripts/bench/run.ts as a child under plain `node` against the
 * built package: for each body, `store.publish(JSON.parse(body))` (validated, canonicalised,
 * serialised, made current) beside `JSON.stringify(JSON.parse(body))` — the least any publish of
 * that body can cost — interleaved, one round after another, each timing repeated for at least
 * MIN_TIMING_MS so a fast operation is not lost in the timer's resolution.
 */
import { performance } from 'node:perf_hooks';
import type * as ServerExports from '../../src/exports/server.js';
import type { MemberOrder } from './fixture.js';

export interface PublishCostRequest {
  entry: string;
  bodies: { issues: number; order: MemberOrder; body: string }[];
  rounds: number;
}

/** Per body, the ms per operation of each round. */
export interface PublishCostResult {
  type: 'publish-cost';
  sizes: { issues: number; order: MemberOrder; bytes: number; ours: number[]; ceiling: number[] }[];
}

/** Each timing runs the operation at least this long (and at least MIN_ITERATIONS times). */
const MIN_TIMING_MS = 150;
const MIN_ITERATIONS = 3;
/** Untimed calls of each operation before the first round, so the JIT has compiled both. */
const WARMUP_ITERATIONS = 3;

function timePerOperation(operation: () => void): number {
  const began = performance.now();
  let iterations = 0;
  let elapsed: number;
  do {
    operation();
    iterations += 1;
    elapsed = performance.now() - began;
  } while (elapsed < MIN_TIMING_MS || iterations < MIN_ITERATIONS);
  return elapsed / iterations;
}

process.once('message', (request: PublishCostRequest) => {
  void (async () => {
    const { SnapshotStore } = (await import(request.entry)) as typeof ServerExports;
    const sizes = request.bodies.map(({ issues, order, body }) => {
      const store = new SnapshotStore(JSON.parse(body));
      const ours = () => void store.publish(JSON.parse(body));
      const ceiling = () => void JSON.stringify(JSON.parse(body));
      for (let warm = 0; warm < WARMUP_ITERATIONS; warm += 1) {
        ours();
        ceiling();
      }
      return { issues, order, bytes: Buffer.byteLength(body), ours, ceiling, oursMs: [] as number[], ceilingMs: [] as number[] };
    });
    for (let round = 0; round < request.rounds; round += 1) {
      for (const size of sizes) {
        size.oursMs.push(timePerOperation(size.ours));
        size.ceilingMs.push(timePerOperation(size.ceiling));
      }
    }
    const result: PublishCostResult = {
      type: 'publish-cost',
      sizes: sizes.map((size) => ({ issues: size.issues, order: size.order, bytes: size.bytes, ours: size.oursMs, ceiling: size.ceilingMs })),
    };
    process.send?.(result);
    process.disconnect();
  })().catch((error: unknown) => {
    process.send?.({ type: 'failed', message: String(error) });
    process.disconnect();
  });
});
