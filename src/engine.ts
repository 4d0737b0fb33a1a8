/**
 * The one store interface behind `createApp` and the CLI, with two engines: the in-memory
 * `SnapshotStore` (the default: one process is the control plane) and `RedisSnapshotStore`
 * (several replicas on one Redis are one control plane); and `EngineBase`, what both keep alike
 * (subscribers, and each envelope's JSON).
 */
import type { SnapshotEnvelope } from '../generated/api-types.js';
import type { PublishedEnvelope, SnapshotListener } from './store.js';
import { jsonOfEnvelope } from './wire.js';

/** What a store does with a subscriber that throws, unless told otherwise: warn, and go on notifying the others. */
function warnListenerError(error: unknown): void {
  process.emitWarning(`snapshot subscriber failed: ${String(error)}`);
}

/** Listeners of one kind of news: `add` returns the removal, and `notify` tells every one. */
export class Listeners<T> {
  readonly #listeners = new Set<(value: T) => void>();
  readonly #onError: (error: unknown) => void;

  constructor(onError: (error: unknown) => void = warnListenerError) {
    this.#onError = onError;
  }

  /** Calls `listener` with every `notify` from now on; returns the removal. */
  add(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  get size(): number {
    return this.#listeners.size;
  }

  /** Calls every listener with `value`; one that throws is reported and the others are still called. */
  notify(value: T): void {
    // A copy: a listener may add or remove listeners while it is called.
    for (const listener of [...this.#listeners]) {
      try {
        listener(value);
      } catch (error) {
        this.#onError(error);
      }
    }
  }
}

/**
 * What both engines keep besides their current envelope: the subscribers they tell of every new
 * one — the stream fan-out first, then the others. (The JSON of every envelope they made, behind
 * `serialized`, is held by the envelope.)
 */
export abstract class EngineBase {
  readonly #fanout: Listeners<PublishedEnvelope>;
  readonly #subscribers: Listeners<PublishedEnvelope>;

  /** `onListenerError` is called when a subscriber throws; by default, a warning. */
  protected constructor(onListenerError: ((error: unknown) => void) | undefined) {
    this.#fanout = new Listeners(onListenerError);
    this.#subscribers = new Listeners(onListenerError);
  }

  /** Calls `listener` with every envelope published from now on; returns the unsubscribe. */
  subscribe(listener: SnapshotListener): () => void {
    return this.#subscribers.add(listener);
  }

  /** See `SnapshotEngine.subscribeFanout`. */
  subscribeFanout(listener: SnapshotListener): () => void {
    return this.#fanout.add(listener);
  }

  /** How many subscribers are attached, of both kinds (for health and leak checks). */
  get subscriberCount(): number {
    return this.#fanout.size + this.#subscribers.size;
  }

  /** The JSON of an envelope a store made, or undefined for any other value. */
  serialized(value: unknown): string | undefined {
    return jsonOfEnvelope(value);
  }

  /**
   * Tells every subscriber of `published`, the fan-out first; one that throws is reported and the
   * others are still told. `seal`, when given, freezes the envelope once the fan-out has its bytes
   * and before any other subscriber sees it: the freezing walk then delays no reader.
   */
  protected notify(published: PublishedEnvelope, seal?: () => void): void {
    try {
      this.#fanout.notify(published);
    } finally {
      seal?.();
    }
    this.#subscribers.notify(published);
  }

  /** Freezes `published` (the pair, not its envelope). */
  protected own(published: PublishedEnvelope): PublishedEnvelope {
    return Object.freeze(published);
  }
}

/** The Redis key prefix unless told otherwise: several control planes share one Redis under different prefixes. */
export const DEFAULT_REDIS_PREFIX = 'opensymphony';

/** Seconds a publisher should wait after a 503 `store_unavailable`: about one reconnect attempt at the backoff's cap. */
export const STORE_RETRY_AFTER_S = 2;

/**
 * What the app needs from a snapshot store. Reads (`current`, `currentPublished`) never wait:
 * they answer from the envelope the engine holds locally, even while its backing store is away.
 */
export interface SnapshotEngine {
  /** Tells this store's sequences from those of a store that lost its state; may change over the store's life. */
  readonly epoch: string;
  /** The current envelope (frozen: share it, do not change it). */
  current(): Readonly<SnapshotEnvelope>;
  /** The current envelope with its JSON. */
  currentPublished(): PublishedEnvelope;
  /**
   * Validates `snapshot`, makes it current with the next sequence and returns the new envelope.
   * Throws (or rejects with) `InvalidSnapshotError` for an invalid snapshot and
   * `StoreUnavailableError` when the backing store cannot take it; either way nothing changed.
   */
  publish(snapshot: unknown): Readonly<SnapshotEnvelope> | Promise<Readonly<SnapshotEnvelope>>;
  /** Calls `listener` with every envelope, in increasing sequence within an epoch; returns the unsubscribe. */
  subscribe(listener: SnapshotListener): () => void;
  /**
   * Like `subscribe`, for the stream fan-out: told of each envelope before every `subscribe`
   * listener, as soon as its JSON is written and possibly before its envelope is frozen, so a
   * listener must read nothing but `json` and the envelope's `sequence` and `epoch` while it is
   * called (what it keeps is frozen by the time it runs again). An engine without it has its
   * streams subscribe as any other listener.
   */
  subscribeFanout?(listener: SnapshotListener): () => void;
  /** The JSON of an envelope this store made, or undefined for any other value. */
  serialized(value: unknown): string | undefined;
  /** Whether a publish can succeed now (for readiness probes); absent means always. */
  ready?(): boolean;
  /**
   * Calls `listener` when the epoch changes under a running store (its backing store lost its
   * state): open streams should end so their clients start over in the new epoch.
   */
  onEpochChange?(listener: (published: PublishedEnvelope) => void): () => void;
  /** Releases the store's connections. */
  close?(): Promise<void>;
}

/** The backing store could not take a publish; nothing was published. */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';

  constructor(message = 'the snapshot store is unreachable; nothing was published', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
