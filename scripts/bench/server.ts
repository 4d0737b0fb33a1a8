/**
 * One benchmark server, run as a child process of scripts/bench/run.ts:
 * - `ours`: createApp() over a SnapshotStore; each `publish` validates, canonicalises and
 *   serialises a new snapshot and fans it out;
 * - `bare`: node:http writing bytes precomputed before the run — the ceiling.
 * It listens on 127.0.0.1:0, reports its port over IPC, and answers `publish` messages.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import { snapshotFrame } from '../../src/sse.js';
import { SnapshotStore } from '../../src/store.js';
import { benchSnapshot, PUBLISHES_PER_SCENARIO, WARMUP_PUBLISHES } from './fixture.js';

type Message = { type: 'publish'; step: number } | { type: 'stop' };

const mode = process.argv[2];
const send = (message: unknown) => process.send?.(message);

function bareServer() {
  // The same bytes ours would write, computed up front so the server only copies them.
  const store = new SnapshotStore(benchSnapshot(0));
  const frames: string[] = [snapshotFrame(store.currentPublished())];
  for (let step = 1; step <= WARMUP_PUBLISHES + PUBLISHES_PER_SCENARIO; step += 1) {
    store.publish(benchSnapshot(step));
    frames.push(snapshotFrame(store.currentPublished()));
  }
  const snapshotBody = Buffer.from(store.currentPublished().json);
  const streams = new Set<ServerResponse>();
  let current = frames[0]!;
  const server = createServer((req, res) => {
    if (req.url === '/api/v1/snapshot') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': snapshotBody.length });
      res.end(snapshotBody);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
    res.write(current);
    streams.add(res);
    res.once('close', () => streams.delete(res));
  });
  const publish = (step: number) => {
    current = frames[step] ?? current;
    for (const res of streams) res.write(current);
  };
  return { server, publish };
}

function ourServer() {
  const store = new SnapshotStore(benchSnapshot(0));
  const server = createServer(createApp({ store }));
  return { server, publish: (step: number) => void store.publish(benchSnapshot(step)) };
}

const { server, publish } = mode === 'bare' ? bareServer() : ourServer();
server.listen(0, '127.0.0.1', () => send({ type: 'ready', port: (server.address() as AddressInfo).port }));
process.on('message', (message: Message) => {
  if (message.type === 'publish') {
    publish(message.step);
    return;
  }
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
