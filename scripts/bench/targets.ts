/**
 * The performance targets of `npm run bench`, as ratios of ours to a ceiling measured in the same
 * run on the same machine (issue #14's table; the `--version` row is issue #10's). The one place
 * they are written down: the printed table, the JSON results and `--check` all read them here.
 */

export type TargetId =
  | 'get-200'
  | 'get-304'
  | 'put'
  | 'fanout-p99-100'
  | 'fanout-p99-1000'
  | 'fanout-p99-5000'
  | 'fanout-p50-1'
  | 'rss-10000'
  | 'rss-idle'
  | 'publish-5000'
  | 'startup-serve'
  | 'startup-version';

export interface Target {
  /** What is measured, as the table shows it. */
  what: string;
  /** What the ceiling is. */
  ceiling: string;
  /** `min`: ours/ceiling must be at least `ratio` (throughput); `max`: at most `ratio` (time, memory). */
  bound: 'min' | 'max' | 'none';
  ratio: number;
  /** Where the target comes from. */
  source: string;
}

export const TARGETS: Readonly<Record<TargetId, Target>> = {
  'get-200': {
    what: 'GET /api/v1/snapshot 200, 20 KB, 50 connections (req/s)',
    ceiling: 'node:http writing precomputed bytes',
    bound: 'min',
    ratio: 0.8,
    source: '#14',
  },
  'get-304': {
    what: 'GET /api/v1/snapshot 304 on If-None-Match (req/s)',
    ceiling: 'node:http answering 304 on If-None-Match',
    bound: 'min',
    ratio: 0.8,
    source: '#14',
  },
  put: {
    what: 'PUT /api/v1/snapshot 20 KB, validated+published+answered (req/s)',
    ceiling: 'node:http doing JSON.parse + JSON.stringify of the body',
    bound: 'min',
    ratio: 0.5,
    source: '#14',
  },
  'fanout-p99-100': {
    what: 'fan-out p99, 100 subscribers, 20 KB (publish → delivered)',
    ceiling: 'node:http writing the precomputed frame',
    bound: 'max',
    ratio: 1.25,
    source: '#14',
  },
  'fanout-p99-1000': {
    what: 'fan-out p99, 1 000 subscribers, 20 KB',
    ceiling: 'node:http writing the precomputed frame',
    bound: 'max',
    ratio: 1.25,
    source: '#14',
  },
  'fanout-p99-5000': {
    what: 'fan-out p99, 5 000 subscribers, 20 KB',
    ceiling: 'node:http writing the precomputed frame',
    bound: 'max',
    ratio: 1.25,
    source: '#14',
  },
  'fanout-p50-1': {
    what: 'fan-out p50, 1 subscriber, 20 KB',
    ceiling: 'node:http writing the precomputed frame',
    bound: 'max',
    ratio: 1.5,
    source: '#14',
  },
  'rss-10000': {
    what: 'RSS with 10 000 idle subscribers',
    ceiling: 'node:http holding 10 000 idle SSE responses',
    bound: 'max',
    ratio: 1.3,
    source: '#14',
  },
  'rss-idle': {
    what: 'RSS of an idle server process',
    ceiling: 'idle node:http server',
    bound: 'none',
    ratio: Number.NaN,
    source: '#14 (reported, no target)',
  },
  'publish-5000': {
    what: 'publish cost, 5 000 issues (store.publish(JSON.parse(body)))',
    ceiling: 'JSON.stringify(JSON.parse(body))',
    bound: 'max',
    ratio: 2,
    source: '#14',
  },
  'startup-serve': {
    what: '`serve` start → first /healthz answer',
    ceiling: 'one-file esbuild bundle of the same entry',
    bound: 'max',
    ratio: 1.5,
    source: '#14, #10',
  },
  'startup-version': {
    what: '`--version` start → exit',
    ceiling: "`node -e ''`",
    bound: 'max',
    ratio: 2,
    source: '#10',
  },
};

/** Whether a ratio meets its target (a row without a target always passes). */
export function meets(target: Target, ratio: number): boolean {
  if (target.bound === 'none') return true;
  if (!Number.isFinite(ratio)) return false;
  return target.bound === 'min' ? ratio >= target.ratio : ratio <= target.ratio;
}

/** The target as the table shows it: `≥ 0.8×`, `≤ 1.25×`, or `—`. */
export function targetLabel(target: Target): string {
  if (target.bound === 'none') return '—';
  return `${target.bound === 'min' ? '≥' : '≤'} ${target.ratio}×`;
}
