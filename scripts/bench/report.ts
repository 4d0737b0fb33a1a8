/**
 * The bench's results: the rows against their targets, the cost-growth figures, the printed
 * tables and the plot. The JSON written to bench/results/ is `BenchResults` as it is.
 */
import type { FanoutResult } from './fanout.js';
import type { MemberOrder } from './fixture.js';
import { plotSvg, type Panel } from './plot.js';
import type { GcTally } from './server.js';
import { median } from './stats.js';
import { meets, TARGETS, targetLabel, type TargetId } from './targets.js';

export type Unit = 'req/s' | 'ms' | 'bytes';

export interface ResultRow {
  id: TargetId;
  what: string;
  ceilingIs: string;
  unit: Unit;
  /** Every round's figure, in `unit`. */
  ours: number[];
  ceiling: number[];
  oursMedian: number;
  ceilingMedian: number;
  /** oursMedian / ceilingMedian. */
  ratio: number;
  target: string;
  pass: boolean;
}

export interface GrowthPublish {
  issues: number;
  /** The members' order in the body: the schema's (written as it is), or another (built first). */
  order: MemberOrder;
  bytes: number;
  /** ms per publish, per round. */
  ours: number[];
  ceiling: number[];
}

export interface GrowthFanout extends Omit<FanoutResult, 'calibrations'> {
  issues: number;
  subscribers: number;
}

export interface BenchResults {
  date: string;
  node: string;
  machine: { cpus: number; cpuModel: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; fileDescriptorLimit: number | null };
  durationS: number;
  /** CPU seconds the bench and its children used: far below 2 × durationS, the machine was busy with other work. */
  cpuSeconds: number;
  sections: { name: string; seconds: number }[];
  settings: Record<string, unknown>;
  rows: ResultRow[];
  growth: { publishCost: GrowthPublish[]; fanoutBySubscribers: GrowthFanout[]; fanoutByIssues: GrowthFanout[] };
  /**
   * The 1-subscriber fan-out of two calibrating servers taking turns with ours and the ceiling in
   * the same rounds (per round, ms): one that only `JSON.stringify`-s each snapshot it is handed
   * (no validation, nothing kept), what serialising alone costs a reader here; and one that
   * writes the ceiling's own bytes after busy-waiting `delayUs`, what that time alone costs.
   */
  calibration?: { serialiseP50: number[]; delayedP50: number[]; delayUs: number; ceilingP50: number[]; oursP50: number[] };
}

/** One line on the calibration, for the printed report. */
export function calibrationLine(calibration: NonNullable<BenchResults['calibration']>): string {
  const serialise = median(calibration.serialiseP50);
  const ceiling = median(calibration.ceilingP50);
  const ours = median(calibration.oursP50);
  const delayed = median(calibration.delayedP50);
  return (
    `Calibration of the 1-subscriber row, in the same rounds: a server that only JSON.stringify-s each snapshot it is handed (no validation) ` +
    `has a p50 of ${format(serialise, 'ms')} against the ceiling's ${format(ceiling, 'ms')}: ${(serialise / ceiling).toFixed(2)}×; ours is ${(ours / serialise).toFixed(2)}× that server. ` +
    `One that writes the ceiling's own bytes ${calibration.delayUs} µs after the message (busy until then, as a server working that long before its first write): ` +
    `${format(delayed, 'ms')}, ${(delayed / ceiling).toFixed(2)}×, so those ${calibration.delayUs} µs cost the reader ${Math.round((delayed - ceiling) * 1000)} µs.`
  );
}

/**
 * One line on each side's garbage collection in the rounds of `fanout` (medians of the rounds),
 * for the printed report: a collection delays every delivery of the publish it lands in.
 */
export function collectionLine(fanout: GrowthFanout): string {
  const side = (tallies: GcTally[]) => {
    const minor = tallies.map((tally) => tally.minor);
    const major = tallies.map((tally) => tally.major);
    const minorMeanMs = median(minor.map((p) => (p.count === 0 ? 0 : p.totalMs / p.count)));
    const majorCount = median(major.map((p) => p.count));
    return (
      `${median(minor.map((p) => p.count))} minor (${minorMeanMs.toFixed(2)} ms each, at most ${median(minor.map((p) => p.maxMs)).toFixed(2)} ms), ` +
      (majorCount === 0 ? 'no major' : `${majorCount} major (at most ${median(major.map((p) => p.maxMs)).toFixed(2)} ms)`)
    );
  };
  return `Garbage collection a round with ${fanout.subscribers} readers, medians of the rounds: ours ${side(fanout.ours.gc)}; the ceiling ${side(fanout.ceiling.gc)}.`;
}

export function resultRow(id: TargetId, unit: Unit, ours: number[], ceiling: number[]): ResultRow {
  const target = TARGETS[id];
  const oursMedian = median(ours);
  const ceilingMedian = median(ceiling);
  const ratio = oursMedian / ceilingMedian;
  return { id, what: target.what, ceilingIs: target.ceiling, unit, ours, ceiling, oursMedian, ceilingMedian, ratio, target: targetLabel(target), pass: meets(target, ratio) };
}

