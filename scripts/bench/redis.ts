/**
 * The bench row of the Redis engine (`tsx scripts/bench/redis.ts`, or `benchRedis()` from the
 * bench runner), against a `redis-server` it starts itself and `serve` processes from dist/ (run
 * `npm run build` first):
 * - fan-out: publish→delivery p50/p99 over every delivery to 3 000 SSE subscribers, held by three
 *   `serve --redis` replicas (1 000 each, the publishes spread over the three) and by one
 *   in-memory `serve` (all 3 000), timed from before the PUT is sent;
 * - publishes per second: concurrent PUTs through Redis (spread over the three replicas) and
 *   into one in-memory process.
 * Not a test: it prints a table and exits 0.
 */
import { get, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startServe, type ServeProcess } from '../../test/support/cli.js';
import { redisServerAvailable, startRedis } from '../../test/support/redis-server.js';
import { benchSnapshot } from './fixture.js';

const TOKEN = 'bench-token';
/** Subscribers in total, split evenly over the replicas in the Redis case. */
const TOTAL_SUBSCRIBERS = 3000;
const REPLICAS = 3;
/** Issues per published snapshot: the 20-issue fixture the in-memory rows grew from. */
const REDIS_BENCH_ISSUES = 20;
/** Publishes measured per fan-out scenario, after the warm-up ones. */
const FANOUT_PUBLISHES = 60;
const FANOUT_WARMUP = 10;
/** Publishers running at once in the publishes/s scenario. */
const PUBLISHERS = 16;
/** How long each publishes/s scenario runs. */
const THROUGHPUT_MS = 3000;
/** Subscribers connecting at once, as the in-memory fan-out's readers do. */
const CONNECT_BATCH = 250;
/** A publish not delivered to every subscriber by then fails the bench instead of hanging it. */
const DELIVERY_DEADLINE_MS = 15_000;

export interface RedisBenchRow {
  scenario: string;
  p50Ms: number;
  p99Ms: number;
  publishesPerSecond: number;
}

/** One SSE subscriber; a refused or failed stream is reported to `onFailure` at once. */
class Subscriber {
  lastId = 0;
  #buffer = '';
  readonly request: ClientRequest;

