/**
 * The metrics history behind `GET /api/v1/history`: a bounded ring of the metrics of a store's
 * recent publishes, so a dashboard's charts reach back before the page was opened. One ring per
 * store, fed by a store subscription, shared by every app built over that store.
 */
import type { MetricsHistory, MetricsPoint, SnapshotEnvelope } from '../generated/api-types.js';
import type { SnapshotEngine as SnapshotStore } from './engine.js';

/** Points kept at most: enough for a chart, small enough (about 300 KiB of JSON) to send whole. */
export const HISTORY_MAX_POINTS = 1_000;
/** How far back from the newest point the ring reaches: a day of an operator's shift and the night before. */
export const HISTORY_MAX_AGE_MS = 24 * 60 * 60 * 1_000;

export interface MetricsHistoryOptions {
  maxPoints?: number;
  maxAgeMs?: number;
}

function pointOf(envelope: Readonly<SnapshotEnvelope>): MetricsPoint {
  return {
    published_at: envelope.published_at,
    sequence: envelope.sequence,
    generated_at: envelope.snapshot.generated_at,
    metrics: envelope.snapshot.metrics,
  };
}

/** The recent metrics of one store, oldest first; the current envelope's point is always the last. */
export class MetricsHistoryRing {
  readonly #store: SnapshotStore;
  readonly #maxPoints: number;
  readonly #maxAgeMs: number;
  // A ring over a plain array: `#start` is the oldest point, so trimming never copies.
  readonly #points: MetricsPoint[] = [];
  #start = 0;
  readonly unsubscribe: () => void;

  constructor(store: SnapshotStore, options: MetricsHistoryOptions = {}) {
    this.#store = store;
    this.#maxPoints = options.maxPoints ?? HISTORY_MAX_POINTS;
    this.#maxAgeMs = options.maxAgeMs ?? HISTORY_MAX_AGE_MS;
    if (!Number.isSafeInteger(this.#maxPoints) || this.#maxPoints < 1) throw new RangeError(`maxPoints must be a positive integer, not ${this.#maxPoints}`);
    if (!(this.#maxAgeMs > 0)) throw new RangeError(`maxAgeMs must be positive, not ${this.#maxAgeMs}`);
    this.#add(pointOf(store.current()));
    this.unsubscribe = store.subscribe(({ envelope }) => this.#add(pointOf(envelope)));
  }

  get size(): number {
    return this.#points.length - this.#start;
  }

  /** The history as `GET /api/v1/history` sends it. */
  toJSON(): MetricsHistory {
    return {
      epoch: this.#store.epoch,
      max_points: this.#maxPoints,
      max_age_seconds: Math.floor(this.#maxAgeMs / 1_000),
      points: this.#points.slice(this.#start),
    };
  }

  #add(point: MetricsPoint): void {
    this.#points.push(point);
    const oldest = Date.parse(point.published_at) - this.#maxAgeMs;
    while (this.size > this.#maxPoints || Date.parse(this.#points[this.#start]!.published_at) < oldest) this.#start += 1;
    // Compact once the dead prefix is as long as the live part: amortised O(1) per publish.
    if (this.#start >= this.#maxPoints) {
      this.#points.splice(0, this.#start);
      this.#start = 0;
    }
  }
}

const rings = new WeakMap<SnapshotStore, MetricsHistoryRing>();

/**
 * The history of `store`, started on first use: `createApp` asks for it when it is built, so
 * the ring records every publish from then on. The ring lives as long as the store.
 */
export function metricsHistoryOf(store: SnapshotStore): MetricsHistoryRing {
  let ring = rings.get(store);
  if (!ring) {
    ring = new MetricsHistoryRing(store);
    rings.set(store, ring);
  }
  return ring;
}
