/**
 * What each side of a scenario is given before it listens: ours gets the snapshots to publish,
 * the ceiling the bytes ours would write for them, computed here with the built package's own
 * store so the two send the same payload (only `published_at` and the epoch differ).
 */
import { randomUUID } from 'node:crypto';
import { SNAPSHOT_EVENT, STREAM_RESPONSE_HEADERS } from '../../generated/events.js';
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { benchSnapshot } from './fixture.js';
import type { SetupMessage } from './server.js';
import type * as ServerExports from '../../src/exports/server.js';

/** The bearer token the bench publishes with. */
export const BENCH_PUBLISH_TOKEN = 'bench-publish-token';
/** Streams a bench server may hold; above every scenario, so no cap answers for it. */
export const BENCH_MAX_SUBSCRIBERS = 20_000;

export interface ScenarioSetups {
  ours: SetupMessage;
  ceiling: SetupMessage;
  /** The initial snapshot as a PUT body. */
  body: string;
}

/**
 * Setups for a scenario publishing `poolSize` different snapshots of `issues` issues in turn
 * (0 for a server that is never published to).
 */
export function scenarioSetups(pkg: typeof ServerExports, entry: string, issues: number, poolSize: number): ScenarioSetups {
  const initial = benchSnapshot(0, issues);
  const pool: DaemonSnapshot[] = Array.from({ length: poolSize }, (_, index) => benchSnapshot(index + 1, issues));
  const store = new pkg.SnapshotStore(initial);
  const frameOf = () => {
    const published = store.currentPublished();
    return `event: ${SNAPSHOT_EVENT}\nid: ${published.envelope.sequence}\ndata: ${published.json}\n\n`;
  };
  const body = store.currentPublished().json;
  const etag = `"${store.epoch}-${store.current().sequence}"`;
  const initialFrame = frameOf();
  const frames = pool.map((snapshot) => {
    store.publish(snapshot);
    return frameOf();
  });
  return {
    ours: { type: 'setup', mode: 'ours', entry, publishToken: BENCH_PUBLISH_TOKEN, maxSubscribers: BENCH_MAX_SUBSCRIBERS, initial, pool },
    ceiling: { type: 'setup', mode: 'ceiling', body, etag, streamHeaders: { ...STREAM_RESPONSE_HEADERS }, initialFrame, frames: frames.length > 0 ? frames : [initialFrame] },
    body: JSON.stringify(initial),
  };
}

/**
 * What the calibrating side of the 1-subscriber row serialises: ours' snapshots, as the objects
 * ours is handed, under an epoch of the same length as a store's.
 */
export function serialiseOnly(setups: ScenarioSetups): { pool: DaemonSnapshot[]; event: string; epoch: string } {
  if (setups.ours.mode !== 'ours') throw new Error('serialiseOnly needs the setups of a scenario');
  return { pool: setups.ours.pool, event: SNAPSHOT_EVENT, epoch: randomUUID() };
}
