/**
 * `npm run bench`: our control plane beside a bare node:http server that writes the same
 * precomputed bytes (the ceiling), in the same run, on this machine:
 * - publish→delivery latency (p50/p99 over every delivery) with 1, 100 and 1 000 SSE subscribers;
 * - GET /api/v1/snapshot requests per second (autocannon, keep-alive connections);
 * - start-up of the command (`--version`, `serve`) against `node -e ''` and a one-file bundle.
 * Servers run in a child process, the load here. Not a test: it prints a table and exits 0.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { get, type ClientRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { PUBLISHES_PER_SCENARIO, WARMUP_PUBLISHES } from './fixture.js';
import { measureStartup } from './startup.js';

const SUBSCRIBER_COUNTS = [1, 100, 1000];
/** Concurrent keep-alive connections of the requests/s scenario. */
const RPS_CONNECTIONS = 50;
/** How long each requests/s scenario runs. */
const RPS_DURATION_S = 5;
/** A publish whose deliveries take longer than this is reported as a failure, not waited on. */
const DELIVERY_DEADLINE_MS = 10_000;

type Mode = 'ours' | 'bare';

interface Server {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(mode: Mode): Promise<Server> {
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'server.ts'), [mode], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return {
    port,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}

/** A subscriber that only finds the ids of complete events, to keep the load generator light. */
class Subscriber {
  lastId = 0;
  #buffer = '';
  #onId: ((id: number) => void) | undefined;
  readonly request: ClientRequest;

  constructor(port: number, onId: (subscriber: Subscriber, id: number) => void) {
    this.#onId = (id) => onId(this, id);
    this.request = get({ host: '127.0.0.1', port, path: '/api/v1/events', agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => this.#feed(chunk));
    });
    this.request.on('error', () => undefined);
  }

  #feed(chunk: string): void {
    this.#buffer += chunk;
    let end: number;
    while ((end = this.#buffer.indexOf('\n\n')) !== -1) {
      const frame = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      const match = /^id: (\d+)$/m.exec(frame);
      if (match) {
        this.lastId = Number(match[1]);
        this.#onId?.(this.lastId);
      }
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latency(mode: Mode, subscribers: number): Promise<{ p50: number; p99: number }> {
  const server = await startServer(mode);
  let expected = 1;
  let waiting = 0;
  let started = 0;
  let release: (() => void) | undefined;
  const samples: number[] = [];
  const onId = (_: Subscriber, id: number) => {
    if (id !== expected) return;
    if (expected > 1 + WARMUP_PUBLISHES) samples.push(performance.now() - started);
    waiting -= 1;
    if (waiting === 0) release?.();
  };
  const deliveries = (count: number) =>
    new Promise<void>((resolve, reject) => {
      waiting = count;
      const timer = setTimeout(() => reject(new Error(`${mode}: id ${expected} not delivered to every subscriber`)), DELIVERY_DEADLINE_MS);
      release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const clients: Subscriber[] = [];
  try {
    const attached = deliveries(subscribers);
    for (let index = 0; index < subscribers; index += 1) clients.push(new Subscriber(server.port, onId));
    await attached;
    for (let step = 1; step <= WARMUP_PUBLISHES + PUBLISHES_PER_SCENARIO; step += 1) {
      expected = step + 1;
      const delivered = deliveries(subscribers);
      started = performance.now();
      server.child.send({ type: 'publish', step });
      await delivered;
    }
  } finally {
    for (const client of clients) client.request.destroy();
    await server.stop();
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function requestsPerSecond(mode: Mode): Promise<number> {
  const server = await startServer(mode);
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${server.port}/api/v1/snapshot`,
      connections: RPS_CONNECTIONS,
      duration: RPS_DURATION_S,
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result.requests.average;
  } finally {
    await server.stop();
  }
}

const rows: string[][] = [];
const ms = (value: number) => `${value.toFixed(2)} ms`;
const began = performance.now();
for (const subscribers of SUBSCRIBER_COUNTS) {
  const ours = await latency('ours', subscribers);
  const bare = await latency('bare', subscribers);
  rows.push([`latency p50, ${subscribers} subscriber(s)`, ms(ours.p50), ms(bare.p50), `${(ours.p50 / bare.p50).toFixed(2)}×`]);
  rows.push([`latency p99, ${subscribers} subscriber(s)`, ms(ours.p99), ms(bare.p99), `${(ours.p99 / bare.p99).toFixed(2)}×`]);
}
const oursRps = await requestsPerSecond('ours');
const bareRps = await requestsPerSecond('bare');
rows.push(['GET /api/v1/snapshot, requests/s', oursRps.toFixed(0), bareRps.toFixed(0), `${(oursRps / bareRps).toFixed(2)}×`]);
for (const row of await measureStartup()) {
  const ratio = row.oursMs / row.ceilingMs;
  rows.push([`${row.measure} (vs ${row.ceiling}; target ≤ ${row.target}×)`, ms(row.oursMs), ms(row.ceilingMs), `${ratio.toFixed(2)}×${ratio <= row.target ? '' : ' (over target)'}`]);
}

const header = ['measure', 'opensymphony-control', 'bare node:http (ceiling)', 'ratio'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
process.stdout.write(
  [
    `${PUBLISHES_PER_SCENARIO} publishes of a 20-issue snapshot per latency row (after ${WARMUP_PUBLISHES} to warm up); ${RPS_CONNECTIONS} connections for ${RPS_DURATION_S} s per requests/s cell; Node ${process.version}`,
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
    `(ran in ${((performance.now() - began) / 1000).toFixed(0)} s)`,
  ].join('\n') + '\n',
);
