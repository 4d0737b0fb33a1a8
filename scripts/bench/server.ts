/**
 * One benchmark server, run by scripts/bench/run.ts as a child process under plain `node`
 * (compiled by esbuild, no TypeScript loader, so its memory and start are what users get):
 * - `ours`: the built package (`dist/`, `opensymphony-control/server`) as a daemon embeds it —
 *   a SnapshotStore, createApp and configureServer; `publish` calls `store.publish` with a
 *   snapshot object that was sent before the clock started;
 * - `ceiling`: bare node:http with no code of ours loaded, answering from bytes precomputed by
 *   the parent: the GET body and its ETag (200, or 304 on If-None-Match), SSE frames written as
 *   they are, and a PUT that only does `JSON.parse` + `JSON.stringify` of the body (the floor);
 *   with `serialise`, each publish instead writes a frame it makes from a snapshot object with
 *   `JSON.stringify` and nothing else, and with `delayUs` it writes its frame only after busy-waiting
 *   that long (the 1-subscriber row's two calibrations).
 * It listens on 127.0.0.1:0, reports its port over IPC, and answers the parent's messages; it
 * also tallies its garbage collection pauses, for the fan-out rounds' report.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as perfConstants, performance, PerformanceObserver } from 'node:perf_hooks';
import type { DaemonSnapshot } from '../../generated/api-types.js';
import type * as ServerExports from '../../src/exports/server.js';

/** What a server needs before it listens; sent by the parent. */
export type SetupMessage =
  | {
      type: 'setup';
      mode: 'ours';
      /** File URL of the built package's server entry. */
      entry: string;
      publishToken: string;
      /** Streams the bench opens at most: both caps are raised to it so the caps never answer. */
      maxSubscribers: number;
      initial: DaemonSnapshot;
      /** Snapshots `publish` cycles through. */
      pool: DaemonSnapshot[];
    }
  | {
      type: 'setup';
      mode: 'ceiling';
      /** The current envelope's JSON (the GET body) and its ETag. */
      body: string;
      etag: string;
      streamHeaders: Record<string, string>;
      /** The SSE frame a new stream is sent first. */
      initialFrame: string;
      /** Frames `publish` cycles through. */
      frames: string[];
      /**
       * Snapshots `publish` cycles through instead of `frames`, each turned into its frame with
       * `JSON.stringify` of the envelope around it and written as text: no validation, no canonical
       * form, nothing kept — the least a server handed a snapshot object does before its first
       * byte, as a calibration of the 1-subscriber row.
       */
      serialise?: { pool: DaemonSnapshot[]; event: string; epoch: string };
      /**
       * Busy-waits this long after each publish message before writing its precomputed frame: a
       * server that works that long before its first byte and does nothing else, as the other
       * calibration of the 1-subscriber row (what the time before the first write costs a reader).
       */
      delayUs?: number;
    };

/** Garbage collection pauses of one kind: how many, and their total and longest, in ms. */
export interface GcPauses {
  count: number;
  totalMs: number;
  maxMs: number;
}

/** A server's minor (scavenge) and major (mark-compact) collection pauses over some span. */
export interface GcTally {
  minor: GcPauses;
  major: GcPauses;
}

export type ParentMessage =
  | SetupMessage
  | { type: 'publish'; index: number }
  | { type: 'warm-up'; publishes: number; budgetMs: number }
  | { type: 'memory' }
  | { type: 'collect' }
  | { type: 'gc' }
  | { type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'memory'; rss: number; heapUsed: number }
  | { type: 'collected' }
  | { type: 'warmed'; publishes: number }
  | ({ type: 'gc' } & GcTally)
  | { type: 'failed'; message: string };

/** Keepalive comments would be extra events for the readers; an hour never fires in a run. */
const BENCH_KEEPALIVE_MS = 3_600_000;

