/**
 * The request rows: requests/s of ours and of the ceiling under autocannon, interleaved (ours,
 * ceiling, ours, ceiling …) on servers that stay up between runs, each side warmed up first.
 * Every response must be the expected status, or the row fails instead of measuring errors.
 */
import autocannon from 'autocannon';
import type { BenchServer } from './children.js';
import { BENCH_PUBLISH_TOKEN } from './setups.js';

/** Concurrent keep-alive connections, as in issue #14's table. */
export const HTTP_CONNECTIONS = 50;
/** How long each measured run lasts. */
export const HTTP_RUN_S = 2;
/** An untimed run of each side before the first measured one, so the JIT has compiled both. */
const HTTP_WARMUP_S = 1;

export type HttpRowId = 'get-200' | 'get-304' | 'put';

export interface Paired {
  ours: number[];
  ceiling: number[];
}

interface Load {
  path: string;
  method: 'GET' | 'PUT';
  headers: Record<string, string>;
  body?: string;
  /** The status class every response must have. */
  status: '2xx' | '3xx';
}

async function requestsPerSecond(server: BenchServer, load: Load, durationS: number): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}${load.path}`,
    method: load.method,
    headers: load.headers,
    ...(load.body === undefined ? {} : { body: load.body }),
    connections: HTTP_CONNECTIONS,
    duration: durationS,
  });
  const expected = result[load.status];
  if (result.errors > 0 || result.timeouts > 0 || expected !== result.requests.total) {
    throw new Error(
      `${server.mode} ${load.method} ${load.path}: ${result.requests.total} requests, ${expected} ${load.status}, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return result.requests.total / durationS;
}

async function etagOf(server: BenchServer): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/snapshot`, { signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  const etag = res.headers.get('etag');
  if (res.status !== 200 || etag === null) throw new Error(`${server.mode}: GET /api/v1/snapshot answered ${res.status} without an ETag`);
  return etag;
}

/** Measures one row over `rounds` interleaved runs; `loadFor` builds each side's request. */
export async function httpRow(ours: BenchServer, ceiling: BenchServer, rounds: number, loadFor: (server: BenchServer) => Promise<Load>): Promise<Paired> {
  const oursLoad = await loadFor(ours);
  const ceilingLoad = await loadFor(ceiling);
  await requestsPerSecond(ours, oursLoad, HTTP_WARMUP_S);
  await requestsPerSecond(ceiling, ceilingLoad, HTTP_WARMUP_S);
  const paired: Paired = { ours: [], ceiling: [] };
  for (let round = 0; round < rounds; round += 1) {
    paired.ours.push(await requestsPerSecond(ours, oursLoad, HTTP_RUN_S));
    paired.ceiling.push(await requestsPerSecond(ceiling, ceilingLoad, HTTP_RUN_S));
  }
  return paired;
}

/** The three request rows, on one pair of servers (the PUT row last: it changes the snapshot). */
export async function httpRows(ours: BenchServer, ceiling: BenchServer, rounds: number, putBody: string): Promise<Record<HttpRowId, Paired>> {
  const get200 = await httpRow(ours, ceiling, rounds, async () => ({ path: '/api/v1/snapshot', method: 'GET', headers: {}, status: '2xx' }));
  const get304 = await httpRow(ours, ceiling, rounds, async (server) => ({
    path: '/api/v1/snapshot',
    method: 'GET',
    headers: { 'if-none-match': await etagOf(server) },
    status: '3xx',
  }));
  const put = await httpRow(ours, ceiling, rounds, async () => ({
    path: '/api/v1/snapshot',
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_PUBLISH_TOKEN}` },
    body: putBody,
    status: '2xx',
  }));
  return { 'get-200': get200, 'get-304': get304, put };
}
