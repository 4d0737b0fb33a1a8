/**
 * `tsx scripts/publish-cost.ts`: what one publish costs the store at 10, 100, 1 000 and 5 000
 * issues per snapshot, beside `JSON.stringify(JSON.parse(body))` of the same body (the floor
 * issue #14 measures against; its target is at most 2x).
 *
 * Each row times, interleaved and median of ROUNDS rounds:
 * - floor: `JSON.stringify(JSON.parse(body))`;
 * - publish: `store.publish(JSON.parse(body))`, what a PUT does once the body is read
 *   (validate, build the frozen canonical envelope, write its JSON);
 * - publish only: `store.publish(value)` of an already parsed body.
 * `--json` prints the figures as JSON instead of a table.
 */
import { parseArgs } from 'node:util';
import type { DaemonSnapshot } from '../generated/api-types.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from '../test/fixtures/reference.js';

const ISSUE_COUNTS = [10, 100, 1_000, 5_000];
/** Rounds per row; the median is reported, so one GC pause does not decide a row. */
const ROUNDS = 15;
/** Operations per round, scaled so every round handles about the same number of issues. */
const ISSUES_PER_ROUND = 20_000;

/** A busy daemon: every issue with a conversation event and a modified file, as the bench's fixture. */
export function snapshotWithIssues(count: number, step = 1): DaemonSnapshot {
  const snapshot = fixtureSnapshot(step);
  const template = snapshot.issues[0]!;
  snapshot.issues = Array.from({ length: count }, (_, index) => ({
    ...template,
    identifier: `COE-${300 + index}`,
    title: `Issue ${index}: keep the control plane honest under load`,
    retry_count: (step + index) % 3,
    recent_events: [{ event_id: `evt-${step}-${index}`, happened_at: snapshot.generated_at, kind: 'tool_call', summary: `ran step ${step}` }],
    modified_files: [{ path: `src/module_${index}.ts`, change_kind: 'modified', lines_added: step % 50, lines_removed: index }],
  }));
  return snapshot;
}

function timeOne(operations: number, run: () => void): number {
  const start = process.hrtime.bigint();
  for (let index = 0; index < operations; index += 1) run();
  return Number(process.hrtime.bigint() - start) / 1e3 / operations;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface PublishCostRow {
  issues: number;
  bodyBytes: number;
  floorUs: number;
  publishUs: number;
  publishOnlyUs: number;
  ratio: number;
  ratioPublishOnly: number;
}

export function measure(issues: number): PublishCostRow {
  const body = JSON.stringify(snapshotWithIssues(issues));
  const store = new SnapshotStore(JSON.parse(body) as DaemonSnapshot, { epoch: 'bench' });
  const operations = Math.max(1, Math.round(ISSUES_PER_ROUND / issues));
  const floor: number[] = [];
  const publish: number[] = [];
  const publishOnly: number[] = [];
  const parsed = Array.from({ length: operations }, () => JSON.parse(body) as unknown);
  let sink = 0;
  // Warm-up: every path compiled before it is timed.
  for (let index = 0; index < 3; index += 1) {
    sink += JSON.stringify(JSON.parse(body)).length;
    store.publish(JSON.parse(body));
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    floor.push(timeOne(operations, () => (sink += JSON.stringify(JSON.parse(body)).length)));
    publish.push(timeOne(operations, () => (sink += store.publish(JSON.parse(body)).sequence)));
    let next = 0;
    publishOnly.push(timeOne(operations, () => (sink += store.publish(parsed[next++]).sequence)));
  }
  if (sink === 0) throw new Error('unreachable: keeps the work from being optimised away');
  const floorUs = median(floor);
  const publishUs = median(publish);
  const publishOnlyUs = median(publishOnly);
  return {
    issues,
    bodyBytes: Buffer.byteLength(body),
    floorUs,
    publishUs,
    publishOnlyUs,
    ratio: publishUs / floorUs,
    ratioPublishOnly: publishOnlyUs / floorUs,
  };
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const rows = ISSUE_COUNTS.map(measure);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const format = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
  process.stdout.write('issues  body        floor (parse+stringify)  parse+publish  ratio  publish(value)  ratio\n');
  for (const row of rows) {
    process.stdout.write(
      `${String(row.issues).padStart(6)}  ${`${(row.bodyBytes / 1024).toFixed(0)} KiB`.padEnd(10)}  ${format(row.floorUs).padStart(23)}  ${format(row.publishUs).padStart(13)}  ${row.ratio.toFixed(2).padStart(5)}  ${format(row.publishOnlyUs).padStart(14)}  ${row.ratioPublishOnly.toFixed(2).padStart(5)}\n`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