function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'req/s') return `${Math.round(value).toLocaleString('en-US')} req/s`;
  if (unit === 'bytes') return `${(value / 2 ** 20).toFixed(1)} MiB`;
  return `${value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function targetsTable(rows: ResultRow[]): string {
  return table(
    ['what', 'ours', 'ceiling', 'ratio', 'target', 'pass/fail'],
    rows.map((row) => [
      row.what,
      format(row.oursMedian, row.unit),
      format(row.ceilingMedian, row.unit),
      `${row.ratio.toFixed(2)}×`,
      row.target,
      row.target === '—' ? '—' : row.pass ? 'pass' : 'FAIL',
    ]),
  );
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KiB`;
const pair = (p50: number[], p99: number[]) => `${format(median(p50), 'ms').replace(' ms', '')} / ${format(median(p99), 'ms')}`;

export function growthTable(growth: BenchResults['growth'], bytesOfIssues: (issues: number) => number): string {
  const rows: string[][] = [];
  for (const size of growth.publishCost) {
    const ours = median(size.ours);
    const ceiling = median(size.ceiling);
    const order = size.order === 'schema' ? '' : ', members in another order';
    rows.push([`publish cost, ${size.issues.toLocaleString('en-US')} issues (${kib(size.bytes)})${order}`, format(ours, 'ms'), format(ceiling, 'ms'), `${(ours / ceiling).toFixed(2)}×`]);
  }
  for (const scenario of [...growth.fanoutByIssues, ...growth.fanoutBySubscribers]) {
    const what = `fan-out p50 / p99, ${scenario.subscribers.toLocaleString('en-US')} subscriber${scenario.subscribers === 1 ? '' : 's'}, ${scenario.issues.toLocaleString('en-US')} issues (${kib(bytesOfIssues(scenario.issues))})`;
    const ratio = median(scenario.ours.p99) / median(scenario.ceiling.p99);
    rows.push([what, pair(scenario.ours.p50, scenario.ours.p99), pair(scenario.ceiling.p50, scenario.ceiling.p99), `${ratio.toFixed(2)}× (p99)`]);
  }
  return table(['cost growth', 'ours', 'ceiling', 'ratio'], rows);
}

const OURS = '#1f6feb';
const CEILING = '#1f6feb';
const SECOND = '#d9480f';

export function growthPlot(results: BenchResults): string {
  const byIssues: Panel = {
    title: 'Cost against snapshot size',
    xLabel: 'issues per snapshot (log)',
    yLabel: 'milliseconds (log)',
    series: [
      { label: 'publish, ours', color: OURS, dashed: false, points: results.growth.publishCost.filter((size) => size.order === 'schema').map((size) => ({ x: size.issues, y: median(size.ours) })) },
      { label: 'JSON.stringify(JSON.parse(body))', color: CEILING, dashed: true, points: results.growth.publishCost.filter((size) => size.order === 'schema').map((size) => ({ x: size.issues, y: median(size.ceiling) })) },
      { label: 'fan-out p50, 1 subscriber, ours', color: SECOND, dashed: false, points: results.growth.fanoutByIssues.map((s) => ({ x: s.issues, y: median(s.ours.p50) })) },
      { label: 'fan-out p50, 1 subscriber, ceiling', color: SECOND, dashed: true, points: results.growth.fanoutByIssues.map((s) => ({ x: s.issues, y: median(s.ceiling.p50) })) },
    ],
  };
  const bySubscribers: Panel = {
    title: 'Fan-out latency against subscribers (20 KB snapshot)',
    xLabel: 'subscribers (log)',
    yLabel: 'publish → delivered, milliseconds (log)',
    series: [
      { label: 'p99, ours', color: OURS, dashed: false, points: results.growth.fanoutBySubscribers.map((s) => ({ x: s.subscribers, y: median(s.ours.p99) })) },
      { label: 'p99, node:http ceiling', color: CEILING, dashed: true, points: results.growth.fanoutBySubscribers.map((s) => ({ x: s.subscribers, y: median(s.ceiling.p99) })) },
      { label: 'p50, ours', color: SECOND, dashed: false, points: results.growth.fanoutBySubscribers.map((s) => ({ x: s.subscribers, y: median(s.ours.p50) })) },
      { label: 'p50, node:http ceiling', color: SECOND, dashed: true, points: results.growth.fanoutBySubscribers.map((s) => ({ x: s.subscribers, y: median(s.ceiling.p50) })) },
    ],
  };
  return plotSvg([byIssues, bySubscribers], `npm run bench, ${results.date}, Node ${results.node}, ${results.machine.cpus} CPUs; medians of 3 interleaved rounds; dashed = ceiling`);
}