  constructor(url: string, onId: (id: number) => void, onFailure: (error: Error) => void) {
    this.request = get(`${url}/api/v1/events`, { agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        onFailure(new Error(`GET ${url}/api/v1/events answered ${res.statusCode}`));
        return;
      }
      res.once('end', () => onFailure(new Error(`the event stream of ${url} ended`)));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        this.#buffer += chunk;
        let end: number;
        while ((end = this.#buffer.indexOf('\n\n')) !== -1) {
          const match = /^id: (\d+)$/m.exec(this.#buffer.slice(0, end));
          this.#buffer = this.#buffer.slice(end + 2);
          if (match) {
            this.lastId = Number(match[1]);
            onId(this.lastId);
          }
        }
      });
    });
    this.request.on('error', (error) => onFailure(new Error(`the event stream of ${url} failed: ${error.message}`)));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function put(url: string, step: number): Promise<number> {
  const response = await fetch(`${url}/api/v1/snapshot`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(benchSnapshot(step, REDIS_BENCH_ISSUES)),
    signal: AbortSignal.timeout(DELIVERY_DEADLINE_MS),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`PUT ${url}: ${response.status} ${body}`);
  return (JSON.parse(body) as { sequence: number }).sequence;
}

async function serve(extra: string[]): Promise<ServeProcess> {
  return startServe(['--publish-token', TOKEN, '--max-subscribers', String(TOTAL_SUBSCRIBERS), '--max-subscribers-per-client', String(TOTAL_SUBSCRIBERS), ...extra]);
}

/** Delivery latency over every subscriber of `servers`, publishing round-robin through them. */
async function fanOut(servers: ServeProcess[]): Promise<{ p50: number; p99: number }> {
  let target = 0;
  let waiting = 0;
  let started = 0;
  let measuring = false;
  let release: (() => void) | undefined;
  // A subscriber that fails fails the pending wait at once, with its cause, rather than at the deadline.
  let failure: Error | undefined;
  let abandon: ((error: Error) => void) | undefined;
  let finished = false;
  const onFailure = (error: Error) => {
    if (finished) return;
    failure ??= error;
    abandon?.(error);
  };
  const samples: number[] = [];
  const onId = (id: number) => {
    if (id < target) return;
    if (measuring) samples.push(performance.now() - started);
    waiting -= 1;
    if (waiting === 0) release?.();
  };
  const deliveries = (count: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      waiting = count;
      const timer = setTimeout(() => reject(new Error(`${what}: not delivered to every subscriber (${waiting} missing)`)), DELIVERY_DEADLINE_MS);
      release = () => {
        clearTimeout(timer);
        resolve();
      };
      abandon = (error) => {
        clearTimeout(timer);
        reject(error);
      };
    });
  const clients: Subscriber[] = [];
  try {
    // In batches: thousands of connections opened at once overflow the listen backlog, and a
    // connection the kernel then drops may never come back (one subscriber of 3 000 in one run).
    for (let first = 0; first < TOTAL_SUBSCRIBERS; first += CONNECT_BATCH) {
      const count = Math.min(CONNECT_BATCH, TOTAL_SUBSCRIBERS - first);
      const attached = deliveries(count, `the first envelope of subscribers ${first + 1}–${first + count}`);
      for (let index = first; index < first + count; index += 1) clients.push(new Subscriber(servers[index % servers.length]!.url, onId, onFailure));
      await attached;
    }
    for (let round = 0; round < FANOUT_WARMUP + FANOUT_PUBLISHES; round += 1) {
      const current = Math.max(...clients.map((client) => client.lastId));
      target = current + 1;
      measuring = round >= FANOUT_WARMUP;
      const delivered = deliveries(TOTAL_SUBSCRIBERS, `publish ${round}`);
      // Awaited below; one that fails while the PUT is still out must not go unhandled meanwhile.
      delivered.catch(() => undefined);
      started = performance.now();
      const sequence = await put(servers[round % servers.length]!.url, round);
      if (sequence !== target) throw new Error(`expected sequence ${target}, got ${sequence}`);
      await delivered;
    }
  } finally {
    finished = true;
    for (const client of clients) client.request.destroy();
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Publishes per second with `PUBLISHERS` concurrent PUT loops spread over `servers`. */
async function throughput(servers: ServeProcess[]): Promise<number> {
  const deadline = performance.now() + THROUGHPUT_MS;
  let done = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: PUBLISHERS }, async (_, index) => {
      for (let step = 0; performance.now() < deadline; step += 1) {
        await put(servers[index % servers.length]!.url, step);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - began) / 1000);
}

/** Runs the Redis rows; needs `redis-server` and a built dist/. */
export async function benchRedis(): Promise<RedisBenchRow[]> {
  if (!redisServerAvailable()) throw new Error('redis-server is not installed (scripts/setup.sh installs it)');
  const rows: RedisBenchRow[] = [];
  const memory = await serve([]);
  try {
    const latency = await fanOut([memory]);
    rows.push({ scenario: `in memory, 1 process x ${TOTAL_SUBSCRIBERS} subscribers`, p50Ms: latency.p50, p99Ms: latency.p99, publishesPerSecond: await throughput([memory]) });
  } finally {
    await memory.stop();
  }
  const redis = await startRedis();
  const replicas: ServeProcess[] = [];
  try {
    for (let index = 0; index < REPLICAS; index += 1) replicas.push(await serve(['--redis', redis.url, '--redis-prefix', 'bench']));
    const latency = await fanOut(replicas);
    rows.push({
      scenario: `Redis, ${REPLICAS} replicas x ${TOTAL_SUBSCRIBERS / REPLICAS} subscribers`,
      p50Ms: latency.p50,
      p99Ms: latency.p99,
      publishesPerSecond: await throughput(replicas),
    });
  } finally {
    await Promise.allSettled(replicas.map((replica) => replica.stop()));
    await redis.dispose();
  }
  return rows;
}

export function formatRedisRows(rows: RedisBenchRow[]): string {
  const lines = ['| scenario | fan-out p50 | fan-out p99 | publishes/s |', '| --- | ---: | ---: | ---: |'];
  for (const row of rows) lines.push(`| ${row.scenario} | ${row.p50Ms.toFixed(1)} ms | ${row.p99Ms.toFixed(1)} ms | ${Math.round(row.publishesPerSecond)} |`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${formatRedisRows(await benchRedis())}\n`);
}