const send = (message: ChildMessage) => process.send?.(message);
/** A full collection; both sides run with --expose-gc. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const noPauses = (): GcTally => ({ minor: { count: 0, totalMs: 0, maxMs: 0 }, major: { count: 0, totalMs: 0, maxMs: 0 } });
/** The pauses since the last `gc` message (which answers them and starts over). */
let pauses = noPauses();
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    const into = kind === perfConstants.NODE_PERFORMANCE_GC_MINOR ? pauses.minor : kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR ? pauses.major : undefined;
    if (into === undefined) continue;
    into.count += 1;
    into.totalMs += entry.duration;
    into.maxMs = Math.max(into.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

async function oursServer(setup: Extract<SetupMessage, { mode: 'ours' }>): Promise<{ server: Server; publish: (index: number) => void }> {
  const { SnapshotStore, createApp, configureServer } = (await import(setup.entry)) as typeof ServerExports;
  const store = new SnapshotStore(setup.initial);
  const app = createApp({
    store,
    publishToken: setup.publishToken,
    maxSubscribers: setup.maxSubscribers,
    maxSubscribersPerClient: setup.maxSubscribers,
    keepaliveMs: BENCH_KEEPALIVE_MS,
  });
  const server = configureServer(createServer(app));
  const pool = setup.pool;
  return { server, publish: (index) => void store.publish(pool[index % pool.length]) };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function ceilingServer(setup: Extract<SetupMessage, { mode: 'ceiling' }>): { server: Server; publish: (index: number) => void } {
  const body = Buffer.from(setup.body);
  const initialFrame = Buffer.from(setup.initialFrame);
  const frames = setup.frames.map((frame) => Buffer.from(frame));
  const getHeaders = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(body.length),
    etag: setup.etag,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const notModifiedHeaders = { etag: setup.etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (req.url === '/api/v1/events') {
      res.writeHead(200, setup.streamHeaders);
      res.write(initialFrame);
      streams.add(res);
      res.once('close', () => streams.delete(res));
      return;
    }
    if (req.method === 'PUT') {
      readBody(req).then(
        (raw) => {
          const answer = JSON.stringify(JSON.parse(raw.toString('utf8')));
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(answer)) });
          res.end(answer);
        },
        () => res.destroy(),
      );
      return;
    }
    if (req.headers['if-none-match'] === setup.etag) {
      res.writeHead(304, notModifiedHeaders);
      res.end();
      return;
    }
    res.writeHead(200, getHeaders);
    res.end(body);
  });
  const serialise = setup.serialise;
  const delayMs = (setup.delayUs ?? 0) / 1000;
  let sequence = 1;
  const publish = (index: number) => {
    let frame: Buffer | string = frames[index % frames.length]!;
    if (serialise) {
      sequence += 1;
      const snapshot = serialise.pool[index % serialise.pool.length];
      const json = JSON.stringify({ sequence, published_at: new Date().toISOString(), snapshot, epoch: serialise.epoch });
      // Written as text: node encodes it into memory it reuses, the cheapest way to write it once.
      frame = `event: ${serialise.event}\nid: ${sequence}\ndata: ${json}\n\n`;
    }
    if (delayMs > 0) {
      const until = performance.now() + delayMs;
      while (performance.now() < until);
    }
    for (const res of streams) res.write(frame);
  };
  return { server, publish };
}

let running: { server: Server; publish: (index: number) => void } | undefined;

// A bench that dies must not leave its servers behind: the IPC channel closing ends them.
process.once('disconnect', () => process.exit(0));

process.on('message', (message: ParentMessage) => {
  try {
    if (message.type === 'setup') {
      void (message.mode === 'ours' ? oursServer(message) : Promise.resolve(ceilingServer(message))).then(
        (started) => {
          running = started;
          started.server.listen(0, '127.0.0.1', () => send({ type: 'ready', port: (started.server.address() as AddressInfo).port }));
        },
        (error: unknown) => send({ type: 'failed', message: String(error) }),
      );
    } else if (message.type === 'publish') {
      running?.publish(message.index);
    } else if (message.type === 'warm-up') {
      // Untimed publishes before any reader attaches, so the JIT has compiled the publish path
      // (about 500 publishes on Node 20): the figures are a running daemon's, not a fresh process's.
      const began = Date.now();
      let publishes = 0;
      while (publishes < message.publishes && Date.now() - began < message.budgetMs) running?.publish(publishes++);
      // The warm-up's garbage is collected now, not in the middle of a measured batch.
      collectGarbage();
      send({ type: 'warmed', publishes });
    } else if (message.type === 'collect') {
      collectGarbage();
      send({ type: 'collected' });
    } else if (message.type === 'gc') {
      // The observer hears of a collection a moment after it: the last one's entry first.
      setImmediate(() => {
        send({ type: 'gc', ...pauses });
        pauses = noPauses();
      });
    } else if (message.type === 'memory') {
      // Both sides run with --expose-gc: collected garbage is not what a subscriber costs.
      collectGarbage();
      const memory = process.memoryUsage();
      send({ type: 'memory', rss: memory.rss, heapUsed: memory.heapUsed });
    } else {
      running?.server.closeAllConnections();
      process.exit(0);
    }
  } catch (error) {
    send({ type: 'failed', message: String(error) });
  }
});
