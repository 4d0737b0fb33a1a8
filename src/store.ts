/**
 * The sequenced snapshot store: the current envelope, publication with validation, and
 * notification of subscribers. The daemon is its only writer.
 */
import { randomUUID } from 'node:crypto';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { DaemonSnapshotValidator, type ValidationIssue } from '../generated/validators/index.js';
import { canonicalSnapshot, formatTimestamp } from './wire.js';

/** An envelope with its JSON, serialised once per publish and shared by every subscriber. */
export interface PublishedEnvelope {
  readonly envelope: Readonly<SnapshotEnvelope>;
  readonly json: string;
}

export type SnapshotListener = (published: PublishedEnvelope) => void;

/** A snapshot the store refused; nothing changed. */
export class InvalidSnapshotError extends Error {
  readonly code = 'invalid_snapshot';

  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`invalid snapshot: ${issues.map((issue) => `${issue.path || '(root)'} ${issue.message}`).join('; ')}`);
    this.name = 'InvalidSnapshotError';
  }
}

export interface SnapshotStoreOptions {
  /** The store's epoch; a random UUID by default. */
  epoch?: string;
  /** Source of `published_at`; the wall clock by default. */
  clock?: () => Date;
  /** Called when a subscriber throws; the other subscribers are still notified. */
  onListenerError?: (error: unknown) => void;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

function isUnsafeInteger(value: number): boolean {
  return Number.isInteger(value) && !Number.isSafeInteger(value);
}

function hasUnsafeInteger(value: unknown): boolean {
  if (typeof value === 'number') return isUnsafeInteger(value);
  if (typeof value !== 'object' || value === null) return false;
  for (const item of Object.values(value)) if (hasUnsafeInteger(item)) return true;
  return false;
}

/** Where the unsafe integers are; only walked once one is known to exist. */
function unsafeIntegers(value: unknown, path = ''): ValidationIssue[] {
  if (typeof value === 'number') {
    return isUnsafeInteger(value)
      ? [{ path, message: `must be at most ${Number.MAX_SAFE_INTEGER}: larger integers cannot be carried exactly`, keyword: 'maximum' }]
      : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    unsafeIntegers(item, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}

/** Validates a snapshot for the store, or throws `InvalidSnapshotError`. */
export function validateSnapshot(snapshot: unknown): DaemonSnapshot {
  const result = DaemonSnapshotValidator.validate(snapshot);
  if (!result.ok) throw new InvalidSnapshotError(result.errors);
  // JSON numbers past 2^53 have already lost digits in JavaScript; refuse rather than corrupt.
  if (hasUnsafeInteger(result.value)) throw new InvalidSnapshotError(unsafeIntegers(result.value));
  return result.value;
}

/**
 * Holds the current `SnapshotEnvelope`: sequence 1 for the initial snapshot, one more per
 * publish, stamped with the publication time and the store's epoch.
 */
export class SnapshotStore {
  /** Picked at construction: tells this store's sequences from those of a restarted one. */
  readonly epoch: string;
  readonly #clock: () => Date;
  readonly #listeners = new Set<SnapshotListener>();
  readonly #json = new WeakMap<object, string>();
  readonly #onListenerError: (error: unknown) => void;
  #current: PublishedEnvelope;

  constructor(initial: DaemonSnapshot, options: SnapshotStoreOptions = {}) {
    this.epoch = options.epoch ?? randomUUID();
    this.#clock = options.clock ?? (() => new Date());
    this.#onListenerError = options.onListenerError ?? ((error) => process.emitWarning(`snapshot subscriber failed: ${String(error)}`));
    this.#current = this.#envelope(1, validateSnapshot(initial));
  }

  /** The current envelope (frozen: share it, do not change it). */
  current(): Readonly<SnapshotEnvelope> {
    return this.#current.envelope;
  }

  /** The current envelope with its JSON. */
  currentPublished(): PublishedEnvelope {
    return this.#current;
  }

  /**
   * Validates `snapshot`, makes it current with the next sequence, notifies every subscriber
   * and returns the new envelope. An invalid snapshot throws `InvalidSnapshotError` and
   * changes nothing.
   */
  publish(snapshot: unknown): Readonly<SnapshotEnvelope> {
    const valid = validateSnapshot(snapshot);
    const next = this.#envelope(this.#current.envelope.sequence + 1, valid);
    this.#current = next;
    for (const listener of [...this.#listeners]) {
      try {
        listener(next);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
    return next.envelope;
  }

  /** The JSON of an envelope this store published, or undefined for any other value. */
  serialized(value: unknown): string | undefined {
    return typeof value === 'object' && value !== null ? this.#json.get(value) : undefined;
  }

  /** Calls `listener` with every envelope published from now on; returns the unsubscribe. */
  subscribe(listener: SnapshotListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** How many subscribers are attached (for health and leak checks). */
  get subscriberCount(): number {
    return this.#listeners.size;
  }

  #envelope(sequence: number, snapshot: DaemonSnapshot): PublishedEnvelope {
    const envelope: SnapshotEnvelope = {
      sequence,
      published_at: formatTimestamp(this.#clock()),
      snapshot: canonicalSnapshot(snapshot),
      epoch: this.epoch,
    };
    const json = JSON.stringify(envelope);
    this.#json.set(envelope, json);
    return Object.freeze({ envelope: deepFreeze(envelope), json });
  }
}
