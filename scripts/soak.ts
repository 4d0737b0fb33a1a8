/**
 * `npm run soak -- --minutes N [--subscribers S] [--rate R]`: a control plane in a child process
 * (createApp on 127.0.0.1:0, as `serve` runs it), S raw-socket SSE subscribers, and publishes over
 * HTTP at R per second for N minutes. Prints, periodically and at the end: events delivered,
 * sequence regressions and duplicates per subscriber, the server's RSS at start and end and its
 * slope (MiB/min, least squares), and the publishes per second achieved. Exits non-zero when a
 * subscriber saw a regression, lost its stream, or did not reach the last envelope. Loopback only.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { DemoOrchestrator } from '../src/demo.js';
import { configureServer } from '../src/http-server.js';
import { SnapshotStore } from '../src/store.js';
import { RawSubscriber } from '../test/support/raw-subscriber.js';
import { withDeadline } from '../test/support/deadline.js';

const SERVER_ROLE = 'OPENSYMPHONY_SOAK_SERVER';
const TOKEN = 'soak-publish-token';
/** How often the server's RSS is sampled for the slope. */
const RSS_SAMPLE_INTERVAL_MS = 1_000;
/** Publishes in flight at once: enough to reach the rate, few enough that a slow server is seen, not hidden. */
const MAX_PUBLISHES_IN_FLIGHT = 4;
/** How long subscribers get, after the last publish, to receive it. */
const DRAIN_DEADLINE_MS = 15_000;
/** How long the subscribers get to connect and receive their first event. */
const CONNECT_DEADLINE_MS = 30_000;
const DEFAULTS = { minutes: 10, subscribers: 100, rate: 20 };

type ServerMessage = { type: 'ready'; port: number } | { type: 'rss'; rss: number; subscribers: number };

// ---------------------------------------------------------------------------- the server child

function runServer(): void {
  const demo = new DemoOrchestrator(1, new Date());
  const store = new SnapshotStore(demo.snapshot(new Date()));
  const app = createApp({ store, publishToken: TOKEN, maxSubscribersPerClient: 100_000 });
  const server = configureServer(createServer(app));
  server.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port }));
  process.on('message', (message: { type: string }) => {
    if (message.type === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage().rss, subscribers: app.subscriberCount });
    if (message.type === 'stop') {
      app.closeStreams();
      server.closeAllConnections();
      server.close(() => process.exit(0));
    }
  });
}

// ---------------------------------------------------------------------------- the load

function fail(message: string): never {
  process.stderr.write(`soak: ${message}\n`);
  process.exit(2);
}

function options(): typeof DEFAULTS {
  const { values } = parseArgs({
    options: { minutes: { type: 'string' }, subscribers: { type: 'string' }, rate: { type: 'string' } },
    strict: true,
  });
  const number = (name: keyof typeof DEFAULTS, integer: boolean): number => {
    const text = values[name];
    if (text === undefined) return DEFAULTS[name];
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) fail(`--${name} must be a positive ${integer ? 'integer' : 'number'}, not ${JSON.stringify(text)}`);
    return value;
  };
  return { minutes: number('minutes', false), subscribers: number('subscribers', true), rate: number('rate', false) };
}

const MIB = 1024 * 1024;
const print = (line: string) => process.stdout.write(`${line}\n`);

/** Slope of y over x by least squares (0 with fewer than two points). */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

class ServerProcess {
  #pending: Array<(message: ServerMessage) => void> = [];

  private constructor(readonly child: ChildProcess) {
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'rss') this.#pending.shift()?.(message);
    });
  }

  static async start(): Promise<{ server: ServerProcess; port: number }> {
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, [SERVER_ROLE]: '1' } });
    const port = await withDeadline(
      new Promise<number>((resolve, reject) => {
        child.once('message', (message: ServerMessage) => {
          if (message.type === 'ready') resolve(message.port);
        });
        child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
      }),
      30_000,
      'the server to start',
    );
    return { server: new ServerProcess(child), port };
  }

  async sample(): Promise<{ rss: number; subscribers: number }> {
    const answer = new Promise<ServerMessage>((resolve) => this.#pending.push(resolve));
    this.child.send({ type: 'rss' });
    const message = await withDeadline(answer, 5_000, 'an RSS sample');
    return message.type === 'rss' ? message : { rss: 0, subscribers: 0 };
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' });
    await withDeadline(exited, 5_000, 'the server to stop').catch(() => this.child.kill());
  }
}

function publish(port: number, agent: Agent, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: '/api/v1/snapshot',
        agent,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('publish timed out')));
    req.end(body);
  });
}

