import assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { StreamProbe } from '../src/conformance/stream-probe.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { listen } from './support/server.js';

/**
 * A short keepalive, so the rule is seen in a few seconds, yet long enough that the bounds below
 * hold while the other test files load both cores (CI runs three at once, Chromium among them).
 */
const KEEPALIVE_MS = 1_000;
/** How late a keepalive may arrive: a timer, a write and a loopback read on a busy machine (a stall of 300 ms has been seen). */
const LATE_MS = 500;
/**
 * How early a keepalive may arrive: the server's one sweep runs 60 times an interval and writes a
 * keepalive in its last 1/60 (src/sse.ts), and timers may fire a few milliseconds early by the
 * client's clock.
 */
const EARLY_MS = Math.ceil(KEEPALIVE_MS / 60) + 10;

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function stream(): Promise<{ store: SnapshotStore; probe: StreamProbe }> {
  const store = new SnapshotStore(fixtureSnapshot(0));
  const server = await listen(createApp({ store, keepaliveMs: KEEPALIVE_MS }));
  open.push(server);
  const probe = await StreamProbe.open(`${server.url}/api/v1/events`);
  open.push(probe);
  await probe.until(() => probe.events.length === 1, 2_000, 'the first snapshot');
  return { store, probe };
}

/**
 * Watches this process's event loop, which the server and the client share: a keepalive may come
 * late by as long as the loop stalled (a collection, the other test files on both cores), and
 * `stalledMs` says how long that was at most. A server late on its own is not excused by it.
 */
function loopWatch(): { stalledMs(): number; close(): void } {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return { stalledMs: () => histogram.max / 1e6, close: () => histogram.disable() };
}

/**
 * When the chunk that completed the newest event or comment arrived: not when the test resumed
 * after it, which a busy machine delays by tens of milliseconds and would shorten the next gap.
 */
function arrival(probe: StreamProbe): number {
  return probe.writeTimes.at(-1) ?? probe.openedAt;
}

describe('the keepalive of GET /api/v1/events', () => {
  it('writes `: keepalive` after exactly one interval of silence, and again after each', { timeout: 20_000 }, async () => {
    const loop = loopWatch();
    open.push(loop);
    const { probe } = await stream();
    const times = [arrival(probe)];
    for (let count = 1; count <= 4; count += 1) {
      await probe.until(() => probe.comments.length === count, KEEPALIVE_MS + 1_000, `keepalive ${count}`);
      times.push(arrival(probe));
    }
    // The first gap is only bounded above: server and client share this process, so a stall before
    // the client read the first snapshot shortens it. Between keepalives, both sides run steadily.
    const late = KEEPALIVE_MS + LATE_MS + loop.stalledMs();
    const stall = `(the event loop stalled ${Math.round(loop.stalledMs())} ms at most)`;
    assert.ok(times[1]! - times[0]! <= late, `keepalive 1 came ${Math.round(times[1]! - times[0]!)} ms after the snapshot ${stall}`);
    for (let index = 2; index < times.length; index += 1) {
      const gap = times[index]! - times[index - 1]!;
      assert.ok(gap >= KEEPALIVE_MS - EARLY_MS && gap <= late, `keepalive ${index} came ${Math.round(gap)} ms after the previous one ${stall}`);
    }
    assert.ok(probe.bytes.endsWith(': keepalive\n\n'), JSON.stringify(probe.bytes.slice(-40)));
  });

  it('counts events as writes: a stream busy with events carries no comment, and the silence clock restarts at the last event', { timeout: 20_000 }, async () => {
    const loop = loopWatch();
    open.push(loop);
    const { store, probe } = await stream();
    let lastEvent = arrival(probe);
    for (let step = 1; step <= 6; step += 1) {
      // Half an interval apart: never silent long enough for a keepalive.
      await delay(KEEPALIVE_MS / 2);
      // The silence starts when the server writes the event, within the publish: the client
      // shares this process and may read it tens of milliseconds late, which would shorten the
      // silence measured from its arrival (a keepalive seemed to come 907 ms after an event).
      lastEvent = performance.now();
      store.publish(fixtureSnapshot(step));
      await probe.until(() => probe.events.length === step + 1, 2_000, `event ${step + 1}`);
    }
    assert.equal(probe.comments.length, 0, 'no keepalive while events flow');
    await probe.until(() => probe.comments.length === 1, KEEPALIVE_MS + 1_000, 'the keepalive after the last event');
    const silence = arrival(probe) - lastEvent;
    const late = KEEPALIVE_MS + LATE_MS + loop.stalledMs();
    const stall = `(the event loop stalled ${Math.round(loop.stalledMs())} ms at most)`;
    assert.ok(silence >= KEEPALIVE_MS - EARLY_MS && silence <= late, `the keepalive came ${Math.round(silence)} ms after the last event ${stall}`);
    assert.ok(probe.longestSilenceMs() <= late, `longest silence ${Math.round(probe.longestSilenceMs())} ms ${stall}`);
  });
});