async function runLoad(): Promise<number> {
  const { minutes, subscribers: subscriberCount, rate } = options();
  const durationMs = minutes * 60_000;
  const reportEveryMs = Math.min(60_000, Math.max(5_000, durationMs / 10));
  const { server, port } = await ServerProcess.start();
  const url = `http://127.0.0.1:${port}`;
  print(`soak: ${subscriberCount} subscribers, ${rate} publishes/s for ${minutes} min against ${url} (server pid ${server.child.pid})`);

  const subscribers = Array.from({ length: subscriberCount }, () => RawSubscriber.open(url));
  await withDeadline(
    Promise.all(subscribers.map((subscriber) => subscriber.until(() => subscriber.events >= 1, CONNECT_DEADLINE_MS, 'a first event'))),
    CONNECT_DEADLINE_MS,
    'every subscriber to connect',
  );

  const startRss = (await server.sample()).rss;
  const samples: Array<[number, number]> = [[0, startRss / MIB]];
  const started = Date.now();
  const demo = new DemoOrchestrator(2, new Date());
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_PUBLISHES_IN_FLIGHT });
  let published = 0;
  let refused = 0;
  let inFlight = 0;
  let lastSequence = 1;
  let publishError: unknown;

  const totals = () => {
    let events = 0;
    let regressions = 0;
    let duplicates = 0;
    let closed = 0;
    let minLastId = Infinity;
    for (const subscriber of subscribers) {
      events += subscriber.events;
      regressions += subscriber.regressions;
      duplicates += subscriber.duplicates;
      if (subscriber.closed) closed += 1;
      minLastId = Math.min(minLastId, subscriber.lastId);
    }
    return { events, regressions, duplicates, closed, minLastId };
  };
  const report = (label: string, rss: number) => {
    const elapsedS = (Date.now() - started) / 1000;
    const t = totals();
    print(
      `${label} t=${elapsedS.toFixed(0)}s published=${published} (${(published / Math.max(elapsedS, 1e-3)).toFixed(1)}/s) refused=${refused} ` +
        `events=${t.events} regressions=${t.regressions} duplicates=${t.duplicates} dropped=${t.closed} ` +
        `lag=${lastSequence - t.minLastId} rss=${(rss / MIB).toFixed(1)}MiB slope=${slope(samples).toFixed(2)}MiB/min`,
    );
  };

  const tick = () => {
    const due = Math.floor(((Date.now() - started) / 1000) * rate);
    while (published + inFlight < due && inFlight < MAX_PUBLISHES_IN_FLIGHT && Date.now() - started < durationMs) {
      inFlight += 1;
      const body = JSON.stringify(demo.step(new Date()));
      publish(port, agent, body).then(
        (status) => {
          inFlight -= 1;
          if (status === 200) {
            published += 1;
            lastSequence += 1;
          } else refused += 1;
        },
        (error: unknown) => {
          inFlight -= 1;
          publishError = error;
        },
      );
    }
  };
  const publisher = setInterval(tick, Math.max(1, Math.min(50, 1000 / rate / 2)));
  const sampler = setInterval(() => {
    server.sample().then(
      ({ rss }) => samples.push([(Date.now() - started) / 60_000, rss / MIB]),
      () => undefined,
    );
  }, RSS_SAMPLE_INTERVAL_MS);
  const reporter = setInterval(() => report('soak:', (samples.at(-1)?.[1] ?? 0) * MIB), reportEveryMs);

  await new Promise<void>((resolve) => setTimeout(resolve, durationMs));
  clearInterval(publisher);
  await withDeadline(
    (async () => {
      while (inFlight > 0) await new Promise<void>((resolve) => setTimeout(resolve, 10));
    })(),
    15_000,
    'the last publishes to be answered',
  ).catch((error: unknown) => (publishError ??= error));
  const elapsedS = (Date.now() - started) / 1000;
  let caughtUp = true;
  await Promise.all(
    subscribers.map((subscriber) => subscriber.until(() => subscriber.lastId >= lastSequence, DRAIN_DEADLINE_MS, 'the last envelope')),
  ).catch(() => (caughtUp = false));
  clearInterval(sampler);
  clearInterval(reporter);
  const endRss = (await server.sample()).rss;
  samples.push([(Date.now() - started) / 60_000, endRss / MIB]);

  const t = totals();
  const perSubscriber = subscribers.map((subscriber) => subscriber.events);
  print('soak: done');
  print(`  duration            ${elapsedS.toFixed(1)} s`);
  print(`  publishes           ${published} (${(published / elapsedS).toFixed(1)}/s achieved of ${rate}/s asked), refused ${refused}`);
  print(`  events delivered    ${t.events} (per subscriber: min ${Math.min(...perSubscriber)}, max ${Math.max(...perSubscriber)}; ${subscriberCount} × ${lastSequence} sequences)`);
  print(`  regressions         ${t.regressions} (per subscriber max ${Math.max(...subscribers.map((s) => s.regressions))})`);
  print(`  duplicates          ${t.duplicates}`);
  print(`  dropped streams     ${t.closed}`);
  print(`  caught up           ${caughtUp ? 'yes' : 'no'} (last sequence ${lastSequence})`);
  print(`  server RSS          start ${(startRss / MIB).toFixed(1)} MiB, end ${(endRss / MIB).toFixed(1)} MiB, slope ${slope(samples).toFixed(2)} MiB/min over ${samples.length} samples`);
  // The first minutes include the JIT and the heap growing to its working size; the second half shows a leak if there is one.
  const secondHalf = samples.filter(([minute]) => minute >= minutes / 2);
  print(`  server RSS slope    ${slope(secondHalf).toFixed(2)} MiB/min over the second half (${secondHalf.length} samples)`);
  if (publishError) print(`  publish error       ${String(publishError)}`);

  for (const subscriber of subscribers) subscriber.destroy();
  agent.destroy();
  await server.stop();
  const ok = t.regressions === 0 && t.closed === 0 && caughtUp && publishError === undefined && refused === 0;
  if (!ok) process.stderr.write('soak: FAILED (regressions, dropped streams, refused publishes or subscribers left behind)\n');
  return ok ? 0 : 1;
}

if (process.env[SERVER_ROLE]) runServer();
else
  runLoad().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
